package dev.plume.workspace;

import dev.plume.identity.SessionTokens;
import dev.plume.support.AccessTable;
import dev.plume.support.AccessTable.Row;
import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.WithoutWriteLimits;
import dev.plume.workspace.Orgs.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the "Who may call what" table of docs/workspaces.md: for every endpoint and every kind
 * of caller, fresh organizations, one request, the status the cell names; a call from outside
 * the organization also changes none of its rows. Also checks that the table names every
 * workspace operation of the OpenAPI document.
 */
@QuarkusTest
@TestProfile(WithoutWriteLimits.class)
public class WorkspaceAccessTableTest {

    static final List<String> WORKSPACE_PATHS = List.of("/api/orgs", "/api/invitations", "/api/me/tasks");
    private static final List<String> CALLERS = List.of("anonymous", "outsider", "cross", "VIEWER", "MEMBER", "ADMIN", "OWNER");

    /** The organization a cell acts on, with one of everything, and the slug the caller names. */
    record Target(TestOrg org, String slug, UUID member, UUID project, UUID task, String invitation) {
        String projects() {
            return "/api/orgs/" + slug + "/projects";
        }

        String tasks() {
            return projects() + "/" + project + "/tasks";
        }
    }

    @FunctionalInterface
    interface Call {
        Response make(Target target, RequestSpecification as);
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("GET /api/orgs", (t, as) -> as.get("/api/orgs"));
        CALLS.put("POST /api/orgs", (t, as) -> as.body(Map.of("name", Fixtures.unique("New org"))).post("/api/orgs"));
        CALLS.put("GET /api/orgs/{slug}", (t, as) -> as.get("/api/orgs/" + t.slug()));
        CALLS.put("PATCH /api/orgs/{slug} name", (t, as) -> as.body(Map.of("name", "Renamed")).patch("/api/orgs/" + t.slug()));
        CALLS.put("PATCH /api/orgs/{slug} plan", (t, as) -> as.body(Map.of("plan", "PRO")).patch("/api/orgs/" + t.slug()));
        CALLS.put("DELETE /api/orgs/{slug}", (t, as) -> as.delete("/api/orgs/" + t.slug()));
        CALLS.put("GET /api/orgs/{slug}/members", (t, as) -> as.get("/api/orgs/" + t.slug() + "/members"));
        CALLS.put("PATCH /api/orgs/{slug}/members/{userId}", (t, as) -> as.body(Map.of("role", "VIEWER"))
                .patch("/api/orgs/" + t.slug() + "/members/" + t.member()));
        CALLS.put("DELETE /api/orgs/{slug}/members/{userId}", (t, as) -> as.delete("/api/orgs/" + t.slug() + "/members/" + t.member()));
        CALLS.put("POST /api/orgs/{slug}/invitations", (t, as) -> as.body(Map.of("email", Fixtures.unique("invitee") + "@example.com", "role", "MEMBER"))
                .post("/api/orgs/" + t.slug() + "/invitations"));
        CALLS.put("POST /api/invitations/accept", (t, as) -> as.body(Map.of("token", t.invitation())).post("/api/invitations/accept"));
        CALLS.put("GET /api/orgs/{slug}/projects", (t, as) -> as.get(t.projects()));
        CALLS.put("POST /api/orgs/{slug}/projects", (t, as) -> as.body(Map.of("name", "Another")).post(t.projects()));
        CALLS.put("GET /api/orgs/{slug}/projects/{projectId}", (t, as) -> as.get(t.projects() + "/" + t.project()));
        CALLS.put("PATCH /api/orgs/{slug}/projects/{projectId}", (t, as) -> as.body(Map.of("status", "ARCHIVED")).patch(t.projects() + "/" + t.project()));
        CALLS.put("DELETE /api/orgs/{slug}/projects/{projectId}", (t, as) -> as.delete(t.projects() + "/" + t.project()));
        CALLS.put("GET /api/orgs/{slug}/projects/{projectId}/board", (t, as) -> as.get(t.projects() + "/" + t.project() + "/board"));
        CALLS.put("GET /api/orgs/{slug}/projects/{projectId}/tasks", (t, as) -> as.get(t.tasks()));
        CALLS.put("POST /api/orgs/{slug}/projects/{projectId}/tasks", (t, as) -> as.body(Map.of("title", "New")).post(t.tasks()));
        CALLS.put("GET /api/orgs/{slug}/projects/{projectId}/tasks/{taskId}", (t, as) -> as.get(t.tasks() + "/" + t.task()));
        CALLS.put("PATCH /api/orgs/{slug}/projects/{projectId}/tasks/{taskId}", (t, as) -> as.body(Map.of("status", "DONE"))
                .patch(t.tasks() + "/" + t.task()));
        CALLS.put("DELETE /api/orgs/{slug}/projects/{projectId}/tasks/{taskId}", (t, as) -> as.delete(t.tasks() + "/" + t.task()));
        CALLS.put("GET /api/orgs/{slug}/tasks", (t, as) -> as.get("/api/orgs/" + t.slug() + "/tasks"));
        CALLS.put("GET /api/me/tasks", (t, as) -> as.get("/api/me/tasks"));
    }

