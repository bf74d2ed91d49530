-- Workspace data for the B1 (board) and T1 (task list) scenarios (not part of the shared data
-- set): one ENTERPRISE organization, bench-org, whose members are users 12..61 of the data set
-- (user 12 its OWNER; bearer tokens tok-12..tok-61), 10 projects of 2,000 tasks each.
INSERT INTO organizations (id, slug, name, plan) VALUES (md5('bench-org')::uuid, 'bench-org', 'Bench Org', 'ENTERPRISE');

INSERT INTO org_members (org_id, user_id, role, joined_at)
SELECT md5('bench-org')::uuid, md5('user-' || n)::uuid,
       CASE WHEN n = 12 THEN 'OWNER' WHEN n <= 16 THEN 'ADMIN' WHEN n <= 56 THEN 'MEMBER' ELSE 'VIEWER' END,
       TIMESTAMPTZ '2026-01-01' + n * INTERVAL '1 hour'
FROM generate_series(12, 61) n;

INSERT INTO projects (id, org_id, name, description, created_at)
SELECT md5('bench-project-' || p)::uuid, md5('bench-org')::uuid, 'Project ' || p, 'Benchmark project ' || p,
       TIMESTAMPTZ '2026-01-01' + p * INTERVAL '1 day'
FROM generate_series(1, 10) p;

INSERT INTO tasks (org_id, project_id, title, description, status, priority, assignee_id, due_date, estimated_hours,
                   labels, metadata, created_by, created_at)
SELECT md5('bench-org')::uuid, md5('bench-project-' || (1 + t % 10))::uuid,
       'Task ' || t, 'Work item number ' || t || ' of the benchmark',
       (ARRAY['TODO', 'IN_PROGRESS', 'REVIEW', 'DONE'])[1 + t % 4],
       (ARRAY['LOW', 'MEDIUM', 'HIGH', 'URGENT'])[1 + (t / 4) % 4],
       CASE WHEN t % 7 = 0 THEN NULL ELSE md5('user-' || (12 + t % 50))::uuid END,
       DATE '2027-01-01' + (t % 365),
       (t % 40) / 4.0,
       ARRAY[(ARRAY['frontend', 'backend', 'ops'])[1 + t % 3]],
       jsonb_build_object('sprint', (1 + t % 12)::text),
       md5('user-12')::uuid,
       TIMESTAMPTZ '2026-02-01' + t * INTERVAL '1 minute'
FROM generate_series(1, 20000) t;
ANALYZE organizations, org_members, projects, tasks;
