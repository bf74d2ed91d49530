package dev.plume.content;

import dev.plume.support.WithoutCache;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
@TestProfile(WithoutCache.class)
class StatementCountIT extends StatementCountTest {
}
