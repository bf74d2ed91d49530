-- Every instance keeps the sessions it has read in its own memory for a few seconds. Whatever
-- ends or changes a session, or changes what a session shows of its user, tells every instance
-- on the channel plume_evictions (payload "<cache>:<key>"), whoever made the change: the API, the
-- CLI, or SQL typed by hand. PostgreSQL sends the notices when the transaction commits, and
-- only then (a session that has expired is no longer served, so its purge announces nothing);
-- the instances listen through the direct URL (dev.plume.platform.cache.EvictionNotices).

CREATE FUNCTION announce_session_eviction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('plume_evictions', 'sessions:' || OLD.session_token);
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_announce_eviction
  AFTER DELETE OR UPDATE OF session_token, user_id, expires ON sessions
  FOR EACH ROW WHEN (OLD.expires > now()) EXECUTE FUNCTION announce_session_eviction();

CREATE FUNCTION announce_user_sessions_eviction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('plume_evictions', 'sessions:' || s.session_token)
     FROM sessions s WHERE s.user_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER users_announce_sessions_eviction
  AFTER UPDATE OF name, image, role, deleted_at ON users
  FOR EACH ROW WHEN ((OLD.name, OLD.image, OLD.role, OLD.deleted_at)
                     IS DISTINCT FROM (NEW.name, NEW.image, NEW.role, NEW.deleted_at))
  EXECUTE FUNCTION announce_user_sessions_eviction();
