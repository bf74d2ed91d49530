package dev.plume.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds an empty database at start when {@code plume.seed.enabled} (on in dev mode). */
@ApplicationScoped
public class SeedOnStart {

    void onStart(@Observes StartupEvent event, DevSeed seed, @ConfigProperty(name = "plume.seed.enabled") boolean enabled) {
        if (enabled) {
            seed.run();
        }
    }
}
