package org.vecrl.cli;

import java.util.concurrent.Callable;
import org.vecrl.nativeconfig.Backend;
import org.vecrl.nativeconfig.BackendDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vecrl info}: describes the ND4J backend, as text or JSON. */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Describe the ND4J backend: device, BLAS, threads, memory limits.")
final class InfoCommand implements Callable<Integer> {

    @Mixin
    JsonOption jsonOption;

    @Option(names = "--threads", description = "Native threads (default: VECRL_THREADS, else all cores).")
    Integer threads;

    @Override
    public Integer call() {
        if (threads != null) {
            System.setProperty(Backend.THREADS_PROPERTY, Integer.toString(threads));
        }
        BackendDescription d = Backend.describe();
        jsonOption.print(d, d::toText);
        return 0;
    }
}
