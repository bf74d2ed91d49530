package dev.plume.workspace;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;

import java.util.UUID;

/** Workspace rows written straight to the database (as the owner, past Row-Level Security), for tests to start from. */
final class Orgs {

    private Orgs() {
    }

    record TestOrg(UUID id, String slug, TestUser owner) {
    }

    static TestOrg organization(String plan) {
        TestUser owner = Fixtures.user();
        UUID id = UUID.randomUUID();
        String slug = Fixtures.unique("org");
        Fixtures.execute("insert into organizations (id, slug, name, plan) values (?, ?, ?, ?)", id, slug, "Org " + slug, plan);
        join(id, owner, "OWNER");
        return new TestOrg(id, slug, owner);
    }

    static TestOrg organization() {
        return organization("FREE");
    }

    static TestUser member(TestOrg org, String role) {
        TestUser user = Fixtures.user();
        join(org.id(), user, role);
        return user;
    }

    static void join(UUID orgId, TestUser user, String role) {
        Fixtures.execute("insert into org_members (org_id, user_id, role) values (?, ?, ?)", orgId, user.id(), role);
    }

    static UUID project(TestOrg org) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into projects (id, org_id, name) values (?, ?, ?)", id, org.id(), Fixtures.unique("Project"));
        return id;
    }

    static UUID task(TestOrg org, UUID projectId, String title) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into tasks (id, org_id, project_id, title) values (?, ?, ?, ?)", id, org.id(), projectId, title);
        return id;
    }

    /** A digest of every workspace row of the organization: equal before and after means nothing changed. */
    static String fingerprint(UUID orgId) {
        return String.valueOf(Fixtures.column("""
                select md5(concat_ws('|',
                  (select string_agg(o::text, ',') from organizations o where o.id = ?),
                  (select string_agg(m::text, ',' order by m.user_id) from org_members m where m.org_id = ?),
                  (select string_agg(i::text, ',' order by i.id) from org_invitations i where i.org_id = ?),
                  (select string_agg(p::text, ',' order by p.id) from projects p where p.org_id = ?),
                  (select string_agg(t::text, ',' order by t.id) from tasks t where t.org_id = ?)))""",
                orgId, orgId, orgId, orgId, orgId).getFirst());
    }
}
