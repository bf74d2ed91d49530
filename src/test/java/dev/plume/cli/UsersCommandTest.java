package dev.plume.cli;

import dev.plume.identity.Passwords;
import dev.plume.support.Fixtures;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's user commands: a first ADMIN without SQL, and roles by email. */
@QuarkusMainTest
@TestProfile(TheTestsDatabase.class)
class UsersCommandTest {

    private static final Pattern SHOWN_PASSWORD = Pattern.compile("Password \\(shown once\\): (\\S+)");

    @Test
    void createsAnAdminWithAGeneratedPasswordShownOnce(QuarkusMainLauncher launcher) {
        String email = Fixtures.unique("first-admin") + "@example.com";
        LaunchResult created = launcher.launch("users", "create", "--email", email, "--name", "Ada Admin", "--role", "ADMIN");
        assertEquals(0, created.exitCode(), created.getOutput() + created.getErrorOutput());
        Matcher shown = SHOWN_PASSWORD.matcher(created.getOutput());
        assertTrue(shown.find(), created.getOutput());

        assertEquals("ADMIN", Fixtures.column("select role::text from users where email = ?", email).getFirst());
        assertEquals("Ada Admin", Fixtures.column("select name from users where email = ?", email).getFirst());
        assertEquals(1, Fixtures.count("select count(*) from users where email = ? and email_verified is not null", email));
        String hash = (String) Fixtures.column("select password_hash from users where email = ?", email).getFirst();
        assertTrue(Passwords.matches(shown.group(1), hash), "the printed password signs in");
    }

    @Test
    void anEmailAlreadyRegisteredIsRefusedAndChangesNothing(QuarkusMainLauncher launcher) {
        Fixtures.TestUser existing = Fixtures.user();
        LaunchResult again = launcher.launch("users", "create", "--email", existing.email().toUpperCase(), "--name", "Other", "--role", "ADMIN");
        assertEquals(4, again.exitCode(), again.getOutput() + again.getErrorOutput());
        assertTrue(again.getErrorOutput().contains("--email is already registered"), again.getErrorOutput());
        assertEquals("USER", Fixtures.column("select role::text from users where id = ?", existing.id()).getFirst());
    }

    @Test
    void invalidInputNamesTheOptionAndCreatesNobody(QuarkusMainLauncher launcher) {
        LaunchResult invalid = launcher.launch("users", "create", "--email", "not-an-email", "--name", " ");
        assertEquals(2, invalid.exitCode(), invalid.getOutput() + invalid.getErrorOutput());
        assertTrue(invalid.getErrorOutput().contains("--email must be a well-formed email address"), invalid.getErrorOutput());
        assertTrue(invalid.getErrorOutput().contains("--name must not be blank"), invalid.getErrorOutput());
        assertEquals(0, Fixtures.count("select count(*) from users where email = 'not-an-email'"));

        LaunchResult unknownRole = launcher.launch("users", "create", "--email", "x@example.com", "--name", "X", "--role", "KING");
        assertEquals(2, unknownRole.exitCode());
        assertTrue(unknownRole.getErrorOutput().contains("KING"), unknownRole.getErrorOutput());
    }

    @Test
    void setsTheRoleOfTheUserWithThisEmail(QuarkusMainLauncher launcher) {
        Fixtures.TestUser user = Fixtures.user();
        LaunchResult promoted = launcher.launch("users", "role", user.email(), "MODERATOR");
        assertEquals(0, promoted.exitCode(), promoted.getOutput() + promoted.getErrorOutput());
        assertTrue(promoted.getOutput().contains("is now MODERATOR"), promoted.getOutput());
        assertEquals("MODERATOR", Fixtures.column("select role::text from users where id = ?", user.id()).getFirst());

        LaunchResult nobody = launcher.launch("users", "role", "nobody-" + user.email(), "ADMIN");
        assertEquals(4, nobody.exitCode());
        assertTrue(nobody.getErrorOutput().contains("No active user has the email nobody-"), nobody.getErrorOutput());
    }

    @Test
    void withoutASubcommandItShowsItsUsage(QuarkusMainLauncher launcher) {
        LaunchResult bare = launcher.launch("users");
        assertEquals(2, bare.exitCode());
        assertTrue(bare.getErrorOutput().contains("create") && bare.getErrorOutput().contains("role"), bare.getErrorOutput());
    }
}