    /** A pending invitation to the organization, for somebody else's address; answers its token. */
    private static String invitation(TestOrg org) {
        String token = SessionTokens.newToken();
        Fixtures.execute("insert into org_invitations (org_id, email, role, token_hash, expires_at) values (?, ?, 'MEMBER', ?, now() + interval '7 days')",
                org.id(), Fixtures.unique("someone") + "@example.com", SessionTokens.hash(token));
        return token;
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheWorkspaceTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            Call call = CALLS.get(row.endpoint());
            assertTrue(call != null, "no request is written for the table row " + row.endpoint());
            for (String caller : CALLERS) {
                String expected = row.cells().get(caller);
                if (expected.equals("—")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " as " + caller + " → " + expected, () -> cell(call, caller, expected)));
            }
        }
        return tests.stream();
    }

    private static void cell(Call call, String caller, String expected) {
        TestOrg org = Orgs.organization();
        Map<String, TestUser> members = new LinkedHashMap<>(Map.of("OWNER", org.owner()));
        for (String role : List.of("VIEWER", "MEMBER", "ADMIN")) {
            members.put(role, Orgs.member(org, role));
        }
        UUID member = Orgs.member(org, "MEMBER").id();
        UUID project = Orgs.project(org);
        UUID task = Orgs.task(org, project, "A task");
        TestOrg other = Orgs.organization();
        Orgs.task(other, Orgs.project(other), "Another's task");
        boolean outside = caller.equals("outsider") || caller.equals("cross");
        Target target = new Target(org, caller.equals("cross") ? other.slug() : org.slug(), member, project, task, invitation(org));
        TestUser actor = switch (caller) {
            case "anonymous" -> null;
            case "outsider", "cross" -> other.owner();
            default -> members.get(caller);
        };
        String before = Orgs.fingerprint(org.id());
        RequestSpecification as = given().contentType(ContentType.JSON);
        if (actor != null) {
            as.header("Authorization", actor.bearer());
        }
        Response response = call.make(target, as);
        if (expected.equals("✓")) {
            assertTrue(response.statusCode() >= 200 && response.statusCode() < 300, "expected 2xx, got " + response.statusCode() + ": " + response.asString());
        } else {
            assertEquals(Integer.parseInt(expected), response.statusCode(), response.asString());
        }
        if (outside) {
            assertEquals(before, Orgs.fingerprint(org.id()), "a call from outside the organization changed its rows");
        }
    }

    @Test
    void theTableNamesEveryWorkspaceOperation() throws IOException {
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .filter(method -> isWorkspace(path))
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> inTable = new TreeSet<>();
        table().forEach(row -> inTable.add(row.operation()));
        assertEquals(documented, inTable);
    }

    public static boolean isWorkspace(String path) {
        return WORKSPACE_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static List<Row> table() throws IOException {
        return AccessTable.read(Path.of("docs", "workspaces.md"), "workspace-table", CALLERS);
    }
}
