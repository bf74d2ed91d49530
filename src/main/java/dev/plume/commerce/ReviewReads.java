package dev.plume.commerce;

import dev.plume.commerce.ReviewDtos.Reviewer;
import dev.plume.commerce.ReviewDtos.ReviewView;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import dev.plume.platform.page.Cursor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews, newest first; a deleted reviewer's reviews still count in the rating but are not listed. */
@ApplicationScoped
public class ReviewReads {

    private static final String REVIEWS = """
            select r.id, r.product_id, r.rating, r.title, r.comment, r.created_at, u.id as user_id, u.name as user_name
            from reviews r join users u on u.id = r.user_id and u.deleted_at is null""";

    public List<ReviewView> ofProduct(UUID productId, Cursor after, int limit) {
        Sql statement = Sql.of(REVIEWS + " where r.product_id = :product"
                + (after == null ? "" : " and (r.created_at, r.id) < (:after_at, :after_id)")
                + " order by r.created_at desc, r.id desc" + Sql.limit(limit)).bind("product", productId);
        if (after != null) {
            statement.bind("after_at", after.at()).bind("after_id", after.id());
        }
        return statement.list(ReviewReads::review);
    }

    public Optional<ReviewView> byId(UUID id) {
        return Sql.of(REVIEWS + " where r.id = :id").bind("id", id).first(ReviewReads::review);
    }

    private static ReviewView review(Row row) throws SQLException {
        return new ReviewView(row.uuid("id"), row.uuid("product_id"), row.integer("rating"), row.text("title"), row.text("comment"),
                new Reviewer(row.uuid("user_id"), row.text("user_name")), row.instant("created_at"));
    }
}
