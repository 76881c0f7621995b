package org.vecrl.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vecrl.core.io.Json;
import org.vecrl.nativeconfig.Backend;
import org.vecrl.nativeconfig.BackendDescription;
import org.vecrl.nn.Engine;
import org.vecrl.nn.EngineProvider;
import org.vecrl.nn.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code vecrl info}: describes the ND4J backend and the CUDA engine (its devices, or why there are none), as
 * text or JSON.
 */
@Command(
        name = "info",
        mixinStandardHelpOptions = true,
        description = "Describe the ND4J backend (device, BLAS, threads, memory limits) and the CUDA engine's devices.")
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
        Map<String, Object> cuda = cudaEngine();
        Map<String, Object> json = new LinkedHashMap<>(Json.readObject(Json.write(d)));
        json.put("cuda_engine", cuda);
        jsonOption.print(json, () -> d.toText() + cudaText(cuda));
        return 0;
    }

    /** The CUDA engine's description, or why this build has none. */
    private static Map<String, Object> cudaEngine() {
        return Engines.find(Engine.CUDA).map(EngineProvider::describe).orElseGet(() -> {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("available", false);
            none.put("reason", Engines.notInBuild(Engine.CUDA));
            return none;
        });
    }

    private static String cudaText(Map<String, Object> cuda) {
        StringBuilder sb = new StringBuilder();
        cuda.forEach((k, v) -> sb.append(String.format("%-17s %s%n", "cuda " + k + ":", v)));
        return sb.toString();
    }
}
