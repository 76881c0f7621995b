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
 * The device check's entry point ({@code cuda/device-check/run.sh} on a GPU machine): probes the CUDA engine and,
 * when a device is usable, runs every test of this package through the JUnit launcher and then the
 * {@link ThroughputSweep} (PPO steps per second against envs and hidden width, GPU against the CPU); writes
 * {@code device-check.json} into the folder given as the first argument (the second, optional: the sweep's time
 * budget in seconds, default {@value #DEFAULT_SWEEP_SECONDS}; 0 skips it). Exit status: 0 all tests passed, 1 a
 * test failed, 3 no usable GPU (the JSON's {@code cuda.reason} says what is missing).
 */
public final class DeviceCheck {

    /** Exit status when the CUDA engine cannot run here. */
    static final int NO_GPU = 3;
    /** The sweep's default time budget: with the tests, the check stays within run.sh's limit. */
    static final int DEFAULT_SWEEP_SECONDS = 100;

    private DeviceCheck() {}

    /** Runs the check; {@code args[0]} is the output folder, {@code args[1]} (optional) the sweep's budget. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException(
                    "usage: DeviceCheck OUTPUT_DIR [SWEEP_SECONDS] (got " + args.length + " arguments)");
        }
        double sweepSeconds = args.length == 2 ? Double.parseDouble(args[1]) : DEFAULT_SWEEP_SECONDS;
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path json = out.resolve("device-check.json");
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
            result.put("exit_status", status);
            if (sweepSeconds > 0) {
                Files.writeString(json, Json.write(result) + System.lineSeparator()); // kept if the sweep overruns
                result.put("sweep", new ThroughputSweep(sweepSeconds).run());
            }
        }
        result.put("exit_status", status);
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
