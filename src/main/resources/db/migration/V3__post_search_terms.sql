-- A ranked index for one-word searches, the most common kind. For a query of one lexeme,
-- ts_rank with the default weights gives every post whose title has the lexeme a rank of at
-- least 1/1.6449 (= 0.608: the title's positions come first and weigh 1.0), and every post
-- that has it in the content only less than 0.4 (weight 0.4 times a series bounded by
-- 1.6449, divided by 1.6449). So the best posts for one word are the title matches, in the
-- order of their exact rank, which is precomputed here per (title lexeme, post); the search
-- ranks content-only matches only when the title matches do not fill the page.

CREATE TABLE post_search_terms (
  term         text NOT NULL,
  post_id      uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  rank         real NOT NULL,            -- ts_rank(posts.search, <term as a one-lexeme tsquery>)
  published_at timestamptz(3),
  PRIMARY KEY (term, post_id)
);
CREATE INDEX post_search_terms_ranked_idx ON post_search_terms (term, rank DESC, published_at DESC, post_id DESC);

-- the title lexemes of the given posts with their ranks; lexemes with quotes or backslashes
-- are left to the general search
CREATE FUNCTION post_title_terms(post_ids uuid[]) RETURNS TABLE (term text, post_id uuid, rank real, published_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT t.lexeme, p.id, ts_rank(p.search, quote_literal(t.lexeme)::tsquery), p.published_at
  FROM posts p, unnest(to_tsvector('english', coalesce(p.title, ''))) t
  WHERE p.id = ANY (post_ids) AND t.lexeme !~ '[''\\]'
$$;

INSERT INTO post_search_terms SELECT * FROM post_title_terms(ARRAY(SELECT id FROM posts));

CREATE FUNCTION index_inserted_post_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_search_terms SELECT * FROM post_title_terms(ARRAY(SELECT id FROM added));
  RETURN NULL;
END $$;

CREATE FUNCTION reindex_post_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM post_search_terms WHERE post_id = NEW.id;
  INSERT INTO post_search_terms SELECT * FROM post_title_terms(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE TRIGGER posts_terms_on_insert AFTER INSERT ON posts
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION index_inserted_post_terms();
CREATE TRIGGER posts_terms_on_update AFTER UPDATE OF title, content, published_at ON posts
  FOR EACH ROW EXECUTE FUNCTION reindex_post_terms();
-- bulk loaders that switch triggers off (session_replication_role = replica) still index
ALTER TABLE posts ENABLE ALWAYS TRIGGER posts_terms_on_insert;
ALTER TABLE posts ENABLE ALWAYS TRIGGER posts_terms_on_update;
