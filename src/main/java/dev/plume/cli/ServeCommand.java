package dev.plume.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "Serve the HTTP API until stopped (the default).")
public class ServeCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
