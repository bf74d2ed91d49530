package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestPost;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.hasItem;

/** User administration: search, roles, soft delete and restore. */
@QuarkusTest
class AdminUsersTest {

    private static void changeRole(TestUser actor, UUID target, String role, int expected) {
        given().header("Authorization", actor.bearer()).contentType(ContentType.JSON).body(Map.of("role", role))
                .put("/api/admin/users/" + target + "/role").then().statusCode(expected);
    }

    @Test
    void adminsSearchUsersPageByPage() {
        TestUser admin = Fixtures.user("ADMIN");
        String marker = Fixtures.unique("findme");
        for (int i = 0; i < 3; i++) {
            Fixtures.execute("insert into users (email, name) values (?, ?)", marker + i + "@example.com", "Found " + i);
        }
        given().header("Authorization", admin.bearer()).queryParam("q", marker).queryParam("limit", 2)
                .get("/api/admin/users").then().statusCode(200)
                .body("users", hasSize(2))
                .body("pagination.total", equalTo(3))
                .body("pagination.hasNext", equalTo(true));
        given().header("Authorization", admin.bearer()).queryParam("q", marker).queryParam("limit", 2).queryParam("page", 2)
                .get("/api/admin/users").then().statusCode(200)
                .body("users", hasSize(1));
        given().header("Authorization", admin.bearer()).queryParam("q", "%").queryParam("role", "SUPER_ADMIN")
                .get("/api/admin/users").then().statusCode(200).body("users", hasSize(0));
        given().header("Authorization", admin.bearer()).queryParam("role", "KING")
                .get("/api/admin/users").then().statusCode(400).body("violations.field", hasItem("role"));
    }

    @Test
    void adminsGrantModeratorButOnlySuperAdminsGrantAdmin() {
        TestUser admin = Fixtures.user("ADMIN");
        TestUser superAdmin = Fixtures.user("SUPER_ADMIN");
        TestUser user = Fixtures.user();

        changeRole(admin, user.id(), "MODERATOR", 200);
        changeRole(admin, user.id(), "ADMIN", 403);
        changeRole(superAdmin, user.id(), "ADMIN", 200);
        changeRole(admin, user.id(), "USER", 403); // an admin cannot demote another admin
        changeRole(superAdmin, user.id(), "USER", 200);
        given().header("Authorization", admin.bearer()).get("/api/admin/users/" + user.id()).then().body("role", equalTo("USER"));
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        TestUser superAdmin = Fixtures.user("SUPER_ADMIN");
        changeRole(superAdmin, superAdmin.id(), "USER", 403);
        TestUser admin = Fixtures.user("ADMIN");
        changeRole(admin, admin.id(), "SUPER_ADMIN", 403);
    }

    @Test
    void aNewRoleTakesEffectAtOnce() {
        TestUser admin = Fixtures.user("ADMIN");
        TestUser user = Fixtures.user();
        given().header("Authorization", user.bearer()).get("/api/admin/users").then().statusCode(403);
        TestUser superAdmin = Fixtures.user("SUPER_ADMIN");
        changeRole(superAdmin, user.id(), "ADMIN", 200);
        given().header("Authorization", user.bearer()).get("/api/admin/users").then().statusCode(200);
        changeRole(superAdmin, user.id(), "USER", 200);
        given().header("Authorization", user.bearer()).get("/api/admin/users").then().statusCode(403);
        given().header("Authorization", admin.bearer()).get("/api/admin/users").then().statusCode(200);
    }

    @Test
    void aDeletedUsersPostsAndCommentsLeavePublicReadsAndComeBackOnRestore() {
        TestUser admin = Fixtures.user("ADMIN");
        TestUser author = Fixtures.user();
        TestUser reader = Fixtures.user();
        TestPost post = Fixtures.published(author, null, Instant.now());
        TestPost readersPost = Fixtures.published(reader, null, Instant.now());
        UUID comment = UUID.randomUUID();
        Fixtures.execute("insert into comments (id, content, author_id, post_id) values (?, 'by the author', ?, ?)",
                comment, author.id(), readersPost.id());

        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + author.id()).then().statusCode(200)
                .body("deletedAt", notNullValue());

        given().get("/api/posts/" + post.slug()).then().statusCode(404);
        given().get("/api/posts?author=" + author.id()).then().statusCode(200).body("posts", hasSize(0));
        given().get("/api/users/" + author.id()).then().statusCode(404);
        given().get("/api/posts/" + readersPost.id() + "/comments").then().statusCode(200)
                .body("comments.id", not(hasItem(comment.toString())));
        given().header("Authorization", admin.bearer()).queryParam("deleted", "true").queryParam("q", author.email())
                .get("/api/admin/users").then().body("users", hasSize(1));

        given().header("Authorization", admin.bearer()).post("/api/admin/users/" + author.id() + "/restore").then().statusCode(200);

        given().get("/api/posts/" + post.slug()).then().statusCode(200);
        given().get("/api/posts/" + readersPost.id() + "/comments").then().statusCode(200)
                .body("comments.id", hasItem(comment.toString()));
    }

    @Test
    void onlySuperAdminsDeleteAdminsAndNobodyDeletesThemselves() {
        TestUser admin = Fixtures.user("ADMIN");
        TestUser otherAdmin = Fixtures.user("ADMIN");
        TestUser superAdmin = Fixtures.user("SUPER_ADMIN");
        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + otherAdmin.id()).then().statusCode(403);
        given().header("Authorization", admin.bearer()).delete("/api/admin/users/" + admin.id()).then().statusCode(403);
        given().header("Authorization", superAdmin.bearer()).delete("/api/admin/users/" + otherAdmin.id()).then().statusCode(200);
        given().header("Authorization", superAdmin.bearer()).delete("/api/admin/users/" + UUID.randomUUID()).then().statusCode(404);
    }
}
