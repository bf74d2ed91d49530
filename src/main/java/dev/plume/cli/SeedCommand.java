package dev.plume.cli;

import dev.plume.seed.BenchmarkDataSet;
import dev.plume.seed.DevSeed;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

@Dependent
@Unremovable
@Command(name = "seed", description = {
        "Seed an empty database with development data (idempotent), then exit.",
        "With --scale, replace all users and content with the deterministic benchmark data set instead."})
public class SeedCommand implements Callable<Integer> {

    static final int NO_DATA_SET = 2;

    @Inject
    DevSeed seed;

    @Inject
    BenchmarkDataSet dataSet;

    @Option(names = "--scale", paramLabel = "N",
            description = "Load the benchmark data set at this scale (1: 2,000 users, 50,000 posts, 250,000 comments, 500,000 likes).")
    Double scale;

    @Override
    public Integer call() throws Exception {
        if (scale == null) {
            return Database.reachable(() -> {
                System.out.println(seed.run()
                        ? "Seeded: admin@example.com and user1..10@example.com, password " + DevSeed.PASSWORD
                        : "Already seeded: nothing changed");
                return 0;
            });
        }
        if (scale <= 0 || scale > 100) {
            System.err.println("--scale must be above 0 and at most 100");
            return NO_DATA_SET;
        }
        Optional<String> script = BenchmarkDataSet.script();
        if (script.isEmpty()) {
            System.err.println("This build carries no benchmark data set (build it with ../shared/bench beside the project)");
            return NO_DATA_SET;
        }
        return Database.reachable(() -> {
            long started = System.nanoTime();
            dataSet.load(script.get(), scale, System.out);
            System.out.printf("Loaded the benchmark data set at scale %s in %d s; bearer tokens tok-1 .. tok-N%n",
                    scale, (System.nanoTime() - started) / 1_000_000_000L);
            return 0;
        });
    }
}
