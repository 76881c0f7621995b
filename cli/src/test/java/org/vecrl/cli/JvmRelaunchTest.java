package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmRelaunchTest {

    @Test
    void theChildGetsTheSameJvmOptionsClassPathAndArgumentsPlusTheVectorModule() {
        List<String> cmd = JvmRelaunch.command(
                Path.of("/jdk/bin/java"),
                List.of("-Xmx2g", "-Dfoo=a b"),
                "vecrl.jar",
                "org.vecrl.cli.VecRl",
                List.of("train", "--out", "dir with space"));
        assertThat(cmd)
                .containsExactly(
                        "/jdk/bin/java",
                        "-Xmx2g",
                        "-Dfoo=a b",
                        "--add-modules",
                        "jdk.incubator.vector",
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-Dvecrl.relaunched=true",
                        "-cp",
                        "vecrl.jar",
                        "org.vecrl.cli.VecRl",
                        "train",
                        "--out",
                        "dir with space");
    }

    @Test
    void aJvmThatHasTheModuleRunsInProcess() {
        assertThat(ModuleLayer.boot().findModule(JvmRelaunch.MODULE))
                .as("surefire adds the module")
                .isPresent();
        assertThat(JvmRelaunch.needed()).isFalse();
    }
}
