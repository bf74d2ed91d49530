package dev.plume.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The executable: {@code plume [serve]} runs the service; other commands run once and exit
 * with their status, without opening the HTTP port; help and version need no database.
 */
@QuarkusMain
public class PlumeMain implements QuarkusApplication {

    private static final Set<String> WITHOUT_APPLICATION = Set.of("-h", "--help", "-V", "--version");
    private static final Set<String> WITHOUT_HTTP = Set.of("seed", "migrate", "status", "users");

    /** Exit code of a configuration the service cannot run with. */
    static final int MISCONFIGURED = 2;

    public static void main(String... args) {
        if (args.length > 0 && WITHOUT_APPLICATION.contains(args[0])) {
            System.exit(new CommandLine(PlumeCommand.class).execute(args));
        }
        if (packaged()) {
            usageErrorExits(args);
            if (!databaseConfigured()) {
                System.err.println("DATABASE_URL is not set: give the PostgreSQL URL, e.g. "
                        + "DATABASE_URL=postgresql://user:password@host:5432/db (see README, Configuration)");
                System.exit(MISCONFIGURED);
            }
        }
        if (args.length > 0 && WITHOUT_HTTP.contains(args[0])) {
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(PlumeMain.class, args);
    }

    /** A command line picocli cannot read exits 2 with the usage, before anything starts. */
    private static void usageErrorExits(String... args) {
        CommandLine command = new CommandLine(PlumeCommand.class);
        try {
            command.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            command.getErr().println(e.getMessage());
            e.getCommandLine().usage(command.getErr());
            System.exit(command.getCommandSpec().exitCodeOnInvalidInput());
        }
    }

    /**
     * Whether this is the packaged application (jar or native executable) rather than dev mode
     * or a test, which run it in Quarkus' own class loader and configure the embedded database
     * themselves.
     */
    private static boolean packaged() {
        return !PlumeMain.class.getClassLoader().getClass().getName().equals("io.quarkus.bootstrap.classloading.QuarkusClassLoader");
    }

    /**
     * Whether a database URL is given in one of the places people give it: the environment,
     * a system property, or the config files Quarkus reads from the working directory.
     */
    private static boolean databaseConfigured() {
        return Stream.of(System.getenv("DATABASE_URL"), System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                        System.getProperty("quarkus.datasource.jdbc.url"), System.getProperty("DATABASE_URL"))
                .anyMatch(value -> value != null && !value.isBlank())
                || Files.exists(Path.of(".env")) || Files.exists(Path.of("config", "application.properties"));
    }

    /** quarkus-picocli's factory: commands are CDI beans, and so may inject services. */
    @Inject
    CommandLine.IFactory commands;

    @Override
    public int run(String... args) {
        return new CommandLine(PlumeCommand.class, commands).execute(args);
    }
}
