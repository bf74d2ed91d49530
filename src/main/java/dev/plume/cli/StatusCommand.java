package dev.plume.cli;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Dependent
@Unremovable
@Command(name = "status", description = "Show applied and pending migrations. Exit 0: up to date, 3: migrations pending, 1: database unreachable.")
public class StatusCommand implements Callable<Integer> {

    static final int PENDING = 3;

    @Inject
    Flyway flyway;

    @Override
    public Integer call() {
        return Database.reachable(() -> {
            MigrationInfoService info = flyway.info();
            System.out.println("Database reachable");
            for (MigrationInfo migration : info.all()) {
                System.out.printf("  %-8s %-40s %s%n", migration.getVersion(), migration.getDescription(), migration.getState().getDisplayName());
            }
            int pending = info.pending().length;
            System.out.printf("%d applied, %d pending%n", info.applied().length, pending);
            return pending == 0 ? 0 : PENDING;
        });
    }
}
