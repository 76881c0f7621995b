package org.vecrl.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets {@code java -jar vecrl.jar} work without the launcher's flags: when the JVM lacks the Vector API
 * module (no {@code --add-modules jdk.incubator.vector}), {@link #relaunchIfNeeded} runs the same
 * command in a child JVM (the same java binary, JVM options, class path and arguments, plus
 * {@link #EXTRA_JVM_ARGS}) with inherited I/O, and returns its exit status. The child is marked with
 * {@code -Dvecrl.relaunched=true} and never relaunches itself.
 */
final class JvmRelaunch {
    static final String MODULE = "jdk.incubator.vector";
    static final String MARKER = "vecrl.relaunched";
    static final List<String> EXTRA_JVM_ARGS =
            List.of("--add-modules", MODULE, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-D" + MARKER + "=true");

    private JvmRelaunch() {}

    /** Whether this JVM should re-run itself: the module is missing here but the runtime has it. */
    static boolean needed() {
        return ModuleLayer.boot().findModule(MODULE).isEmpty()
                && ModuleFinder.ofSystem().find(MODULE).isPresent()
                && !Boolean.getBoolean(MARKER);
    }

    /**
     * The child's command line: {@code java}, the parent's JVM options, {@link #EXTRA_JVM_ARGS}, the class
     * path, the main class and the program arguments.
     */
    static List<String> command(
            Path java, List<String> jvmArgs, String classPath, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(EXTRA_JVM_ARGS);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Runs this program again in a JVM with the Vector API and returns the child's exit status. If this
     * JVM is stopped first, the child is stopped too (its shutdown hooks close the run's logs).
     */
    static int relaunch(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = command(
                java,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getProperty("java.class.path"),
                mainClass.getName(),
                List.of(args));
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        Thread stopChild = new Thread(
                () -> {
                    child.destroy();
                    try {
                        child.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "vecrl-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return status;
    }
}
