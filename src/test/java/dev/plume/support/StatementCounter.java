package dev.plume.support;

import java.util.List;

/**
 * Counts the SQL statements the server sends, with pg_stat_statements: reset, act, read the
 * sum of calls. Not counted: utility statements (BEGIN, COMMIT, SET) and the JDBC driver's
 * type look-ups in pg_catalog, which it makes once per pooled connection, not per request.
 */
public final class StatementCounter {

    private static final String SENT = """
            from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and query not ilike '%pg_stat_statements%'
              and query not ilike '%pg_catalog.pg_type%'""";

    private StatementCounter() {
    }

    public static long during(Runnable action) {
        return sent(action).count();
    }

    /** The statements sent while {@code action} ran: their number, and what they were (for failure messages). */
    public static Sent sent(Runnable action) {
        Fixtures.column("select pg_stat_statements_reset()");
        action.run();
        List<Object> queries = Fixtures.column("select calls || ' x ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 120) " + SENT);
        return new Sent(Fixtures.count("select coalesce(sum(calls), 0) " + SENT), queries);
    }

    public record Sent(long count, List<Object> queries) {
        @Override
        public String toString() {
            return count + " statements: " + String.join("\n", queries.stream().map(String::valueOf).toList());
        }
    }
}
