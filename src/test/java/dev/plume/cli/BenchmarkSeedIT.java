package dev.plume.cli;

import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

@QuarkusMainIntegrationTest
class BenchmarkSeedIT extends BenchmarkSeedTest {
}
