package dev.plume;

import dev.plume.identity.SessionTokens;
import dev.plume.support.AccessTable;
import dev.plume.support.AccessTable.Row;
import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.workspace.WorkspaceAccessTableTest;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Shop.TestProduct;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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
 * Walks the "Who may call what" table of docs/api.md: for every endpoint and every kind of
 * caller, a fresh object owned by a fresh user, one request, the status the cell names.
 * Also checks that the table names every operation of the OpenAPI document but the workspaces'
 * (docs/workspaces.md, WorkspaceAccessTableTest).
 */
@QuarkusTest
class AuthorizationTableTest {

    private static final List<String> CALLERS = List.of("anonymous", "USER", "owner", "MODERATOR", "ADMIN", "SUPER_ADMIN");
    private static final String PASSWORD = "long enough secret";

    /** One request of a row: made by {@code caller} (null: anonymous) on an object of {@code owner}. */
    @FunctionalInterface
    interface Call {
        Response make(TestUser owner, TestUser caller);
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("GET /api/posts", (owner, caller) -> as(caller).get("/api/posts"));
        CALLS.put("GET /api/posts/search", (owner, caller) -> as(caller).get("/api/posts/search?q=anything"));
        CALLS.put("GET /api/posts/{slug}", (owner, caller) -> as(caller).get("/api/posts/" + published(owner).slug()));
        CALLS.put("GET /api/posts/{slug} of a draft", (owner, caller) -> as(caller).get("/api/posts/" + draft(owner).slug()));
        CALLS.put("POST /api/posts", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("title", "Rules", "content", "Who may write what, checked.")).post("/api/posts"));
        CALLS.put("PATCH /api/posts/{id}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("title", "Renamed")).patch("/api/posts/" + published(owner).id()));
        CALLS.put("POST /api/posts/{id}/publish", (owner, caller) -> as(caller).post("/api/posts/" + draft(owner).id() + "/publish"));
        CALLS.put("DELETE /api/posts/{id}", (owner, caller) -> as(caller).delete("/api/posts/" + published(owner).id()));
        CALLS.put("POST /api/posts/{id}/views", (owner, caller) -> as(caller).post("/api/posts/" + published(owner).id() + "/views"));
        CALLS.put("GET /api/me/posts", (owner, caller) -> as(caller).get("/api/me/posts"));
        CALLS.put("GET /api/posts/{id}/comments", (owner, caller) -> as(caller).get("/api/posts/" + published(owner).id() + "/comments"));
        CALLS.put("POST /api/posts/{id}/comments", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("content", "Nice")).post("/api/posts/" + published(owner).id() + "/comments"));
        CALLS.put("GET /api/comments/{id}/replies", (owner, caller) -> as(caller).get("/api/comments/" + comment(owner) + "/replies"));
        CALLS.put("GET /api/comments/{id}", (owner, caller) -> as(caller).get("/api/comments/" + comment(owner)));
        CALLS.put("PATCH /api/comments/{id}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("content", "Edited")).patch("/api/comments/" + comment(owner)));
        CALLS.put("DELETE /api/comments/{id}", (owner, caller) -> as(caller).delete("/api/comments/" + comment(owner)));
        CALLS.put("PUT /api/posts/{id}/like", (owner, caller) -> as(caller).put("/api/posts/" + published(owner).id() + "/like"));
        CALLS.put("DELETE /api/posts/{id}/like", (owner, caller) -> as(caller).delete("/api/posts/" + published(owner).id() + "/like"));
        CALLS.put("GET /api/categories", (owner, caller) -> as(caller).get("/api/categories"));
        CALLS.put("GET /api/categories/{slug}", (owner, caller) -> as(caller).get("/api/categories/" + category()));
        CALLS.put("PUT /api/categories/{slug}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Cat"))).put("/api/categories/" + Fixtures.unique("cat")));
        CALLS.put("PATCH /api/categories/{slug}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("description", "Changed")).patch("/api/categories/" + category()));
        CALLS.put("DELETE /api/categories/{slug}", (owner, caller) -> as(caller).delete("/api/categories/" + category()));
        CALLS.put("GET /api/tags", (owner, caller) -> as(caller).get("/api/tags"));
        CALLS.put("GET /api/tags/{slug}", (owner, caller) -> as(caller).get("/api/tags/" + tag()));
        CALLS.put("POST /api/tags", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("tag"))).post("/api/tags"));
        CALLS.put("GET /api/stats", (owner, caller) -> as(caller).get("/api/stats"));
        CALLS.put("GET /api/users/{id}", (owner, caller) -> as(caller).get("/api/users/" + owner.id()));
        CALLS.put("PATCH /api/users/{id}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed")).patch("/api/users/" + owner.id()));
        CALLS.put("POST /api/auth/register", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("email", Fixtures.unique("new") + "@example.com", "password", PASSWORD, "name", "New")).post("/api/auth/register"));
        CALLS.put("POST /api/auth/login", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("email", withPassword(owner).email(), "password", PASSWORD)).post("/api/auth/login"));
        CALLS.put("POST /api/auth/logout", (owner, caller) -> as(caller).post("/api/auth/logout"));
        CALLS.put("GET /api/auth/session", (owner, caller) -> as(caller).get("/api/auth/session"));
        CALLS.put("POST /api/auth/email-verification", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("email", owner.email())).post("/api/auth/email-verification"));
        CALLS.put("POST /api/auth/email-verification/confirm", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("token", verificationToken(owner))).post("/api/auth/email-verification/confirm"));
        CALLS.put("POST /api/auth/password-reset", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("email", owner.email())).post("/api/auth/password-reset"));
        CALLS.put("POST /api/auth/password-reset/confirm", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("token", resetToken(owner), "password", "a new long secret")).post("/api/auth/password-reset/confirm"));
        CALLS.put("GET /api/me", (owner, caller) -> as(caller).get("/api/me"));
        CALLS.put("PATCH /api/me", (owner, caller) -> as(caller).contentType(ContentType.JSON).body(Map.of("name", "Me")).patch("/api/me"));
        CALLS.put("GET /api/me/profile", (owner, caller) -> as(caller).get("/api/me/profile"));
        CALLS.put("PATCH /api/me/profile", (owner, caller) -> as(caller).contentType(ContentType.JSON).body(Map.of("bio", "Hi")).patch("/api/me/profile"));
        CALLS.put("GET /api/me/accounts", (owner, caller) -> as(caller).get("/api/me/accounts"));
        CALLS.put("DELETE /api/me/accounts/{id}", (owner, caller) -> as(caller).delete("/api/me/accounts/" + secondAccount(owner)));
        CALLS.put("GET /api/me/sessions", (owner, caller) -> as(caller).get("/api/me/sessions"));
        CALLS.put("DELETE /api/me/sessions", (owner, caller) -> as(caller).delete("/api/me/sessions"));
        CALLS.put("DELETE /api/me/sessions/{id}", (owner, caller) -> as(caller).delete("/api/me/sessions/" + otherSession(owner)));
        CALLS.put("GET /api/admin/users", (owner, caller) -> as(caller).get("/api/admin/users"));
        CALLS.put("GET /api/admin/users/{id}", (owner, caller) -> as(caller).get("/api/admin/users/" + owner.id()));
        CALLS.put("PUT /api/admin/users/{id}/role", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("role", "MODERATOR")).put("/api/admin/users/" + owner.id() + "/role"));
        CALLS.put("DELETE /api/admin/users/{id}", (owner, caller) -> as(caller).delete("/api/admin/users/" + owner.id()));
        CALLS.put("POST /api/admin/users/{id}/restore", (owner, caller) -> {
            TestUser deleted = Fixtures.user();
            Fixtures.execute("update users set deleted_at = now() where id = ?", deleted.id());
            return as(caller).post("/api/admin/users/" + (caller != null && caller.equals(owner) ? owner.id() : deleted.id()) + "/restore");
        });
        CALLS.put("GET /api/products", (owner, caller) -> as(caller).get("/api/products"));
        CALLS.put("GET /api/products/{slug}", (owner, caller) -> as(caller).get("/api/products/" + product().slug()));
        CALLS.put("POST /api/products", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", "Ruled", "price", "1.00", "sku", Fixtures.unique("RULE"))).post("/api/products"));
        CALLS.put("PATCH /api/products/{id}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("description", "Changed")).patch("/api/products/" + product().id()));
        CALLS.put("POST /api/products/{id}/archive", (owner, caller) -> as(caller).post("/api/products/" + product().id() + "/archive"));
        CALLS.put("POST /api/products/{id}/stock-adjustments", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("delta", 1, "reason", "Counted")).post("/api/products/" + product().id() + "/stock-adjustments"));
        CALLS.put("GET /api/products/{id}/reviews", (owner, caller) -> as(caller).get("/api/products/" + product().id() + "/reviews"));
        CALLS.put("POST /api/products/{id}/reviews", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("rating", 4)).post("/api/products/" + deliveredTo(owner).id() + "/reviews"));
        CALLS.put("GET /api/shop-categories", (owner, caller) -> as(caller).get("/api/shop-categories"));
        CALLS.put("POST /api/shop-categories", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", "Ruled", "slug", Fixtures.unique("ruled"))).post("/api/shop-categories"));
        CALLS.put("GET /api/me/addresses", (owner, caller) -> as(caller).get("/api/me/addresses"));
        CALLS.put("POST /api/me/addresses", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("name", "A", "line1", "B", "city", "C", "postalCode", "D", "country", "FR")).post("/api/me/addresses"));
        CALLS.put("GET /api/me/addresses/{id}", (owner, caller) -> as(caller).get("/api/me/addresses/" + address(owner)));
        CALLS.put("PATCH /api/me/addresses/{id}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("city", "Elsewhere")).patch("/api/me/addresses/" + address(owner)));
        CALLS.put("DELETE /api/me/addresses/{id}", (owner, caller) -> as(caller).delete("/api/me/addresses/" + address(owner)));
        CALLS.put("GET /api/cart", (owner, caller) -> as(caller).get("/api/cart"));
        CALLS.put("PUT /api/cart/items/{productId}", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("quantity", 2)).put("/api/cart/items/" + product().id()));
        CALLS.put("DELETE /api/cart", (owner, caller) -> as(caller).delete("/api/cart"));
        CALLS.put("POST /api/orders", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("addressId", readyToBuy(caller).toString())).post("/api/orders"));
        CALLS.put("GET /api/me/orders", (owner, caller) -> as(caller).get("/api/me/orders"));
        CALLS.put("GET /api/orders/{number}", (owner, caller) -> as(caller).get("/api/orders/" + order(owner)));
        CALLS.put("POST /api/orders/{number}/status to CANCELLED", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED")).post("/api/orders/" + order(owner) + "/status"));
        CALLS.put("POST /api/orders/{number}/status to PAID", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("status", "PAID")).post("/api/orders/" + order(owner) + "/status"));
        CALLS.put("GET /api/me/credits", (owner, caller) -> as(caller).get("/api/me/credits"));
        CALLS.put("POST /api/credits/transfers", (owner, caller) -> {
            if (caller != null) {
                Shop.grant(Fixtures.user("ADMIN"), caller, "5.00");
            }
            return as(caller).contentType(ContentType.JSON).body(Map.of("toUserId", owner.id().toString(), "amount", "1.00"))
                    .post("/api/credits/transfers");
        });
        CALLS.put("POST /api/admin/credits/grants", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("userId", owner.id().toString(), "amount", "1.00", "reason", "Ruled")).post("/api/admin/credits/grants"));
        CALLS.put("POST /api/authjs/{operation} without the adapter secret", (owner, caller) -> as(caller).contentType(ContentType.JSON)
                .body(Map.of("id", owner.id().toString())).post("/api/authjs/getUser"));
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheAccessTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : accessTable()) {
            Call call = CALLS.get(row.endpoint());
            assertTrue(call != null, "no request is written for the table row " + row.endpoint());
            for (String caller : CALLERS) {
                String expected = row.cells().get(caller);
                if (expected.equals("—")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(row.endpoint() + " as " + caller + " → " + expected, () -> {
                    TestUser owner = Fixtures.user();
                    TestUser actor = switch (caller) {
                        case "anonymous" -> null;
                        case "owner" -> owner;
                        default -> Fixtures.user(caller);
                    };
                    Response response = call.make(owner, actor);
                    if (expected.equals("✓")) {
                        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                                "expected 2xx, got " + response.statusCode() + ": " + response.asString());
                    } else {
                        assertEquals(Integer.parseInt(expected), response.statusCode(), response.asString());
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theTableNamesEveryOperationOfTheApi() throws IOException {
        Set<String> documented = new TreeSet<>();
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .filter(method -> !WorkspaceAccessTableTest.isWorkspace(path)) // docs/workspaces.md has their table
                .forEach(method -> documented.add(method.toUpperCase() + " " + (path.startsWith("/api/authjs/") ? "/api/authjs/{operation}" : path))));
        Set<String> inTable = new TreeSet<>();
        accessTable().forEach(row -> inTable.add(row.operation()));
        assertEquals(documented, inTable);
    }

    private static List<Row> accessTable() throws IOException {
        return AccessTable.read(Path.of("docs", "api.md"), "authorization-table", CALLERS);
    }

    private static RequestSpecification as(TestUser caller) {
        return caller == null ? given() : given().header("Authorization", caller.bearer());
    }

    private static TestPost published(TestUser owner) {
        return Fixtures.published(owner, null, Instant.now());
    }

    private static TestPost draft(TestUser owner) {
        return Fixtures.post(owner, null, "DRAFT", null, Fixtures.unique("Draft"), "A draft nobody else may see.");
    }

    private static UUID comment(TestUser owner) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into comments (id, content, author_id, post_id) values (?, 'mine', ?, ?)",
                id, owner.id(), published(Fixtures.user()).id());
        return id;
    }

    private static String category() {
        String slug = Fixtures.unique("rules");
        Fixtures.category(slug);
        return slug;
    }

    private static String tag() {
        String slug = Fixtures.unique("tagged");
        Fixtures.tag(slug);
        return slug;
    }

    private static TestProduct product() {
        UUID id = UUID.randomUUID();
        String slug = Fixtures.unique("ruled-product");
        Fixtures.execute("insert into products (id, name, slug, price, sku, stock) values (?, 'Ruled', ?, 3.00, ?, 5)",
                id, slug, Fixtures.unique("SKU"));
        return new TestProduct(id, slug, null);
    }

    /** A product the owner bought and had delivered: the owner may review it. */
    private static TestProduct deliveredTo(TestUser owner) {
        TestProduct product = product();
        order(owner, product, "DELIVERED");
        return product;
    }

    private static UUID address(TestUser owner) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into addresses (id, user_id, name, line1, city, postal_code, country) values (?, ?, 'A', 'B', 'C', 'D', 'FR')",
                id, owner.id());
        return id;
    }

    /** The caller's own address, and a cart to check out to it; a random id for an anonymous caller. */
    private static UUID readyToBuy(TestUser caller) {
        if (caller == null) {
            return UUID.randomUUID();
        }
        Fixtures.execute("insert into cart_items (user_id, product_id, quantity) values (?, ?, 1)", caller.id(), product().id());
        return address(caller);
    }

    /** A PENDING order of the owner's; answers its number. */
    private static String order(TestUser owner) {
        return order(owner, product(), "PENDING");
    }

    /** An order and its one item, in one statement (an order without items cannot commit). */
    private static String order(TestUser owner, TestProduct product, String status) {
        String number = Fixtures.unique("PL");
        Fixtures.execute("""
                with o as (insert into orders (number, user_id, status, currency, subtotal, tax, shipping, total, ship_to)
                           values (?, ?, cast(? as order_status), 'USD', 3.00, 0.00, 0.00, 3.00,
                                   '{"name":"A","line1":"B","city":"C","postalCode":"D","country":"FR"}') returning id)
                insert into order_items (order_id, product_id, product_name, sku, unit_price, quantity, line_total)
                select o.id, ?, 'Ruled', 'SKU', 3.00, 1, 3.00 from o""", number, owner.id(), status, product.id());
        return number;
    }

    private static TestUser withPassword(TestUser user) {
        Fixtures.execute("update users set password_hash = ? where id = ?", Fixtures.passwordHash(PASSWORD), user.id());
        return user;
    }

    private static String verificationToken(TestUser owner) {
        String token = Fixtures.unique("verify");
        Fixtures.execute("insert into verification_tokens (identifier, token, expires) values (?, ?, now() + interval '1 hour')",
                "verify-email:" + owner.id(), SessionTokens.hash(token));
        return token;
    }

    private static String resetToken(TestUser owner) {
        String token = Fixtures.unique("reset");
        Fixtures.execute("insert into password_reset_tokens (user_id, token_hash, expires) values (?, ?, now() + interval '1 hour')",
                owner.id(), SessionTokens.hash(token));
        return token;
    }

    /** The owner's accounts: two, so that one may be unlinked; answers the second. */
    private static UUID secondAccount(TestUser owner) {
        UUID second = UUID.randomUUID();
        Fixtures.execute("insert into accounts (user_id, type, provider, provider_account_id) values (?, 'oauth', 'github', ?)",
                owner.id(), Fixtures.unique("gh"));
        Fixtures.execute("insert into accounts (id, user_id, type, provider, provider_account_id) values (?, ?, 'oauth', 'google', ?)",
                second, owner.id(), Fixtures.unique("gg"));
        return second;
    }

    /** Another session of the owner's, besides the one the owner's token opens. */
    private static UUID otherSession(TestUser owner) {
        UUID id = UUID.randomUUID();
        Fixtures.execute("insert into sessions (id, session_token, user_id, expires) values (?, ?, ?, now() + interval '1 day')",
                id, SessionTokens.hash(Fixtures.unique("other")), owner.id());
        return id;
    }
}
