package dev.plume.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded database for every test of the run. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class TestDatabase {

    private TestDatabase() {
    }
}
