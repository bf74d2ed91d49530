package dev.plume.platform;

import dev.plume.platform.database.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {

    @Test
    void prismaStyleUrlBecomesJdbcUrlUserAndPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s%40cret@db.example.com:6543/blog?sslmode=require&pgbouncer=true&connection_limit=1");
        assertEquals("jdbc:postgresql://db.example.com:6543/blog?sslmode=require&prepareThreshold=0", url.jdbcUrl());
        assertEquals(Optional.of("app"), url.username());
        assertEquals(Optional.of("s@cret"), url.password());
        assertTrue(url.pooled());
    }

    @Test
    void postgresSchemeAndMissingPortAreAccepted() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://bench:bench@127.0.0.1/bench");
        assertEquals("jdbc:postgresql://127.0.0.1/bench", url.jdbcUrl());
        assertFalse(url.pooled());
    }

    @Test
    void jdbcUrlPassesThrough() {
        assertEquals("jdbc:postgresql://h:5432/d", DatabaseUrl.parse("jdbc:postgresql://h:5432/d").jdbcUrl());
    }

    @Test
    void otherSchemesAreRejectedWithoutShowingThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("mysql://root:topsecret@h/d"));
        assertFalse(e.getMessage().contains("topsecret"));
    }
}
