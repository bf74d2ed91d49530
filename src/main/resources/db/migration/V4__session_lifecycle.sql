-- Sessions a user can list and revoke ("Firefox on Linux, since ..."), and indexes that let
-- the scheduled purge find what has expired without scanning.
ALTER TABLE sessions
  ADD COLUMN created_at timestamptz(3) NOT NULL DEFAULT now(),
  ADD COLUMN user_agent text;

CREATE INDEX sessions_expires_idx              ON sessions (expires);
CREATE INDEX verification_tokens_expires_idx   ON verification_tokens (expires);
CREATE INDEX password_reset_tokens_expires_idx ON password_reset_tokens (expires);
