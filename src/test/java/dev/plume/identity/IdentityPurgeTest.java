package dev.plume.identity;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scheduled purge removes expired sessions and spent tokens, and nothing still usable. */
@QuarkusTest
class IdentityPurgeTest {

    @Inject
    IdentityPurge purge;

    @Test
    void expiredSessionsAndSpentTokensGoLiveOnesStay() {
        TestUser user = Fixtures.user();
        String live = Fixtures.unique("live");
        String expired = Fixtures.unique("expired");
        Fixtures.execute("insert into sessions (session_token, user_id, expires) values (?, ?, now() - interval '1 minute')", expired, user.id());
        Fixtures.execute("insert into verification_tokens (identifier, token, expires) values (?, ?, now() - interval '1 minute')", expired, expired);
        Fixtures.execute("insert into verification_tokens (identifier, token, expires) values (?, ?, now() + interval '1 hour')", live, live);
        Fixtures.execute("insert into password_reset_tokens (user_id, token_hash, expires, used_at) values (?, ?, now() + interval '1 hour', now())", user.id(), expired);
        Fixtures.execute("insert into password_reset_tokens (user_id, token_hash, expires) values (?, ?, now() + interval '1 hour')", user.id(), live);

        purge.purge();

        assertEquals(0, Fixtures.count("select count(*) from sessions where session_token = ?", expired));
        assertEquals(1, Fixtures.count("select count(*) from sessions where user_id = ?", user.id()), "the live session stays");
        assertEquals(0, Fixtures.count("select count(*) from verification_tokens where token = ?", expired));
        assertEquals(1, Fixtures.count("select count(*) from verification_tokens where token = ?", live));
        assertEquals(0, Fixtures.count("select count(*) from password_reset_tokens where token_hash = ?", expired));
        assertEquals(1, Fixtures.count("select count(*) from password_reset_tokens where token_hash = ?", live));
    }
}
