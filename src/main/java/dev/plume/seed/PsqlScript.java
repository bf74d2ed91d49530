package dev.plume.seed;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a psql script over JDBC, for the parts of psql the shared benchmark data set uses:
 * {@code \set}, {@code \if :{?var}} / {@code \if :var} / {@code \else} / {@code \endif},
 * {@code \echo}, {@code \gset} and {@code :var} interpolation. Statements end with a
 * semicolon at the end of a line outside dollar quotes. Everything runs on one connection,
 * in autocommit mode, as psql does.
 */
final class PsqlScript {

    private static final Pattern VARIABLE = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DEFINED = Pattern.compile(":\\{\\?([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> variables = new HashMap<>();
    private final Deque<Boolean> branches = new ArrayDeque<>();
    private final PrintStream out;

    PsqlScript(Map<String, String> variables, PrintStream out) {
        this.variables.putAll(variables);
        this.out = out;
    }

    void run(String script, Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        StringBuilder statement = new StringBuilder();
        boolean inDollarQuote = false;
        try (Statement jdbc = connection.createStatement()) {
            for (String line : script.split("\n", -1)) {
                String trimmed = line.strip();
                if (!inDollarQuote && trimmed.startsWith("\\")) {
                    metaCommand(trimmed, statement, jdbc);
                    continue;
                }
                if (!active() || (!inDollarQuote && statement.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("--")))) {
                    continue;
                }
                if (!inDollarQuote && trimmed.endsWith("\\gset")) {
                    statement.append(line, 0, line.lastIndexOf("\\gset")).append('\n');
                    gset(statement, jdbc);
                    continue;
                }
                statement.append(line).append('\n');
                inDollarQuote ^= (countOf(line, "$$") % 2 == 1);
                if (!inDollarQuote && trimmed.endsWith(";")) {
                    jdbc.execute(interpolate(statement.toString()));
                    statement.setLength(0);
                }
            }
        }
    }

    private void metaCommand(String command, StringBuilder pending, Statement jdbc) throws SQLException {
        String[] words = command.split("\\s+", 3);
        switch (words[0]) {
            case "\\if" -> branches.push(active() && truth(words[1]));
            case "\\else" -> {
                boolean taken = branches.pop();
                branches.push(!taken && active());
            }
            case "\\endif" -> branches.pop();
            default -> {
                if (!active()) {
                    return;
                }
                switch (words[0]) {
                    case "\\set" -> variables.put(words[1], words.length > 2 ? unquote(interpolate(words[2])) : "");
                    case "\\echo" -> out.println(interpolate(command.substring(words[0].length()).strip()));
                    case "\\gset" -> gset(pending, jdbc);
                    default -> throw new IllegalArgumentException("psql command not supported: " + words[0]);
                }
            }
        }
    }

    private void gset(StringBuilder query, Statement jdbc) throws SQLException {
        try (ResultSet row = jdbc.executeQuery(interpolate(query.toString()))) {
            ResultSetMetaData columns = row.getMetaData();
            if (row.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    String value = row.getString(i);
                    variables.put(columns.getColumnLabel(i), "t".equals(value) ? "on" : "f".equals(value) ? "off" : value);
                }
            }
        }
        query.setLength(0);
    }

    private boolean active() {
        return branches.stream().allMatch(Boolean::booleanValue);
    }

    private boolean truth(String expression) {
        Matcher defined = DEFINED.matcher(expression);
        if (defined.matches()) {
            return variables.containsKey(defined.group(1));
        }
        String value = interpolate(expression).toLowerCase();
        return value.equals("on") || value.equals("true") || value.equals("t") || value.equals("1") || value.equals("yes");
    }

    private String interpolate(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            matcher.appendReplacement(result, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        return matcher.appendTail(result).toString();
    }

    /** psql's quoting of {@code \set} values: {@code '''x''::t'} is {@code 'x'::t}. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static int countOf(String text, String token) {
        int count = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
            count++;
        }
        return count;
    }
}
