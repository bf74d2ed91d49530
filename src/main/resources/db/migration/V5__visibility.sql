-- What the public may see, defined once. A post is visible when it is published, not deleted
-- and its author is not deleted; a comment when it is not deleted, its author is not deleted
-- and its post is visible. Every public read, and every write that needs a visible post or
-- comment, goes through these views. PostgreSQL inlines them, so a query on a view is planned
-- as the joins written out (the feed still walks posts_feed_idx).

-- a published post always has its date: the feed orders and pages by it
ALTER TABLE posts ADD CONSTRAINT posts_published_have_a_date CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL);

CREATE VIEW visible_posts AS
SELECT p.id, p.title, p.slug, p.excerpt, p.content, p.image, p.status, p.published_at,
       p.author_id, p.category_id, p.views, p.created_at, p.updated_at, p.search,
       u.name AS author_name, u.image AS author_image, u.role AS author_role
FROM posts p
JOIN users u ON u.id = p.author_id
WHERE p.status = 'PUBLISHED' AND p.deleted_at IS NULL AND u.deleted_at IS NULL;

CREATE VIEW visible_comments AS
SELECT c.id, c.content, c.parent_id, c.author_id, c.post_id, c.created_at, c.updated_at,
       u.name AS author_name, u.image AS author_image
FROM comments c
JOIN users u ON u.id = c.author_id
WHERE c.deleted_at IS NULL AND u.deleted_at IS NULL
  AND EXISTS (SELECT 1 FROM visible_posts p WHERE p.id = c.post_id);

-- A post's comment counter (migration V2) now counts what a reader of the post sees: its
-- comments that are not deleted and whose author is not deleted. Deleting or restoring a user
-- moves the counters of every post they commented on, in the same transaction.

CREATE OR REPLACE FUNCTION count_comments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (
    SELECT a.post_id, count(*) AS n FROM added a JOIN users u ON u.id = a.author_id AND u.deleted_at IS NULL
    WHERE a.deleted_at IS NULL GROUP BY a.post_id) d
  WHERE EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)  -- not for posts being deleted
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION count_comments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (
    SELECT a.post_id, sum((a.deleted_at IS NULL)::int - (b.deleted_at IS NULL)::int) AS n
    FROM after_update a JOIN before_update b ON b.id = a.id JOIN users u ON u.id = a.author_id AND u.deleted_at IS NULL
    GROUP BY a.post_id) d
  WHERE d.n <> 0 AND EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

-- a user deleted for good (not soft-deleted) has been uncounted before the cascade gets here
CREATE OR REPLACE FUNCTION count_comments_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (
    SELECT r.post_id, -count(*) AS n FROM removed r JOIN users u ON u.id = r.author_id AND u.deleted_at IS NULL
    WHERE r.deleted_at IS NULL GROUP BY r.post_id) d
  WHERE EXISTS (SELECT 1 FROM posts p WHERE p.id = d.post_id)
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE FUNCTION count_comments_of_users_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_counters AS pc (post_id, comments)
  SELECT d.post_id, d.n FROM (
    SELECT c.post_id, sum(CASE WHEN a.deleted_at IS NULL THEN 1 ELSE -1 END) AS n
    FROM after_update a JOIN before_update b ON b.id = a.id
    JOIN comments c ON c.author_id = a.id AND c.deleted_at IS NULL
    WHERE (a.deleted_at IS NULL) <> (b.deleted_at IS NULL)
    GROUP BY c.post_id) d
  WHERE d.n <> 0
  ORDER BY d.post_id
  ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  RETURN NULL;
END $$;

CREATE FUNCTION uncount_comments_of_removed_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.deleted_at IS NULL THEN
    INSERT INTO post_counters AS pc (post_id, comments)
    SELECT c.post_id, -count(*) FROM comments c WHERE c.author_id = OLD.id AND c.deleted_at IS NULL
    GROUP BY c.post_id ORDER BY c.post_id
    ON CONFLICT (post_id) DO UPDATE SET comments = pc.comments + excluded.comments;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER users_comments_counted_on_update AFTER UPDATE ON users
  REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
  FOR EACH STATEMENT EXECUTE FUNCTION count_comments_of_users_updated();
CREATE TRIGGER users_comments_uncounted_on_delete BEFORE DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION uncount_comments_of_removed_user();
ALTER TABLE users ENABLE ALWAYS TRIGGER users_comments_counted_on_update;
ALTER TABLE users ENABLE ALWAYS TRIGGER users_comments_uncounted_on_delete;

UPDATE post_counters pc SET comments = (
  SELECT count(*) FROM comments c JOIN users u ON u.id = c.author_id AND u.deleted_at IS NULL
  WHERE c.post_id = pc.post_id AND c.deleted_at IS NULL);
