package dev.plume.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

@Command(name = "plume", mixinStandardHelpOptions = true, versionProvider = PlumeCommand.Version.class,
        description = "The Plume blog platform API. Without a command, serves HTTP.",
        subcommands = {ServeCommand.class, MigrateCommand.class, StatusCommand.class, SeedCommand.class, UsersCommand.class})
public class PlumeCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }

    static class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            try (InputStream version = PlumeCommand.class.getResourceAsStream("/META-INF/plume-version")) {
                return new String[]{"plume " + new String(version.readAllBytes(), StandardCharsets.UTF_8).strip()};
            }
        }
    }
}
