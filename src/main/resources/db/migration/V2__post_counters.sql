-- Comment and like counts of each post, kept exact by the database in the transaction of the
-- write that changes them, so that feed pages read 20 counter rows instead of counting
-- thousands of comments and likes. Statement-level triggers with transition tables make a
-- bulk load one counter update per post; ENABLE ALWAYS keeps them firing when a loader
-- switches ordinary triggers off (session_replication_role = replica, as the benchmark
-- data set does). Increments go through INSERT ... ON CONFLICT DO UPDATE, which locks the
-- post's counter row, so concurrent writers are serialised on it and never lose a count.

CREATE TABLE post_counters (
  post_id  uuid PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  comments integer NOT NULL DEFAULT 0,
  likes    integer NOT NULL DEFAULT 0
);

INSERT INTO post_counters (post_id, comments, likes)
SELECT p.id,
       (SELECT count(*) FROM comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL),
       (SELECT count(*) FROM likes l WHERE l.post_id = p.id)
FROM posts p;

CREATE FUNCTION count_comments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (SELECT post_id, count(*) AS n FROM added WHERE deleted_at IS NULL GROUP BY post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE FUNCTION count_comments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (SELECT a.post_id, sum((a.deleted_at IS NULL)::int - (b.deleted_at IS NULL)::int) AS n FROM after_update a JOIN before_update b ON b.id = a.id GROUP BY a.post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE FUNCTION count_comments_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (SELECT post_id, -count(*) AS n FROM removed WHERE deleted_at IS NULL GROUP BY post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE FUNCTION count_likes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, likes)
  SELECT d.post_id, d.n FROM (SELECT post_id, count(*) AS n FROM added GROUP BY post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET likes = pc.likes + excluded.likes;
  RETURN NULL;
END $$;

CREATE FUNCTION count_likes_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, likes)
  SELECT d.post_id, d.n FROM (SELECT post_id, -count(*) AS n FROM removed GROUP BY post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET likes = pc.likes + excluded.likes;
  RETURN NULL;
END $$;

CREATE FUNCTION reset_post_counters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'comments' THEN
    UPDATE post_counters SET comments = 0 WHERE comments <> 0;
  ELSE
    UPDATE post_counters SET likes = 0 WHERE likes <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER comments_counted_on_insert AFTER INSERT ON comments
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_comments_inserted();
CREATE TRIGGER comments_counted_on_update AFTER UPDATE ON comments
  REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update FOR EACH STATEMENT EXECUTE FUNCTION count_comments_updated();
CREATE TRIGGER comments_counted_on_delete AFTER DELETE ON comments
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_comments_deleted();
CREATE TRIGGER comments_counted_on_truncate AFTER TRUNCATE ON comments
  FOR EACH STATEMENT EXECUTE FUNCTION reset_post_counters();
CREATE TRIGGER likes_counted_on_insert AFTER INSERT ON likes
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_likes_inserted();
CREATE TRIGGER likes_counted_on_delete AFTER DELETE ON likes
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_likes_deleted();
CREATE TRIGGER likes_counted_on_truncate AFTER TRUNCATE ON likes
  FOR EACH STATEMENT EXECUTE FUNCTION reset_post_counters();

ALTER TABLE comments ENABLE ALWAYS TRIGGER comments_counted_on_insert;
ALTER TABLE comments ENABLE ALWAYS TRIGGER comments_counted_on_update;
ALTER TABLE comments ENABLE ALWAYS TRIGGER comments_counted_on_delete;
ALTER TABLE comments ENABLE ALWAYS TRIGGER comments_counted_on_truncate;
ALTER TABLE likes ENABLE ALWAYS TRIGGER likes_counted_on_insert;
ALTER TABLE likes ENABLE ALWAYS TRIGGER likes_counted_on_delete;
ALTER TABLE likes ENABLE ALWAYS TRIGGER likes_counted_on_truncate;
