package dev.plume.identity;

import dev.plume.identity.AdminDtos.AdminUserView;
import dev.plume.identity.AuthDtos.CurrentSession;
import dev.plume.identity.AuthDtos.UserView;
import dev.plume.identity.MeDtos.LinkedAccountView;
import dev.plume.identity.MeDtos.Me;
import dev.plume.identity.MeDtos.ProfileView;
import dev.plume.identity.MeDtos.SessionView;
import dev.plume.platform.database.Row;
import dev.plume.platform.database.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The reads of the identity endpoints, one statement each. */
@ApplicationScoped
public class UserReads {

    private static final String USER = """
            select u.id, u.email, u.email_verified, u.name, u.image, u.role::text as role, u.created_at, u.deleted_at,
                   u.password_hash is not null as has_password
            from users u""";

    private static final String CURRENT_SESSION = """
            select u.id, u.email, u.name, u.image, u.role::text as role, u.created_at, s.expires
            from sessions s join users u on u.id = s.user_id
            where s.session_token = :hash and s.expires > now() and u.deleted_at is null""";

    private static final String PROFILE = """
            select p.bio, p.avatar, p.updated_at from users u left join profiles p on p.user_id = u.id where u.id = :id""";

    private static final String ACCOUNTS = """
            select id, type, provider, provider_account_id from accounts where user_id = :user order by provider, provider_account_id""";

    private static final String SESSIONS = """
            select id, created_at, expires, user_agent from sessions
            where user_id = :user and expires > now() order by created_at desc, id desc""";

    /** Newest first; {@code total} counts every match, so a page and its count are one statement. */
    private static final String ADMIN_PAGE = USER + """
             where (cast(:text as text) is null or lower(u.email) like :text escape '\\' or lower(u.name) like :text escape '\\')
              and (cast(:role as text) is null or u.role = cast(:role as user_role))
              and (cast(:deleted as boolean) is null or (u.deleted_at is not null) = cast(:deleted as boolean))
            """;

    public Optional<Me> me(UUID id) {
        return Sql.of(USER + " where u.id = :id and u.deleted_at is null").bind("id", id).first(row -> new Me(row.uuid("id"),
                row.text("email"), row.instant("email_verified"), row.text("name"), row.text("image"),
                row.enumValue("role", Role.class), row.bool("has_password"), row.instant("created_at")));
    }

    public Optional<UserView> user(UUID id) {
        return Sql.of(USER + " where u.id = :id and u.deleted_at is null").bind("id", id).first(UserReads::userView);
    }

    public Optional<CurrentSession> currentSession(String tokenHash) {
        return Sql.of(CURRENT_SESSION).bind("hash", tokenHash)
                .first(row -> new CurrentSession(userView(row), row.instant("expires")));
    }

    /** The user's profile; empty fields when they have written none. */
    public ProfileView profile(UUID userId) {
        return Sql.of(PROFILE).bind("id", userId)
                .first(row -> new ProfileView(row.text("bio"), row.text("avatar"), row.instant("updated_at")))
                .orElse(new ProfileView(null, null, null));
    }

    public List<LinkedAccountView> linkedAccounts(UUID userId) {
        return Sql.of(ACCOUNTS).bind("user", userId).list(row -> new LinkedAccountView(row.uuid("id"), row.text("type"),
                row.text("provider"), row.text("provider_account_id")));
    }

    public List<SessionView> liveSessions(UUID userId, UUID current) {
        return Sql.of(SESSIONS).bind("user", userId).list(row -> new SessionView(row.uuid("id"), row.instant("created_at"),
                row.instant("expires"), row.text("user_agent"), row.uuid("id").equals(current)));
    }

    public Optional<AdminUserView> adminUser(UUID id) {
        return Sql.of(USER + " where u.id = :id").bind("id", id).first(UserReads::adminView);
    }

    public record AdminMatches(List<AdminUserView> users, long total) {
    }

    /**
     * Users matching a search in email or name, a role (null: any) and a deletion state (null:
     * both), newest first, with the number of all matches.
     */
    public AdminMatches adminPage(String text, Role role, Boolean deleted, long offset, int limit) {
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
        List<Counted> rows = Sql.of("select m.*, count(*) over () as total from (" + ADMIN_PAGE + ") m"
                        + " order by m.created_at desc, m.id desc" + Sql.limit(limit) + " offset :offset")
                .bind("text", pattern).bind("role", role).bind("deleted", deleted).bind("offset", offset)
                .list(row -> new Counted(adminView(row), row.count("total")));
        long total = rows.isEmpty() ? countOnly(pattern, role, deleted) : rows.getFirst().total();
        return new AdminMatches(rows.stream().map(Counted::user).toList(), total);
    }

    /** A page past the last match has no row to carry the count. */
    private long countOnly(String pattern, Role role, Boolean deleted) {
        return Sql.of("select count(*) as total from (" + ADMIN_PAGE + ") m")
                .bind("text", pattern).bind("role", role).bind("deleted", deleted).first(row -> row.count("total")).orElse(0L);
    }

    private record Counted(AdminUserView user, long total) {
    }

    private static UserView userView(Row row) throws SQLException {
        return new UserView(row.uuid("id"), row.text("email"), row.text("name"), row.text("image"),
                row.enumValue("role", Role.class), row.instant("created_at"));
    }

    private static AdminUserView adminView(Row row) throws SQLException {
        return new AdminUserView(row.uuid("id"), row.text("email"), row.text("name"), row.enumValue("role", Role.class),
                row.instant("email_verified"), row.instant("created_at"), row.instant("deleted_at"));
    }
}
