package dev.plume.commerce;

import dev.plume.commerce.AddressDtos.ChangeAddressRequest;
import dev.plume.commerce.AddressDtos.NewAddressRequest;
import dev.plume.platform.database.Sql;
import dev.plume.platform.database.Transactions;
import dev.plume.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * A user's addresses, exactly one of them the default while there are any (a unique index of
 * migration V7 holds at most one).
 */
@ApplicationScoped
public class AddressWrites {

    private static final String UNSET_DEFAULT = """
            update addresses set is_default = false where user_id = :user and is_default and id is distinct from :id""";
    /** After the default is deleted, the oldest remaining address takes its place. */
    private static final String NEW_DEFAULT = """
            update addresses set is_default = true
            where id = (select id from addresses where user_id = :user order by created_at, id limit 1)
              and not exists (select 1 from addresses where user_id = :user and is_default)""";
    /** A user's address writes take turns on the user's addresses; only the very first two can still race, and one retries. */
    private static final String TAKE_TURN = "select id from addresses where user_id = :user order by id for update";
    private static final int ATTEMPTS = 3;

    public UUID add(UUID userId, NewAddressRequest request) {
        return Transactions.withRetry(ATTEMPTS, e -> Transactions.violates(e, "addresses_one_default_key"), () -> {
            takeTurn(userId);
            Address address = new Address();
            address.userId = userId;
            address.name = request.name().strip();
            address.line1 = request.line1().strip();
            address.line2 = request.line2();
            address.city = request.city().strip();
            address.postalCode = request.postalCode().strip();
            address.region = request.region();
            address.country = request.country();
            address.phone = request.phone();
            address.isDefault = Boolean.TRUE.equals(request.isDefault()) || Address.count("userId", userId) == 0;
            if (address.isDefault) {
                makeDefault(userId, null);
            }
            address.persistAndFlush();
            return address.id;
        });
    }

    public void change(UUID userId, UUID id, ChangeAddressRequest request) {
        Transactions.withRetry(ATTEMPTS, e -> Transactions.violates(e, "addresses_one_default_key"), () -> {
            takeTurn(userId);
            Address address = Address.of(userId, id).orElseThrow(() -> Problems.notFound("Address not found"));
            if (Boolean.FALSE.equals(request.isDefault()) && address.isDefault) {
                throw Problems.invalid("body", "isDefault", "cannot be unset: make another address the default instead");
            }
            if (request.name() != null) {
                address.name = request.name().strip();
            }
            if (request.line1() != null) {
                address.line1 = request.line1().strip();
            }
            if (request.line2() != null) {
                address.line2 = request.line2().isBlank() ? null : request.line2();
            }
            if (request.city() != null) {
                address.city = request.city().strip();
            }
            if (request.postalCode() != null) {
                address.postalCode = request.postalCode().strip();
            }
            if (request.region() != null) {
                address.region = request.region().isBlank() ? null : request.region();
            }
            if (request.country() != null) {
                address.country = request.country();
            }
            if (request.phone() != null) {
                address.phone = request.phone().isBlank() ? null : request.phone();
            }
            if (Boolean.TRUE.equals(request.isDefault()) && !address.isDefault) {
                makeDefault(userId, id);
                address.isDefault = true;
            }
            address.flush();
            return id;
        });
    }

    public void remove(UUID userId, UUID id) {
        Transactions.withRetry(ATTEMPTS, e -> Transactions.violates(e, "addresses_one_default_key"), () -> {
            takeTurn(userId);
            Address address = Address.of(userId, id).orElseThrow(() -> Problems.notFound("Address not found"));
            address.delete();
            address.flush();
            Sql.of(NEW_DEFAULT).bind("user", userId).update();
            return id;
        });
    }

    private static void takeTurn(UUID userId) {
        Sql.of(TAKE_TURN).bind("user", userId).list(row -> row.uuid("id"));
    }

    /** Takes the default from every other address of the user's ({@code id}: the one to keep, or null). */
    private static void makeDefault(UUID userId, UUID id) {
        Sql.of(UNSET_DEFAULT).bind("user", userId).bind("id", id).update();
    }
}
