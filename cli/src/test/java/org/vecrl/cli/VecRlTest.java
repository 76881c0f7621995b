package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vecrl.cli.CliRun.run;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vecrl.core.io.Json;
import org.vecrl.nn.Engine;
import org.vecrl.nn.Engines;

class VecRlTest {

    @Test
    void helpAndVersionExitZero() {
        CliRun help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: vecrl", "info");
        CliRun version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).contains("vecrl 0.1.0", "backend profile: cpu");
    }

    @Test
    void infoPrintsTheCpuBackend() {
        CliRun r = run("info");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("backend:", "CPU", "OPENBLAS");
    }

    @Test
    void infoSaysWhyTheDefaultBuildHasNoCudaEngine() {
        assumeTrue(Engines.find(Engine.CUDA).isEmpty(), "this build has the cuda engine (-Pcuda13)");
        CliRun text = run("info");
        assertThat(text.out())
                .contains("cuda available:   false", "cuda reason:      " + Engines.notInBuild(Engine.CUDA));
        CliRun json = run("info", "--json");
        assertThat(Json.readObject(json.out()).get("cuda_engine"))
                .isEqualTo(Map.of("available", false, "reason", Engines.notInBuild(Engine.CUDA)));
    }

    @Test
    void infoJsonIsValidJson() {
        CliRun r = run("info", "--json");
        assertThat(r.status()).isZero();
        assertThat(Json.readObject(r.out()).keySet())
                .containsExactly(
                        "backend",
                        "profile",
                        "backend_class",
                        "nd4j_version",
                        "blas_vendor",
                        "omp_threads",
                        "blas_threads",
                        "cpu_cores",
                        "cpu_features",
                        "cuda_devices",
                        "heap_max_bytes",
                        "off_heap_max_bytes",
                        "physical_max_bytes",
                        "data_type",
                        "cuda_engine");
        assertThat(Json.readObject(r.out())).containsEntry("backend", "CPU");
    }

    @Test
    void unknownSubcommandAndBadOptionsExitTwoWithUsage() {
        CliRun unknown = run("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "frobnicate", "Usage:");
        CliRun badOption = run("info", "--no-such-option");
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown option", "--no-such-option");
        CliRun none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Missing subcommand");
    }
}
