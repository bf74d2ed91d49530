package dev.plume.commerce;

import dev.plume.support.Fixtures;
import dev.plume.support.Fixtures.TestUser;
import dev.plume.support.Shop;
import dev.plume.support.Together;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import dev.plume.support.WithoutWriteLimits;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 64 clients transfer random amounts among 20 users for ten seconds, many of them more than the
 * sender has. Throughout and at the end: the sum of all balances never changes, no balance goes
 * negative, every transfer is two entries that sum to zero, every balance equals its ledger.
 */
@QuarkusTest
@TestProfile(WithoutWriteLimits.class)
class ConcurrentCreditsTest {

    private static final int USERS = 20;
    private static final long SECONDS = 10;

    @Test
    void randomConcurrentTransfersLoseAndCreateNothing() throws Exception {
        TestUser admin = Fixtures.user("ADMIN");
        List<TestUser> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            TestUser user = Fixtures.user();
            Shop.grant(admin, user, "50.00");
            users.add(user);
        }
        List<UUID> ids = users.stream().map(TestUser::id).toList();
        BigDecimal total = sumOfBalances(ids);
        assertEquals(new BigDecimal("1000.00"), total);
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;

        List<int[]> outcomes = Together.run(64, client -> () -> {
            int[] counted = new int[3];
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline) {
                TestUser from = users.get(random.nextInt(USERS));
                TestUser to = users.get(random.nextInt(USERS));
                if (from.equals(to)) {
                    continue;
                }
                String amount = BigDecimal.valueOf(random.nextInt(1, 4000), 2).toPlainString();
                int status = given().header("Authorization", from.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("toUserId", to.id().toString(), "amount", amount)).post("/api/credits/transfers").statusCode();
                counted[status == 201 ? 0 : status == 409 ? 1 : 2]++;
                if (client == 0 && counted[0] % 20 == 0) {
                    assertEquals(total, sumOfBalances(ids), "the sum of the balances moved under load");
                }
            }
            return counted;
        });
        int done = outcomes.stream().mapToInt(o -> o[0]).sum();
        int refused = outcomes.stream().mapToInt(o -> o[1]).sum();
        System.out.printf("ConcurrentCreditsTest: %d transfers done, %d refused for want of credits, in %d s%n", done, refused, SECONDS);
        assertEquals(0, outcomes.stream().mapToInt(o -> o[2]).sum(), "every transfer answered 201 or 409");
        assertTrue(done > 100 && refused > 0, done + " done, " + refused + " refused");

        assertEquals(total, sumOfBalances(ids));
        assertEquals(0, Fixtures.count("select count(*) from credit_accounts where user_id is not null and balance < 0"));
        assertEquals(0, Fixtures.count("""
                select count(*) from (select transfer_id from credit_entries group by transfer_id
                                      having sum(amount) <> 0 or count(*) <> 2) unbalanced"""));
        assertEquals(0, Fixtures.count("""
                select count(*) from credit_accounts a
                where a.balance <> coalesce((select sum(e.amount) from credit_entries e where e.account_id = a.id), 0)"""));
        assertEquals(done + USERS, Fixtures.count("""
                select count(*) from credit_transfers t join credit_accounts a on a.id = t.to_account where a.user_id = any(?)""",
                (Object) ids.toArray(new UUID[0])));
    }

    private static BigDecimal sumOfBalances(List<UUID> users) {
        return (BigDecimal) Fixtures.column("select coalesce(sum(balance), 0) from credit_accounts where user_id = any(?)",
                (Object) users.toArray(new UUID[0])).getFirst();
    }
}
