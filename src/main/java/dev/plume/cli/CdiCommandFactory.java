package dev.plume.cli;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import picocli.CommandLine;

/** Lets commands be CDI beans (and so inject services); anything else picocli makes itself. */
class CdiCommandFactory implements CommandLine.IFactory {

    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    @Override
    public <K> K create(Class<K> type) throws Exception {
        InstanceHandle<K> bean = Arc.container().instance(type);
        return bean.isAvailable() ? bean.get() : fallback.create(type);
    }
}
