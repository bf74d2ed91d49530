package dev.plume.cli;

import dev.plume.support.Fixtures;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusMainTest
@TestProfile(TheTestsDatabase.class)
class CommandLineTest {

    @Test
    void seedFillsAnEmptyDatabaseOnceAndThenChangesNothing(QuarkusMainLauncher launcher) {
        LaunchResult first = launcher.launch("seed");
        assertEquals(0, first.exitCode(), first.getOutput() + first.getErrorOutput());
        assertTrue(first.getOutput().contains("eeded"), first.getOutput());
        long posts = Fixtures.count("select count(*) from posts");
        assertEquals(1, Fixtures.count("select count(*) from users where email = 'admin@example.com' and role = 'ADMIN'"));
        String members = "select count(*) from org_members m join organizations o on o.id = m.org_id where o.slug = ?";
        String tasks = "select count(*) from tasks t join organizations o on o.id = t.org_id where o.slug = ?";
        assertEquals(4, Fixtures.count(members, "acme-robotics"));
        assertEquals(12, Fixtures.count(tasks, "acme-robotics"));
        assertEquals(3, Fixtures.count(members, "globex"));
        assertEquals(6, Fixtures.count(tasks, "globex"));

        LaunchResult second = launcher.launch("seed");
        assertEquals(0, second.exitCode());
        assertTrue(second.getOutput().contains("Already seeded"), second.getOutput());
        assertEquals(posts, Fixtures.count("select count(*) from posts"));
    }

    @Test
    void statusAndMigrateReportAnUpToDateSchema(QuarkusMainLauncher launcher) {
        LaunchResult status = launcher.launch("status");
        assertEquals(0, status.exitCode(), status.getOutput() + status.getErrorOutput());
        assertTrue(status.getOutput().contains("Database reachable"), status.getOutput());
        assertTrue(status.getOutput().contains("post counters"), status.getOutput());
        assertTrue(status.getOutput().contains(" 0 pending"), status.getOutput());
        LaunchResult migrate = launcher.launch("migrate");
        assertEquals(0, migrate.exitCode(), migrate.getOutput() + migrate.getErrorOutput());
        assertTrue(migrate.getOutput().contains("Applied 0 migration(s)"), migrate.getOutput());
    }

    @Test
    void anUnknownCommandIsAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("no-such-command");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Unmatched argument"), result.getErrorOutput());
    }
}
