package dev.plume.identity;

import dev.plume.support.Fixtures;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Email verification and password reset through the mock mailbox (in-process only: the
 * packaged application's mailbox is not reachable from the test).
 */
@QuarkusTest
class AccountRecoveryTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    MockMailbox mailbox;

    private String register() {
        String email = Fixtures.unique("recovery") + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "first secret!", "name", "Rae"))
                .post("/api/auth/register").then().statusCode(201);
        return email;
    }

    private Mail awaitMail(String to, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo(to).stream().anyMatch(m -> m.getSubject().equals(subject)));
        List<Mail> mails = mailbox.getMailsSentTo(to).stream().filter(m -> m.getSubject().equals(subject)).toList();
        return mails.getLast();
    }

    private static String tokenIn(Mail mail) {
        Matcher matcher = TOKEN.matcher(mail.getText());
        assertTrue(matcher.find(), "the mail carries a link with a token: " + mail.getText());
        return matcher.group(1);
    }

    @Test
    void registeringMailsAVerificationLinkThatWorksOnce() {
        String email = register();
        Mail mail = awaitMail(email, "Confirm your email address");
        assertTrue(mail.getText().contains("http://localhost:3000/verify-email?token="), mail.getText());
        String token = tokenIn(mail);

        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/auth/email-verification/confirm").then().statusCode(200)
                .body("user.email", equalTo(email))
                .body("user.emailVerified", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/auth/email-verification/confirm").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("token"));
        assertEquals(1, Fixtures.count("select count(*) from users where email = ? and email_verified is not null", email));
    }

    @Test
    void tokensAreStoredOnlyAsDigests() {
        String email = register();
        String token = tokenIn(awaitMail(email, "Confirm your email address"));
        assertEquals(0, Fixtures.count("select count(*) from verification_tokens where token = ?", token));
        assertEquals(1, Fixtures.count("select count(*) from verification_tokens where token = ?", SessionTokens.hash(token)));
    }

    @Test
    void requestsAnswerTheSameWhetherOrNotTheAddressHasAnAccount() {
        String known = register();
        String unknown = Fixtures.unique("nobody") + "@example.com";
        for (String path : List.of("/api/auth/password-reset", "/api/auth/email-verification")) {
            String knownAnswer = given().contentType(ContentType.JSON).body(Map.of("email", known)).post(path)
                    .then().statusCode(202).extract().asString();
            String unknownAnswer = given().contentType(ContentType.JSON).body(Map.of("email", unknown)).post(path)
                    .then().statusCode(202).extract().asString();
            assertEquals(knownAnswer, unknownAnswer);
        }
        awaitMail(known, "Reset your password");
        assertEquals(0, mailbox.getMailsSentTo(unknown).size());
    }

    @Test
    void aResetSetsTheNewPasswordEndsEverySessionAndWorksOnce() {
        String email = register();
        String session = SessionLifecycleTest.signIn(email, "first secret!", "Browser");
        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/password-reset").then().statusCode(202);
        Mail mail = awaitMail(email, "Reset your password");
        assertTrue(mail.getText().contains("http://localhost:3000/reset-password?token="), mail.getText());
        String token = tokenIn(mail);

        given().contentType(ContentType.JSON).body(Map.of("token", token, "password", "second secret!"))
                .post("/api/auth/password-reset/confirm").then().statusCode(204);

        given().header("Authorization", "Bearer " + session).get("/api/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "first secret!"))
                .post("/api/auth/login").then().statusCode(401);
        SessionLifecycleTest.signIn(email, "second secret!", "Browser");
        given().contentType(ContentType.JSON).body(Map.of("token", token, "password", "third secret!"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400)
                .body("violations.field", hasItem("token"));
    }

    @Test
    void anExpiredResetTokenIsRefused() {
        String email = register();
        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/auth/password-reset").then().statusCode(202);
        String token = tokenIn(awaitMail(email, "Reset your password"));
        Fixtures.execute("update password_reset_tokens set expires = now() - interval '1 second' where token_hash = ?", SessionTokens.hash(token));

        given().contentType(ContentType.JSON).body(Map.of("token", token, "password", "second secret!"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400);
    }

    @Test
    void aResetNeedsAGoodPassword() {
        given().contentType(ContentType.JSON).body(Map.of("token", "whatever", "password", "short"))
                .post("/api/auth/password-reset/confirm").then().statusCode(400)
                .body("violations.field", hasItem("password"));
    }
}
