package org.vecrl.nativeconfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The one place that starts ND4J: float32 defaults, thread settings, a quiet start-up, and a clear
 * error when the native backend cannot load. Every entry point (the CLI, benchmarks, tests that
 * need ND4J) calls {@link #init()} first.
 */
public final class Backend {

    /** Environment variable that sets the number of native threads. */
    public static final String THREADS_ENV = "VECRL_THREADS";
    /** System property with the same meaning, set by {@code --threads}; it wins over the variable. */
    public static final String THREADS_PROPERTY = "vecrl.threads";
    /** System property that keeps ND4J's start-up logging when "true". */
    public static final String VERBOSE_PROPERTY = "vecrl.verbose";

    private static final String[] CPU_LEVELS = {"generic", "avx", "avx2", "avx512"};
    private static volatile boolean initialized;

    private Backend() {}

    /** Starts the backend once; later calls return at once. */
    public static synchronized void init() {
        if (initialized) {
            return;
        }
        startupLogging(Boolean.getBoolean(VERBOSE_PROPERTY) ? "info" : "warn");
        try {
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            int threads = requestedThreads();
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        } catch (Throwable t) {
            throw unavailable(t);
        }
        initialized = true;
    }

    /** Whether {@link #init()} has completed. */
    public static boolean isInitialized() {
        return initialized;
    }

    /** The profile the native-config jar was built with: cpu, cuda or cuda-cudnn. */
    public static String buildProfile() {
        return buildProperties().getProperty("profile", "unknown");
    }

    /** Describes the running backend; starts it if needed. */
    public static BackendDescription describe() {
        init();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        boolean cpu = Nd4j.getEnvironment().isCPU();
        return new BackendDescription(
                cpu ? "CPU" : "CUDA",
                buildProfile(),
                Nd4j.getBackend().getClass().getName(),
                buildProperties().getProperty("nd4j.version", "unknown"),
                Nd4j.factory().blas().getBlasVendor().name(),
                intProperty(
                        env,
                        Nd4jEnvironment.OMP_THREADS_KEY,
                        Nd4j.getEnvironment().maxThreads()),
                longProperty(
                        env,
                        Nd4jEnvironment.BLAS_THREADS_KEY,
                        Nd4j.factory().blas().getMaxThreads()),
                Runtime.getRuntime().availableProcessors(),
                cpuFeatures(),
                cpu ? List.of() : cudaDevices(env),
                Runtime.getRuntime().maxMemory(),
                Pointer.maxBytes(),
                Pointer.maxPhysicalBytes(),
                Nd4j.defaultFloatingPointType().name());
    }

    /** Threads requested through {@code vecrl.threads} or {@code VECRL_THREADS}, else all cores. */
    static int requestedThreads() {
        String value = System.getProperty(THREADS_PROPERTY);
        String source = THREADS_PROPERTY;
        if (value == null) {
            value = System.getenv(THREADS_ENV);
            source = THREADS_ENV;
        }
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    source + "=" + value + ": expected a positive integer number of threads");
        }
    }

    /** Sets ND4J's start-up loggers to {@code level} unless the user configured them. */
    private static void startupLogging(String level) {
        for (String logger : new String[] {"org.nd4j", "org.deeplearning4j", "org.reflections"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, level);
            }
        }
    }

    private static String cpuFeatures() {
        try {
            NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
            return "binary=" + level(ops.binaryLevel()) + ", cpu=" + level(ops.optimalLevel());
        } catch (Throwable t) {
            return "unknown";
        }
    }

    private static String level(int level) {
        return level >= 0 && level < CPU_LEVELS.length ? CPU_LEVELS[level] : "level-" + level;
    }

    private static List<BackendDescription.CudaDevice> cudaDevices(Properties env) {
        List<BackendDescription.CudaDevice> devices = new ArrayList<>();
        Object info = env.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY);
        if (info instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> m) {
                    devices.add(new BackendDescription.CudaDevice(
                            i,
                            String.valueOf(m.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY)),
                            asLong(m.get(Nd4jEnvironment.CUDA_TOTAL_MEMORY_KEY)),
                            asLong(m.get(Nd4jEnvironment.CUDA_FREE_MEMORY_KEY))));
                }
            }
        }
        return devices;
    }

    private static int intProperty(Properties p, String key, int fallback) {
        Object v = p.get(key);
        return v == null ? fallback : (int) asLong(v);
    }

    private static long longProperty(Properties p, String key, long fallback) {
        Object v = p.get(key);
        return v == null ? fallback : asLong(v);
    }

    private static long asLong(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? -1 : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = Backend.class.getResourceAsStream("backend.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static BackendUnavailableException unavailable(Throwable cause) {
        String profile = buildProfile();
        String advice = profile.startsWith("cuda")
                ? "This build uses the CUDA backend (Maven profile '" + profile + "', nd4j-cuda-11.6). It needs an"
                        + " NVIDIA GPU of compute capability 3.7 to 8.6 (Kepler to Ampere/Ada; Hopper is not supported by"
                        + " this ND4J release), an NVIDIA driver for CUDA 11.6 or newer, and libcublas.so.11 and"
                        + " libcusolver.so.11 on the library path (CUDA toolkit 11.6). Without a GPU, rebuild with the"
                        + " default profile: ./mvnw -B package -DskipTests"
                : "This build uses the CPU backend (Maven profile '" + profile + "', nd4j-native with OpenBLAS)."
                        + " Its native libraries did not load: check that the build fetched natives for this platform"
                        + " (javacpp.platform = " + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                        + "), that the JavaCPP cache (~/.javacpp/cache) is writable, and that glibc and libgomp are installed.";
        return new BackendUnavailableException(
                "ND4J backend could not start: " + rootMessage(cause) + ". " + advice, cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
