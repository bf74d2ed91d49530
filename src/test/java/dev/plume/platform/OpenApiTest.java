package dev.plume.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentListsEveryEndpointAndTheBearerScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths", hasKey("/api/posts"))
                .body("paths", hasKey("/api/posts/{slug}"))
                .body("paths", hasKey("/api/posts/search"))
                .body("paths", hasKey("/api/posts/{id}/comments"))
                .body("paths", hasKey("/api/posts/{id}/like"))
                .body("paths", hasKey("/api/comments/{id}/replies"))
                .body("paths", hasKey("/api/categories/{slug}"))
                .body("paths", hasKey("/api/tags"))
                .body("paths", hasKey("/api/users/{id}"))
                .body("paths", hasKey("/api/stats"))
                .body("paths", hasKey("/api/me/posts"))
                .body("paths", hasKey("/api/auth/login"))
                .body("paths.'/api/posts'.post.security[0]", hasKey("bearer"))
                .body("paths.'/api/posts'.post.responses", hasKey("400"))
                .body("paths.'/api/posts'.post.responses.'401'.content", hasKey("application/problem+json"))
                .body("paths.'/api/posts/{id}'.patch.responses", hasKey("403"))
                .body("paths.'/api/posts/{slug}'.get.responses", hasKey("404"))
                .body("paths.'/api/auth/register'.post.responses", hasKey("409"))
                .body("paths.'/api/auth/register'.post.responses", hasKey("429"))
                .body("paths.'/api/auth/login'.post.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/SignedIn"))
                .body("paths.'/api/auth/login'.post.responses", hasKey("401"))
                .body("paths.'/api/auth/password-reset'.post.responses", hasKey("429"))
                // the per-user write limit, read from @PerUserRateLimit on class and method paths alike
                .body("paths.'/api/posts/{id}'.patch.responses.'429'.description", containsString("by this user"))
                .body("paths.'/api/posts/{id}/views'.post.responses", hasKey("429"))
                .body("paths.'/api/categories/{slug}'.put.responses", hasKey("429"))
                .body("paths.'/api/me/sessions'.delete.responses", not(hasKey("429")))
                .body("paths.'/api/admin/users'.get.responses", hasKey("403"))
                .body("paths.'/api/posts'.get.responses.'503'.description", containsString("Retry-After"))
                .body("components.schemas.CreatePostRequest.properties.title.examples", notNullValue())
                // cached reads return their rendered bytes; the document names the bodies they hold
                .body("paths.'/api/posts/{slug}'.get.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/PostEnvelope"))
                .body("paths.'/api/stats'.get.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/Stats"))
                .body("paths.'/api/categories'.get.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/CategoryList"))
                .body("paths.'/api/tags'.get.responses.'200'.content.'application/json'.schema.'$ref'", endsWith("/TagList"))
                .body("paths.'/api/posts'.get.responses.'200'.content.'application/json'.schema.oneOf.'$ref'",
                        contains(endsWith("/FeedPage"), endsWith("/FeedOffsetPage")))
                .body("components.schemas", not(hasKey("Rendered")));
    }

    /** Client generators type an answer from its schema: every 2xx with a body must name one. */
    @Test
    void everySuccessfulAnswerWithABodyNamesItsJsonSchema() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("paths");
        List<String> unnamed = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> described) || !(described.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((code, response) -> {
                String answer = method.toUpperCase() + " " + path + " " + code;
                boolean needsBody = code.toString().startsWith("2") && !code.equals("204");
                Object content = ((Map<?, ?>) response).get("content");
                if (needsBody && !(content instanceof Map<?, ?> types && types.get("application/json") instanceof Map<?, ?> json
                        && json.get("schema") != null)) {
                    unnamed.add(answer);
                }
            });
        }));
        assertEquals(List.of(), unnamed);
    }

    /** What may be null is declared so, in the 3.1 form ({@code type: [..., "null"]}, or anyOf with null for a reference). */
    @Test
    void fieldsThatCanBeNullAreDeclaredNullable() {
        Map<String, Object> schemas = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().path("components.schemas");
        for (String field : List.of("FeedItem.excerpt", "FeedItem.image", "FeedItem.category", "AuthorSummary.image",
                "AuthorSummary.name", "PostDetail.category", "SearchHit.snippet", "CursorPagination.nextCursor",
                "AdminUserView.deletedAt", "ProfileView.avatar", "ThreadComment.content", "ThreadComment.author",
                "CommentView.parentId", "Me.emailVerified", "AdapterUser.emailVerified")) {
            String[] parts = field.split("\\.");
            Map<?, ?> property = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schemas.get(parts[0])).get("properties")).get(parts[1]);
            boolean nullable = String.valueOf(property.get("type")).contains("null")
                    || String.valueOf(property.get("anyOf")).contains("null") || String.valueOf(property.get("oneOf")).contains("null");
            assertTrue(nullable, field + " is not declared nullable: " + property);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
