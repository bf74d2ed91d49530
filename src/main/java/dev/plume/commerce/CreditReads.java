package dev.plume.commerce;

import dev.plume.commerce.CreditDtos.Counterparty;
import dev.plume.commerce.CreditDtos.Movement;
import dev.plume.commerce.CreditDtos.Transfer;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's balance and the movements behind it, read from the ledger. */
@ApplicationScoped
public class CreditReads {

    private static final String BALANCE = """
            select coalesce((select balance from credit_accounts where user_id = :user), 0.00) as balance""";

    /** Each of the user's entries, with the other side of its transfer. */
    private static final String MOVEMENTS = """
            select e.id, e.amount, e.created_at, t.id as transfer_id, t.kind::text as kind, t.reason,
                   other.user_id as other_user, u.name as other_name
            from credit_accounts a
            join credit_entries e on e.account_id = a.id
            join credit_transfers t on t.id = e.transfer_id
            join credit_entries o on o.transfer_id = t.id and o.id <> e.id
            join credit_accounts other on other.id = o.account_id
            left join users u on u.id = other.user_id
            where a.user_id = :user""";

    private static final String TRANSFER = """
            select t.id, t.kind::text as kind, t.amount, f.user_id as from_user, d.user_id as to_user, t.reason, t.created_at
            from credit_transfers t join credit_accounts f on f.id = t.from_account join credit_accounts d on d.id = t.to_account
            where t.id = :id""";

    public BigDecimal balance(UUID userId) {
        return Sql.of(BALANCE).bind("user", userId).first(row -> row.decimal("balance")).orElseThrow();
    }

    public record Keyed(Movement movement, Cursor position) {
    }

    public List<Keyed> movements(UUID userId, Cursor after, int limit) {
        Sql statement = Sql.of(MOVEMENTS + (after == null ? "" : " and (e.created_at, e.id) < (:after_at, :after_id)")
                + " order by e.created_at desc, e.id desc" + Sql.limit(limit)).bind("user", userId);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(row -> {
            UUID other = row.uuid("other_user");
            return new Keyed(new Movement(row.uuid("transfer_id"), row.enumValue("kind", CreditKind.class), row.decimal("amount"),
                    other == null ? null : new Counterparty(other, row.text("other_name")), row.text("reason"), row.instant("created_at")),
                    new Cursor(row.instant("created_at"), row.uuid("id")));
        });
    }

    public Optional<Transfer> transfer(UUID id) {
        return Sql.of(TRANSFER).bind("id", id).first(row -> new Transfer(row.uuid("id"), row.enumValue("kind", CreditKind.class),
                row.decimal("amount"), row.uuid("from_user"), row.uuid("to_user"), row.text("reason"), row.instant("created_at")));
    }
}
