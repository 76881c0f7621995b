package org.vecrl.cuda;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.vecrl.core.io.Json;

/**
 * The device check's entry point ({@code cuda/device-check/run.sh} on a GPU machine): probes the CUDA engine,
 * runs every test of this package through the JUnit launcher when a device is usable, and writes
 * {@code device-check.json} into the folder given as the only argument. Exit status: 0 all tests passed, 1 a
 * test failed, 3 no usable GPU (the JSON's {@code cuda.reason} says what is missing).
 */
public final class DeviceCheck {

    /** Exit status when the CUDA engine cannot run here. */
    static final int NO_GPU = 3;

    private DeviceCheck() {}

    /** Runs the check; {@code args[0]} is the output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: DeviceCheck OUTPUT_DIR (got " + args.length + " arguments)");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("java", Runtime.version().toString());
        result.put("library_path", String.valueOf(System.getenv("LD_LIBRARY_PATH")));
        CudaInfo info = CudaDevices.info();
        result.put("cuda", info.toMap());
        String nvrtc = Nvrtc.unavailableReason();
        result.put("nvrtc", nvrtc == null ? Nvrtc.version() : nvrtc);
        int status = NO_GPU;
        if (info.available()) {
            TestExecutionSummary summary = runTests();
            result.put("tests", summaryMap(summary));
            status = summary.getTotalFailureCount() == 0 ? 0 : 1;
        }
        result.put("exit_status", status);
        Path json = out.resolve("device-check.json");
        Files.writeString(json, Json.write(result) + System.lineSeparator());
        System.out.println(Json.write(result));
        System.exit(status);
    }

    private static TestExecutionSummary runTests() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(DeviceCheck.class.getPackageName()))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    private static Map<String, Object> summaryMap(TestExecutionSummary summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", summary.getTestsFoundCount());
        m.put("succeeded", summary.getTestsSucceededCount());
        m.put("failed", summary.getTotalFailureCount());
        m.put("skipped", summary.getTestsSkippedCount() + summary.getTestsAbortedCount());
        m.put("millis", summary.getTimeFinished() - summary.getTimeStarted());
        List<Map<String, Object>> failures = new ArrayList<>();
        for (TestExecutionSummary.Failure failure : summary.getFailures()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("test", failure.getTestIdentifier().getUniqueId());
            StringWriter trace = new StringWriter();
            failure.getException().printStackTrace(new PrintWriter(trace));
            f.put("error", trace.toString().lines().limit(12).toList());
            failures.add(f);
        }
        m.put("failures", failures);
        return m;
    }
}
