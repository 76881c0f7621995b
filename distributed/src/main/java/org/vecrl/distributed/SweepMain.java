package org.vecrl.distributed;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vecrl sweep}: the entry point of {@code vecrl-sweep.jar}. Runs a sweep on a Spark master (an embedded
 * {@code local[*]} by default) and reports it; {@code vecrl sweep report DIR} reports an existing sweep directory.
 */
@Command(
        name = "vecrl sweep",
        mixinStandardHelpOptions = true,
        description = "Run a hyperparameter sweep / multi-seed experiment as a Spark job, one task per"
                + " (configuration, seed); then write its report (sweep.arrow/.csv, report.json, plots).",
        subcommands = {SweepMain.Report.class})
public final class SweepMain implements Callable<Integer> {

    @Option(names = "--algo", required = true, description = "Algorithm: dqn, ppo, ...")
    String algo;

    @Option(names = "--env", required = true, description = "Environment id, e.g. CartPole-v1.")
    String env;

    @Option(names = "--preset", description = "Preset name under presets/<algo>/ (default: the env id, if present).")
    String preset;

    @Option(names = "--grid", description = "Swept key and its values (repeatable): --grid learning_rate=1e-4,1e-3.")
    List<String> grid = new ArrayList<>();

    @Option(names = "--random", description = "Random search instead of --grid: N configurations drawn from --dist.")
    Integer random;

    @Option(
            names = "--dist",
            description = "A random-search key (repeatable): 'learning_rate=loguniform(1e-5,1e-2)', 'k=uniform(a,b)',"
                    + " 'k=choice(v1,v2)'.")
    List<String> dists = new ArrayList<>();

    @Option(names = "--search-seed", defaultValue = "0", description = "Seed of the random search's draws (default 0).")
    long searchSeed;

    @Option(
            names = "--halving",
            description = "Successive halving of the random search: keep the best 1/ETA configurations at each rung.")
    Integer halving;

    @Option(
            names = "--min-steps",
            description = "The first rung's step budget with --halving (then x ETA per rung), a multiple of"
                    + " checkpoint_every.")
    Long minSteps;

    @Option(names = "--seeds", required = true, description = "Seeds of every configuration: 1-5, 1,3,7 or 1-3,10.")
    String seeds;

    @Option(names = "--set", description = "Fixed config key for all runs (repeatable): --set total_timesteps=50000.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", required = true, description = "Sweep directory (on a filesystem all executors share).")
    Path out;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            description = "Spark master: local[*] (default, one task per core), local[N], spark://HOST:7077, k8s://...")
    String master;

    @Option(
            names = "--max-failures",
            defaultValue = "4",
            description = "Attempts per task before the sweep fails (default 4); a retry resumes from the run's"
                    + " last checkpoint.")
    int maxFailures;

    /** The sweep the options describe; a bad option fails naming it. */
    SweepSpec spec() {
        if ((random == null) != dists.isEmpty() || (halving == null) != (minSteps == null)) {
            throw new IllegalArgumentException(
                    "--random N goes with --dist options, and --halving ETA with --min-steps B: expected both or"
                            + " neither");
        }
        return new SweepSpec(
                algo,
                env,
                preset,
                SweepSpec.parseGrid(grid),
                Seeds.parse(seeds),
                sets,
                random == null
                        ? null
                        : new RandomSearch(
                                random, dists.stream().map(Distribution::parse).toList(), searchSeed),
                halving == null ? null : new Halving(halving, minSteps));
    }

    @Override
    public Integer call() {
        SweepSpec spec = spec();
        // executors on other machines resolve the run directories: give them absolute paths
        out = out.toAbsolutePath().normalize();
        int runs = Sweep.validate(spec, out).size();
        PrintWriter stdout = new PrintWriter(System.out, true);
        stdout.printf(
                Locale.ROOT,
                "sweep %s: %d configurations x %d seeds = %d runs on %s%n",
                out,
                spec.configurations().size(),
                spec.seeds().size(),
                runs,
                SparkContexts.withRetries(master, maxFailures));
        long start = System.nanoTime();
        Map<RunTask.Outcome, Integer> outcomes;
        try (JavaSparkContext spark = SparkContexts.start(master, maxFailures)) {
            long started = System.nanoTime();
            stdout.printf(Locale.ROOT, "Spark context started in %.1f s%n", (started - start) / 1e9);
            outcomes = Sweep.run(spec, out, spark);
            stdout.printf(
                    Locale.ROOT,
                    "%d runs in %.1f s: %s%n",
                    runs,
                    (System.nanoTime() - started) / 1e9,
                    outcomes.toString().toLowerCase(Locale.ROOT));
        }
        SweepReport.write(out, stdout);
        return 0;
    }

    /** {@code vecrl sweep report DIR}. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = "Write a sweep directory's report: sweep.arrow/.csv, report.json, plots; print the ranking.")
    static final class Report implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The sweep directory.")
        Path dir;

        @Override
        public Integer call() {
            SweepReport.write(dir, new PrintWriter(System.out, true));
            return 0;
        }
    }

    /** The command line with errors from bad input printed as one line. */
    public static CommandLine commandLine() {
        return new CommandLine(new SweepMain()).setExecutionExceptionHandler((e, cl, parsed) -> {
            if (!(e instanceof IllegalArgumentException)) {
                throw e;
            }
            cl.getErr().println("vecrl sweep: " + e.getMessage());
            return 2;
        });
    }

    /** Runs {@code vecrl sweep} with {@code args} and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
