package dev.plume.support;

/**
 * Counts the SQL statements the server sends, with pg_stat_statements: reset, act, read the
 * sum of calls. Not counted: utility statements (BEGIN, COMMIT, SET) and the JDBC driver's
 * type look-ups in pg_catalog, which it makes once per pooled connection, not per request.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static long during(Runnable action) {
        Fixtures.column("select pg_stat_statements_reset()");
        action.run();
        return Fixtures.count("""
                select coalesce(sum(calls), 0) from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                  and query not ilike '%pg_stat_statements%'
                  and query not ilike '%pg_catalog.pg_type%'""");
    }
}
