package dev.plume.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Dependent
@Unremovable
@Command(name = "migrate", description = "Apply pending migrations through DIRECT_URL (or DATABASE_URL), then exit.")
public class MigrateCommand implements Callable<Integer> {

    @Inject
    Flyway flyway;

    @Override
    public Integer call() {
        return Database.reachable(() -> {
            MigrateResult result = flyway.migrate();
            System.out.printf("Applied %d migration(s); schema at version %s%n", result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : flyway.info().current().getVersion());
            return 0;
        });
    }
}
