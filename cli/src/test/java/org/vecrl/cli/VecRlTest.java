package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.vecrl.core.io.Json;

class VecRlTest {

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = VecRl.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: vecrl", "info");
        Result version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).contains("vecrl 0.1.0", "backend profile: cpu");
    }

    @Test
    void infoPrintsTheCpuBackend() {
        Result r = run("info");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("backend:", "CPU", "OPENBLAS");
    }

    @Test
    void infoJsonIsValidJson() {
        Result r = run("info", "--json");
        assertThat(r.status()).isZero();
        assertThat(Json.readObject(r.out())).containsEntry("backend", "CPU").containsKey("heapMaxBytes");
    }

    @Test
    void unknownSubcommandAndBadOptionsExitTwoWithUsage() {
        Result unknown = run("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "frobnicate", "Usage:");
        Result badOption = run("info", "--no-such-option");
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown option", "--no-such-option");
        Result none = run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Missing subcommand");
    }
}
