package dev.plume.cli;

import dev.plume.seed.DevSeed;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Dependent
@Unremovable
@Command(name = "seed", description = "Seed an empty database with development data (idempotent), then exit.")
public class SeedCommand implements Callable<Integer> {

    @Inject
    DevSeed seed;

    @Override
    public Integer call() {
        System.out.println(seed.run()
                ? "Seeded: admin@example.com and user1..10@example.com, password " + DevSeed.PASSWORD
                : "Already seeded: nothing changed");
        return 0;
    }
}
