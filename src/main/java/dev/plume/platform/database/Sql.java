package dev.plume.platform.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way Plume sends its own SQL: named parameters ({@code :name}), rows mapped by column
 * name through {@link Row}. Inside a transaction it runs on the Hibernate session's connection,
 * after flushing pending entity changes, so SQL sees them. Outside one it borrows a connection
 * from the pool for the statement alone: a request that only reads then neither opens a
 * Hibernate session nor holds a connection while its answer is written, which under load left
 * workers parked waiting for connections (bench/README.md, issue 18's profile).
 * <p>
 * Hibernate's native-query handling resolved a result mapping from the driver's metadata on
 * every execution and built a map for every row: about a quarter of a feed request's CPU
 * (bench/README.md). This does neither.
 */
public final class Sql {

    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();
    /** The pool of the running application, looked up once per start rather than per statement. */
    private static volatile Pool pool;

    private final Parsed parsed;
    private final Object[] values;

    private Sql(Parsed parsed) {
        this.parsed = parsed;
        this.values = new Object[parsed.names().size()];
    }

    /** A statement of this text; its parameters are parsed once per distinct text. */
    public static Sql of(String sql) {
        return new Sql(PARSED.computeIfAbsent(sql, Parsed::of));
    }

    /**
     * A row limit written into the text rather than bound: with a bound LIMIT, PostgreSQL's
     * generic plan cannot know a page is small and may sort every row that qualifies.
     */
    public static String limit(int rows) {
        return " limit " + rows;
    }

    public Sql bind(String name, Object value) {
        int index = parsed.names().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("The statement has no parameter :" + name);
        }
        values[index] = value;
        return this;
    }

    public <T> List<T> list(RowMapper<T> mapper) {
        return run(statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                Row row = new Row(rows);
                List<T> results = new ArrayList<>();
                while (rows.next()) {
                    results.add(mapper.map(row));
                }
                return results;
            }
        });
    }

    public <T> Optional<T> first(RowMapper<T> mapper) {
        return run(statement -> {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(new Row(rows))) : Optional.<T>empty();
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE; answers the number of rows it changed. */
    public int update() {
        return run(PreparedStatement::executeUpdate);
    }

    private <T> T run(Work<T> work) {
        if (!QuarkusTransaction.isActive()) {
            try (Connection connection = Pool.current().dataSource().getConnection()) {
                return run(connection, work);
            } catch (SQLException e) {
                // the exception Hibernate would have raised, so that failures map to the same answers either way
                throw Arc.container().instance(SessionFactory.class).get().unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices().getSqlExceptionHelper().convert(e, "Statement failed", parsed.jdbc());
            }
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        if (session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(connection -> run(connection, work));
    }

    private <T> T run(Connection connection, Work<T> work) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(parsed.jdbc())) {
            for (int i = 0; i < values.length; i++) {
                for (int position : parsed.positions().get(i)) {
                    statement.setObject(position, jdbcValue(connection, values[i]));
                }
            }
            return work.run(statement);
        }
    }

    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        return switch (value) {
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Enum<?> constant -> constant.name();
            case Collection<?> items -> connection.createArrayOf(arrayType(items), items.toArray());
            case null, default -> value;
        };
    }

    /** The PostgreSQL element type of a list bound as an array (for unnest and = any). */
    private static String arrayType(Collection<?> items) {
        Object first = items.stream().filter(Objects::nonNull).map(Object.class::cast).findFirst().orElse("");
        return switch (first) {
            case UUID ignored -> "uuid";
            case Integer ignored -> "int4";
            case Long ignored -> "int8";
            case BigDecimal ignored -> "numeric";
            default -> "text";
        };
    }

    /** A test run restarts the application, and with it the container and its beans. */
    private record Pool(ArcContainer container, AgroalDataSource dataSource) {

        static Pool current() {
            ArcContainer container = Arc.container();
            Pool current = pool;
            if (current == null || current.container() != container) {
                current = new Pool(container, container.instance(AgroalDataSource.class).get());
                pool = current;
            }
            return current;
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** The text with {@code ?} for each {@code :name}, and the positions of each name. */
    private record Parsed(String jdbc, List<String> names, List<List<Integer>> positions) {

        static Parsed of(String sql) {
            StringBuilder jdbc = new StringBuilder(sql.length());
            List<String> names = new ArrayList<>();
            List<List<Integer>> positions = new ArrayList<>();
            int position = 0;
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                int end = switch (c) {
                    case '\'', '"' -> sql.indexOf(c, i + 1) + 1;
                    case '-' -> sql.startsWith("--", i) ? lineEnd(sql, i) : i + 1;
                    case ':' -> sql.startsWith("::", i) ? i + 2 : i + 1;
                    default -> i + 1;
                };
                if (end <= 0) {
                    throw new IllegalArgumentException("Unterminated quote in SQL: " + sql);
                }
                if (c == ':' && end == i + 1 && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int nameEnd = i + 1;
                    while (nameEnd < sql.length() && Character.isJavaIdentifierPart(sql.charAt(nameEnd))) {
                        nameEnd++;
                    }
                    String name = sql.substring(i + 1, nameEnd);
                    int index = names.indexOf(name);
                    if (index < 0) {
                        names.add(name);
                        positions.add(new ArrayList<>());
                        index = names.size() - 1;
                    }
                    positions.get(index).add(++position);
                    jdbc.append('?');
                    i = nameEnd;
                } else {
                    jdbc.append(sql, i, end);
                    i = end;
                }
            }
            return new Parsed(jdbc.toString(), List.copyOf(names), positions.stream().map(List::copyOf).toList());
        }

        private static int lineEnd(String sql, int from) {
            int newline = sql.indexOf('\n', from);
            return newline < 0 ? sql.length() : newline + 1;
        }
    }
}
