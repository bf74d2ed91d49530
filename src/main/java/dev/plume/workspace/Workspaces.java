package dev.plume.workspace;

import dev.plume.platform.database.Sql;
import dev.plume.platform.error.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way into a workspace: every operation on an organization's data runs in a transaction
 * that entered it here, for a member whose role allows the operation. Entering names the
 * organization to PostgreSQL for that transaction alone (V9's workspace_enter, as SET LOCAL), so
 * Row-Level Security shows it nothing else. A caller who is not a member gets 404, as for an
 * organization that does not exist; a member whose role is too low gets 403.
 */
@ApplicationScoped
public class Workspaces {

    private static final String ENTER = "select org_id, role, plan from workspace_enter(:slug, :user)";
    private static final String AS_USER = "select set_config('plume.org_id', '', true) as org, set_config('plume.user_id', :user, true) as member";

    /** The organization a transaction entered, and the caller's standing in it. */
    public record Entered(UUID orgId, UUID userId, OrgRole role, Plan plan) {
    }

    /** Runs {@code work} in a transaction inside the organization, if the user is a member with at least {@code needed}. */
    public <T> T in(String slug, UUID userId, OrgRole needed, Function<Entered, T> work) {
        return QuarkusTransaction.requiringNew().call(() -> work.apply(enter(slug, userId, needed)));
    }

    /** Runs {@code work} in a transaction that sees the organizations the user belongs to, and their rows. */
    public <T> T asMember(UUID userId, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Sql.of(AS_USER).bind("user", userId.toString()).first(row -> row.text("member"));
            return work.get();
        });
    }

    /** Enters the organization in the current transaction. */
    Entered enter(String slug, UUID userId, OrgRole needed) {
        Entered entered = Sql.of(ENTER).bind("slug", slug).bind("user", userId)
                .first(row -> new Entered(row.uuid("org_id"), userId, row.enumValue("role", OrgRole.class), row.enumValue("plan", Plan.class)))
                .orElseThrow(() -> Problems.notFound("Organization not found"));
        if (!entered.role().atLeast(needed)) {
            throw Problems.forbidden("This needs the " + needed + " role in the organization");
        }
        return entered;
    }
}
