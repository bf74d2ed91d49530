-- Workspaces: organizations with members, invitations, projects and tasks, isolated from each
-- other twice: every query of the application names the request's organization, and PostgreSQL
-- itself shows a transaction only the rows of the organization it entered (Row-Level Security).
--
-- The service connects as plume_app, a role that neither owns these tables nor bypasses RLS
-- (README, "Database roles"); migrations run as the owner. A transaction enters an organization
-- with workspace_enter(slug, user) (members only) or workspace_invitation(token hash); both set
-- plume.org_id for that transaction alone (set_config(..., true), as SET LOCAL: safe behind a
-- transaction-mode pooler). A transaction that lists one user's organizations or tasks sets
-- plume.user_id instead, and sees the rows of the organizations that user belongs to. A
-- transaction that set neither sees no workspace row at all.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'plume_app') THEN
    CREATE ROLE plume_app NOLOGIN;
  END IF;
END $$;

CREATE TABLE organizations (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug       text NOT NULL,
  name       text NOT NULL,
  plan       text NOT NULL DEFAULT 'FREE' CHECK (plan IN ('FREE', 'PRO', 'ENTERPRISE')),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT organizations_slug_key UNIQUE (slug)
);

CREATE TABLE org_members (
  org_id    uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id   uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role      text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER')),
  joined_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX org_members_user_idx ON org_members (user_id);

CREATE TABLE org_invitations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  email       text NOT NULL,
  role        text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER', 'VIEWER')),
  token_hash  text NOT NULL,
  invited_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  expires_at  timestamptz(3) NOT NULL,
  accepted_at timestamptz(3),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT org_invitations_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX org_invitations_org_idx ON org_invitations (org_id, created_at DESC);

CREATE TABLE projects (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  name        text NOT NULL,
  description text,
  status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  updated_at  timestamptz(3) NOT NULL DEFAULT now(),
  -- the target of tasks' (project_id, org_id): a task's project is of the task's organization
  CONSTRAINT projects_id_org_key UNIQUE (id, org_id)
);
CREATE INDEX projects_org_idx ON projects (org_id, created_at DESC, id DESC);

CREATE TABLE tasks (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL,
  project_id      uuid NOT NULL,
  title           text NOT NULL,
  description     text,
  status          text NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'DONE')),
  priority        text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
  -- the board's order: most urgent first
  urgency         smallint GENERATED ALWAYS AS (CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END) STORED,
  assignee_id     uuid,
  due_date        date,
  estimated_hours numeric(6,2) CHECK (estimated_hours >= 0),
  actual_hours    numeric(6,2) CHECK (actual_hours >= 0),
  labels          text[] NOT NULL DEFAULT '{}',
  metadata        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  search          tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED,
  FOREIGN KEY (project_id, org_id) REFERENCES projects(id, org_id) ON DELETE CASCADE,
  -- an assignee is a member of the task's organization; one who leaves leaves their tasks unassigned
  FOREIGN KEY (org_id, assignee_id) REFERENCES org_members(org_id, user_id) ON DELETE SET NULL (assignee_id)
);
CREATE INDEX tasks_project_idx ON tasks (project_id, created_at DESC, id DESC);
CREATE INDEX tasks_org_idx ON tasks (org_id, created_at DESC, id DESC);
CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, created_at DESC, id DESC);
-- a board column: its count and its first tasks, read from the index alone
CREATE INDEX tasks_board_idx ON tasks (project_id, status, urgency, due_date, created_at, id) INCLUDE (org_id);
CREATE INDEX tasks_search_idx ON tasks USING gin (search);
CREATE INDEX tasks_metadata_idx ON tasks USING gin (metadata jsonb_path_ops);

CREATE TRIGGER organizations_updated_at BEFORE UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER projects_updated_at BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER tasks_updated_at BEFORE UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The organization and the user a transaction entered; null when it entered none.
CREATE FUNCTION workspace_org() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('plume.org_id', true), '')::uuid $$;
CREATE FUNCTION workspace_user() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('plume.user_id', true), '')::uuid $$;

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE org_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE org_invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;

CREATE POLICY organizations_isolation ON organizations
  USING (id = workspace_org() OR id IN (SELECT org_id FROM org_members WHERE user_id = workspace_user()))
  WITH CHECK (id = workspace_org());
CREATE POLICY org_members_isolation ON org_members
  USING (org_id = workspace_org() OR user_id = workspace_user())
  WITH CHECK (org_id = workspace_org());
CREATE POLICY org_invitations_isolation ON org_invitations
  USING (org_id = workspace_org())
  WITH CHECK (org_id = workspace_org());
CREATE POLICY projects_isolation ON projects
  USING (org_id = workspace_org() OR org_id IN (SELECT org_id FROM org_members WHERE user_id = workspace_user()))
  WITH CHECK (org_id = workspace_org());
CREATE POLICY tasks_isolation ON tasks
  USING (org_id = workspace_org() OR org_id IN (SELECT org_id FROM org_members WHERE user_id = workspace_user()))
  WITH CHECK (org_id = workspace_org());

-- Enters the organization with this slug for the rest of the transaction, if the user is one of
-- its members; answers the organization, the member's role and the plan (no row otherwise, and
-- then the transaction has entered none). Runs as the tables' owner, to read the membership
-- before any organization is entered.
CREATE FUNCTION workspace_enter(org_slug text, member uuid)
  RETURNS TABLE (org_id uuid, role text, plan text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  entered record;
BEGIN
  SELECT o.id, m.role, o.plan INTO entered
  FROM organizations o JOIN org_members m ON m.org_id = o.id AND m.user_id = member
  WHERE o.slug = org_slug;
  PERFORM set_config('plume.user_id', '', true);
  PERFORM set_config('plume.org_id', coalesce(entered.id::text, ''), true);
  IF entered.id IS NOT NULL THEN
    RETURN QUERY SELECT entered.id, entered.role, entered.plan;
  END IF;
END $$;

-- Enters the organization of the invitation with this token hash; answers the invitation.
CREATE FUNCTION workspace_invitation(hash text)
  RETURNS TABLE (id uuid, org_id uuid, email text, role text, expires_at timestamptz, accepted_at timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  invitation record;
BEGIN
  SELECT i.id, i.org_id, i.email, i.role, i.expires_at, i.accepted_at INTO invitation FROM org_invitations i WHERE i.token_hash = hash;
  PERFORM set_config('plume.user_id', '', true);
  PERFORM set_config('plume.org_id', coalesce(invitation.org_id::text, ''), true);
  IF invitation.id IS NOT NULL THEN
    RETURN QUERY SELECT invitation.id, invitation.org_id, invitation.email, invitation.role, invitation.expires_at, invitation.accepted_at;
  END IF;
END $$;

-- The application role: every table's rows (those of the workspaces through the policies above),
-- and the tables later migrations add.
GRANT USAGE ON SCHEMA public TO plume_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO plume_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO plume_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO plume_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO plume_app;
