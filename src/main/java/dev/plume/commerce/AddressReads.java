package dev.plume.commerce;

import dev.plume.commerce.AddressDtos.AddressView;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AddressReads {

    private static final String ADDRESSES = """
            select id, name, line1, line2, city, postal_code, region, country, phone, is_default, created_at
            from addresses where user_id = :user""";

    /** The user's addresses, the default first, then oldest first. */
    public List<AddressView> of(UUID userId) {
        return Sql.of(ADDRESSES + " order by is_default desc, created_at, id").bind("user", userId).list(AddressReads::address);
    }

    public Optional<AddressView> one(UUID userId, UUID id) {
        return Sql.of(ADDRESSES + " and id = :id").bind("user", userId).bind("id", id).first(AddressReads::address);
    }

    static AddressView address(Row row) throws SQLException {
        return new AddressView(row.uuid("id"), row.text("name"), row.text("line1"), row.text("line2"), row.text("city"),
                row.text("postal_code"), row.text("region"), row.text("country"), row.text("phone"), row.bool("is_default"),
                row.instant("created_at"));
    }
}
