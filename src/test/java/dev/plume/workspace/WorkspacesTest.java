package dev.plume.workspace;

import dev.plume.identity.SessionTokens;
import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.StatementCounter;
import dev.plume.support.Together;
import dev.plume.support.WithoutWriteLimits;
import dev.plume.workspace.Orgs.TestOrg;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organizations, members, invitations, projects and tasks through HTTP on the real database, with
 * the limits that must hold under concurrency and the isolation PostgreSQL itself enforces.
 */
@QuarkusTest
@TestProfile(WithoutWriteLimits.class)
class WorkspacesTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource serviceConnections;

    private static RequestSpecification as(TestUser user) {
        return given().header("Authorization", user.bearer()).contentType(ContentType.JSON);
    }

    @Test
    void theCreatorOwnsANewOrganizationOnTheFreePlan() {
        TestUser creator = Fixtures.user();
        String name = Fixtures.unique("Acme Robotics");
        String slug = as(creator).body(Map.of("name", name)).post("/api/orgs").then().statusCode(201)
                .body("organization.name", equalTo(name))
                .body("organization.role", equalTo("OWNER"))
                .body("organization.plan", equalTo("FREE"))
                .body("organization.usage.members", equalTo(1))
                .body("organization.limits.members", equalTo(5))
                .body("organization.limits.projects", equalTo(3))
                .extract().path("organization.slug");
        assertEquals(name.toLowerCase().replace(' ', '-'), slug);
        as(creator).get("/api/orgs").then().statusCode(200).body("organizations.slug", contains(slug));
        as(creator).body(Map.of("name", "Again", "slug", slug)).post("/api/orgs").then().statusCode(409)
                .body("violations[0].field", equalTo("slug"));
        as(Fixtures.user()).get("/api/orgs/" + slug).then().statusCode(404);
    }

    @Test
    void anInvitationMakesItsAddresseeAMemberOnceEvenIfTheyRegisteredAfterIt() {
        TestOrg org = Orgs.organization();
        String email = Fixtures.unique("grace") + "@example.com";
        as(org.owner()).body(Map.of("email", email, "role", "MEMBER")).post("/api/orgs/" + org.slug() + "/invitations")
                .then().statusCode(201).body("email", equalTo(email)).body("role", equalTo("MEMBER"));
        String token = tokenMailedTo(email);

        // the addressee registers after the invitation was sent
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret", "name", "Grace"))
                .post("/api/auth/register").then().statusCode(201);
        String bearer = "Bearer " + given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "long enough secret"))
                .post("/api/auth/login").then().statusCode(200).extract().path("token");

        as(Fixtures.user()).body(Map.of("token", token)).post("/api/invitations/accept").then().statusCode(403);
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/invitations/accept")
                .then().statusCode(200).body("organization.slug", equalTo(org.slug())).body("organization.role", equalTo("MEMBER"));
        given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("token", token)).post("/api/invitations/accept")
                .then().statusCode(409).body("violations[0].field", equalTo("token"));
        as(org.owner()).get("/api/orgs/" + org.slug() + "/members").then().statusCode(200)
                .body("members.email", containsInAnyOrder(org.owner().email(), email));
        as(Fixtures.user()).body(Map.of("token", "no-such-token")).post("/api/invitations/accept").then().statusCode(404);
    }

    @Test
    void thirtyTwoAcceptancesAtOnceFillAFreeOrganizationToExactlyFiveMembers() throws Exception {
        TestOrg org = Orgs.organization();
        for (int i = 0; i < 3; i++) {
            Orgs.member(org, "MEMBER");
        }
        List<TestUser> invitees = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            TestUser invitee = Fixtures.user();
            String token = SessionTokens.newToken();
            Fixtures.execute("""
                    insert into org_invitations (org_id, email, role, token_hash, expires_at)
                    values (?, ?, 'MEMBER', ?, now() + interval '7 days')""", org.id(), invitee.email(), SessionTokens.hash(token));
            invitees.add(invitee);
            tokens.add(token);
        }
        List<Response> answers = Together.run(32, i -> () -> as(invitees.get(i)).body(Map.of("token", tokens.get(i)))
                .post("/api/invitations/accept").andReturn());
        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 200).count());
        for (Response refused : answers.stream().filter(answer -> answer.statusCode() != 200).toList()) {
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
        }
        assertEquals(5, Fixtures.count("select count(*) from org_members where org_id = ?", org.id()));
    }

    @Test
    void sixteenProjectsCreatedAtOnceInAFreeOrganizationMakeExactlyThree() throws Exception {
        TestOrg org = Orgs.organization();
        List<Response> answers = Together.run(16, i -> () -> as(org.owner()).body(Map.of("name", "P" + i))
                .post("/api/orgs/" + org.slug() + "/projects").andReturn());
        assertEquals(3, answers.stream().filter(answer -> answer.statusCode() == 201).count());
        assertTrue(answers.stream().filter(answer -> answer.statusCode() != 201).allMatch(answer -> answer.statusCode() == 409));
        assertEquals(3, Fixtures.count("select count(*) from projects where org_id = ?", org.id()));
    }

    @Test
    void anOrganizationNeverLosesItsLastOwner() {
        TestOrg org = Orgs.organization();
        String members = "/api/orgs/" + org.slug() + "/members/";
        as(org.owner()).delete(members + org.owner().id()).then().statusCode(409).body("violations[0].field", equalTo("role"));
        as(org.owner()).body(Map.of("role", "ADMIN")).patch(members + org.owner().id()).then().statusCode(409);
        TestUser admin = Orgs.member(org, "ADMIN");
        as(admin).body(Map.of("role", "OWNER")).patch(members + admin.id()).then().statusCode(403);
        as(org.owner()).body(Map.of("role", "OWNER")).patch(members + admin.id()).then().statusCode(200);
        as(org.owner()).delete(members + org.owner().id()).then().statusCode(204);
        as(admin).get("/api/orgs/" + org.slug() + "/members").then().statusCode(200).body("members.role", contains("OWNER"));
    }

    @Test
    void plansLimitMembersAndProjects() {
        TestOrg org = Orgs.organization("PRO");
        for (int i = 0; i < 5; i++) {
            Orgs.member(org, "VIEWER");
        }
        as(org.owner()).body(Map.of("plan", "FREE")).patch("/api/orgs/" + org.slug()).then().statusCode(409)
                .body("violations[0].field", equalTo("plan"));
        TestOrg free = Orgs.organization();
        for (int i = 0; i < 3; i++) {
            as(free.owner()).body(Map.of("name", "P" + i)).post("/api/orgs/" + free.slug() + "/projects").then().statusCode(201);
        }
        as(free.owner()).body(Map.of("name", "One too many")).post("/api/orgs/" + free.slug() + "/projects").then().statusCode(409);
        as(free.owner()).body(Map.of("plan", "PRO")).patch("/api/orgs/" + free.slug()).then().statusCode(200)
                .body("organization.plan", equalTo("PRO")).body("organization.usage.projects", equalTo(3));
        as(free.owner()).body(Map.of("name", "Room now")).post("/api/orgs/" + free.slug() + "/projects").then().statusCode(201);
    }

    @Test
    void tasksAreAssignedToMembersFilteredSearchedAndLaidOutOnTheBoard() {
        TestOrg org = Orgs.organization();
        TestUser member = Orgs.member(org, "MEMBER");
        String projects = "/api/orgs/" + org.slug() + "/projects";
        String project = as(org.owner()).body(Map.of("name", "Launch")).post(projects).then().statusCode(201).extract().path("project.id");
        String tasks = projects + "/" + project + "/tasks";
        as(member).body(Map.of("title", "Nobody's", "assigneeId", Fixtures.user().id())).post(tasks).then().statusCode(400)
                .body("violations[0].field", equalTo("assigneeId"));
        as(member).body(Map.of("title", "Write the launch post", "description", "Announce the keyset pagination", "priority", "URGENT",
                        "assigneeId", member.id(), "labels", List.of("docs"), "metadata", Map.of("team", "growth"),
                        "estimatedHours", "2.50", "dueDate", "2027-01-15"))
                .post(tasks).then().statusCode(201)
                .body("task.assignee.name", equalTo(member.name()))
                .body("task.estimatedHours", equalTo("2.50"))
                .body("task.labels", contains("docs"))
                .body("task.metadata.team", equalTo("growth"));
        as(member).body(Map.of("title", "Fix the footer", "status", "IN_PROGRESS")).post(tasks).then().statusCode(201);
        as(member).body(Map.of("title", "Review the copy", "status", "DONE", "priority", "LOW")).post(tasks).then().statusCode(201);

        as(member).get(tasks + "?status=IN_PROGRESS").then().statusCode(200).body("tasks.title", contains("Fix the footer"));
        as(member).get(tasks + "?assignee=" + member.id()).then().statusCode(200).body("tasks.title", contains("Write the launch post"));
        as(member).get(tasks + "?label=docs&metadataKey=team&metadataValue=growth").then().statusCode(200)
                .body("tasks.title", contains("Write the launch post"));
        as(member).get(tasks + "?metadataKey=team").then().statusCode(200).body("tasks.title", contains("Write the launch post"));
        as(member).get(tasks + "?dueBefore=2027-01-31&dueAfter=2027-01-01").then().statusCode(200).body("tasks.title", contains("Write the launch post"));
        as(member).get(tasks + "?dueBefore=someday").then().statusCode(400).body("violations[0].field", equalTo("dueBefore"));
        as(member).get(tasks + "?metadataValue=growth").then().statusCode(400).body("violations[0].field", equalTo("metadataValue"));
        as(member).get(tasks + "?priority=SOON").then().statusCode(400).body("violations[0].field", equalTo("priority"));
        as(member).get(tasks + "?status=SOON").then().statusCode(400).body("violations[0].field", equalTo("status"));
        as(member).get(tasks + "?assignee=me").then().statusCode(400).body("violations[0].field", equalTo("assignee"));
        as(member).get("/api/orgs/" + org.slug() + "/tasks?q=pagination").then().statusCode(200).body("tasks.title", contains("Write the launch post"));
        as(member).get(tasks + "?limit=2").then().statusCode(200).body("tasks", hasSize(2))
                .body("pagination.hasMore", equalTo(true));

        as(member).get(projects + "/" + project + "/board").then().statusCode(200)
                .body("columns.status", contains("TODO", "IN_PROGRESS", "REVIEW", "DONE"))
                .body("columns.count", contains(1, 1, 0, 1))
                .body("columns[0].tasks.title", contains("Write the launch post"))
                .body("columns[2].tasks", empty());
        as(member).get("/api/me/tasks").then().statusCode(200).body("tasks.task.title", contains("Write the launch post"))
                .body("tasks.organizationSlug", contains(org.slug())).body("tasks.projectName", contains("Launch"));

        as(org.owner()).body(Map.of("status", "ARCHIVED")).patch(projects + "/" + project).then().statusCode(200)
                .body("project.status", equalTo("ARCHIVED")).body("project.taskCount", equalTo(3));
        as(member).body(Map.of("title", "Too late")).post(tasks).then().statusCode(409);
    }

    @Test
    void aMemberWhoLeavesLeavesTheirTasksUnassigned() {
        TestOrg org = Orgs.organization();
        TestUser member = Orgs.member(org, "MEMBER");
        UUID project = Orgs.project(org);
        String task = "/api/orgs/" + org.slug() + "/projects/" + project + "/tasks/" + Orgs.task(org, project, "Mine");
        as(member).body(Map.of("assigneeId", member.id())).patch(task).then().statusCode(200).body("task.assignee.id", equalTo(member.id().toString()));
        as(member).delete("/api/orgs/" + org.slug() + "/members/" + member.id()).then().statusCode(204);
        as(org.owner()).get(task).then().statusCode(200).body("task.assignee", nullValue());
        as(member).get(task).then().statusCode(404);
    }

    @Test
    void theBoardAndTheTaskListAreTwoStatementsWhateverTheirSize() {
        TestOrg org = Orgs.organization();
        UUID small = Orgs.project(org);
        Orgs.task(org, small, "One");
        UUID large = Orgs.project(org);
        for (int i = 0; i < 40; i++) {
            Orgs.task(org, large, "Task " + i);
        }
        as(org.owner()).get("/api/orgs").then().statusCode(200); // the session, read once and cached
        for (UUID project : List.of(small, large)) {
            String base = "/api/orgs/" + org.slug() + "/projects/" + project;
            // entering the organization (membership, role and tenant in one call), then the read
            var board = StatementCounter.sent(() -> as(org.owner()).get(base + "/board").then().statusCode(200));
            assertEquals(2, board.count(), board.toString());
            var list = StatementCounter.sent(() -> as(org.owner()).get(base + "/tasks?limit=100").then().statusCode(200));
            assertEquals(2, list.count(), list.toString());
        }
    }

    @Test
    void rowLevelSecurityShowsATransactionOnlyTheOrganizationItEnteredEvenWithoutAWhereClause() throws Exception {
        TestOrg a = Orgs.organization();
        TestOrg b = Orgs.organization();
        Orgs.task(a, Orgs.project(a), "A's");
        Orgs.task(b, Orgs.project(b), "B's");
        try (Connection connection = serviceConnections.getConnection(); Statement sql = connection.createStatement()) {
            try (ResultSet role = sql.executeQuery("""
                    select r.rolsuper, r.rolbypassrls, (select tableowner from pg_tables where tablename = 'tasks') = current_user
                    from pg_roles r where r.rolname = current_user""")) {
                assertTrue(role.next());
                assertFalse(role.getBoolean(1) || role.getBoolean(2) || role.getBoolean(3),
                        "the service connects as a role that neither owns the tables nor bypasses Row-Level Security");
            }
        }
        List<String> inA = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = serviceConnections.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeQuery("select * from workspace_enter('" + a.slug() + "', '" + a.owner().id() + "')").close();
                return titles(sql, "select title from tasks");
            }
        });
        assertEquals(List.of("A's"), inA);
        List<String> nowhere = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = serviceConnections.getConnection(); Statement sql = connection.createStatement()) {
                return titles(sql, "select title from tasks");
            }
        });
        assertEquals(List.of(), nowhere);
    }

    private static List<String> titles(Statement sql, String query) throws Exception {
        List<String> titles = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }

    private String tokenMailedTo(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.getMailsSentTo(email).isEmpty());
        Matcher token = TOKEN.matcher(mailbox.getMailsSentTo(email).getLast().getText());
        assertTrue(token.find());
        assertTrue(mailbox.getMailsSentTo(email).getLast().getText().contains("http://localhost:3000/invitations/accept?token="));
        return token.group(1);
    }
}
