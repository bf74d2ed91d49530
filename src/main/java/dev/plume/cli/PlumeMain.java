package dev.plume.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

import java.util.Set;

/**
 * The executable: {@code plume [serve]} runs the service; other commands run once and exit
 * with their status, without opening the HTTP port; help and version need no database.
 */
@QuarkusMain
public class PlumeMain implements QuarkusApplication {

    private static final Set<String> WITHOUT_APPLICATION = Set.of("-h", "--help", "-V", "--version");
    private static final Set<String> WITHOUT_HTTP = Set.of("seed", "migrate", "status");

    public static void main(String... args) {
        if (args.length > 0 && WITHOUT_APPLICATION.contains(args[0])) {
            System.exit(new CommandLine(PlumeCommand.class).execute(args));
        }
        if (args.length > 0 && WITHOUT_HTTP.contains(args[0])) {
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(PlumeMain.class, args);
    }

    @Override
    public int run(String... args) {
        return new CommandLine(PlumeCommand.class, new CdiCommandFactory()).execute(args);
    }
}
