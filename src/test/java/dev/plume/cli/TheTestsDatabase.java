package dev.plume.cli;

import dev.plume.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The tests' database, named outright. Quarkus keeps a command-line test profile's settings for
 * the command-line test classes after it (UnreachableDatabaseTest's database that does not
 * answer, say), so each of those classes names the database it means.
 */
public class TheTestsDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabase.applicationSettings();
    }
}
