package org.vecrl.distributed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a sweep. An embedded {@code local[N]} master becomes {@code local[N,maxFailures]} (local
 * mode retries a failed task only in that form); any other master ({@code spark://}, {@code k8s://}, {@code yarn})
 * gets {@code spark.task.maxFailures} and, unless {@code spark-submit} set {@code spark.jars}, this jar for its
 * executors. Executors get the Vector API module that the simd engine needs.
 */
public final class SparkContexts {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,(\\d+))?])?");

    private SparkContexts() {}

    /** {@code master} with task retries: {@code local[N]} as {@code local[N,maxFailures]}, others unchanged. */
    public static String withRetries(String master, int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("--max-failures " + maxFailures + ": expected >= 1");
        }
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) {
            return master;
        }
        String threads = m.group(1) == null ? "1" : m.group(1);
        String failures = m.group(2) == null ? String.valueOf(maxFailures) : m.group(2);
        return "local[" + threads + "," + failures + "]";
    }

    /** Starts a context on {@code master} whose tasks are tried up to {@code maxFailures} times. */
    public static JavaSparkContext start(String master, int maxFailures) {
        String resolved = withRetries(master, maxFailures);
        SparkConf conf = new SparkConf()
                .setAppName("vecrl sweep")
                .setMaster(resolved)
                .set("spark.task.maxFailures", String.valueOf(maxFailures))
                .setIfMissing("spark.executor.extraJavaOptions", "--add-modules=jdk.incubator.vector");
        if (LOCAL.matcher(resolved).matches()) {
            conf.set("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // not under spark-submit: ship this jar (VecRL and its dependencies) to the executors
            conf.setJars(JavaSparkContext.jarOfClass(SparkContexts.class));
        }
        return new JavaSparkContext(conf);
    }
}
