package dev.plume.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** Every error is RFC 9457 problem+json, with no trace of the server's insides. */
@QuarkusTest
class ErrorsTest {

    @Test
    void unknownRoutesAre404Problems() {
        for (String path : new String[]{"/api/nothing-here", "/nothing", "/q/nothing"}) {
            given().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not Found"))
                    .body("detail", notNullValue());
        }
    }

    @Test
    void aMissingPostIs404InTheContractShape() {
        given().get("/api/posts/no-such-post").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Post not found"))
                .body("instance", equalTo("/api/posts/no-such-post"))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodsAre405Problems() {
        given().delete("/api/stats").then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void malformedJsonIs400WithoutAStackTrace() {
        given().contentType(ContentType.JSON).body("{\"email\": ").post("/api/auth/register").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"))
                .body(not(containsString("at com.")))
                .body(not(containsString("Exception")));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/auth/login").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aMissingBodyIs400() {
        given().contentType(ContentType.JSON).post("/api/auth/login").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eachBadFieldIsNamedWithWhereItCameFrom() {
        given().contentType(ContentType.JSON).body("{\"email\": \"nope\", \"password\": \"x\", \"name\": \"\"}")
                .post("/api/auth/register").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Bad Request"))
                .body("instance", equalTo("/api/auth/register"))
                .body("violations.find { it.field == 'email' }.in", equalTo("body"))
                .body("violations.find { it.field == 'email' }.message", notNullValue())
                .body("violations.find { it.field == 'password' }.in", equalTo("body"));
        given().get("/api/posts?limit=many").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("query"));
    }
}
