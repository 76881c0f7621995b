package org.vecrl.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    /** What a "job" bar over {@code total} items prints for the given updates and its closing. */
    private static String output(int total, boolean interactive, int... updates) {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar("job", total, "items", new PrintWriter(sw), interactive)) {
            for (int done : updates) {
                bar.update(done);
            }
        }
        return sw.toString();
    }

    @Test
    void plainModePrintsOneLineEveryTenPercent() {
        String text = output(200, false, IntStream.rangeClosed(1, 200).toArray());
        String[] lines = text.split(System.lineSeparator());
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).startsWith("job: 10% (20/200 items, ");
        assertThat(lines[9]).startsWith("job: 100% (200/200 items, ");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void updatesNeverMoveBackwards() {
        assertThat(output(10, false, 5, 3, 5).split(System.lineSeparator()))
                .hasSize(1)
                .allMatch(l -> l.startsWith("job: 50% (5/10"));
    }

    @Test
    void interactiveModeRedrawsOneLineInPlace() {
        String text = output(4, true, 2, 4);
        assertThat(text.split("\r", -1)).hasSize(3);
        assertThat(text)
                .contains("\rjob [===============>              ]  50% 2/4 items")
                .contains("\rjob [==============================] 100% 4/4 items")
                .endsWith(System.lineSeparator());
    }

    @Test
    void aShorterRedrawBlanksOutTheRestOfTheLongerOne() {
        String[] draws =
                output(4, true, 1, 4).replace(System.lineSeparator(), "").split("\r");
        assertThat(draws[1]).contains(", eta ");
        assertThat(draws[2]).doesNotContain("eta").hasSize(draws[1].length()).matches(".*[0-9]s +");
    }

    @Test
    void emptyTotalsAreRejected() {
        assertThatThrownBy(() -> new ProgressBar("job", 0, "items", new PrintWriter(new StringWriter()), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total=0");
    }

    @Test
    void theBarAloneIsClampedToItsThirtyCells() {
        assertThat(ProgressBar.bar(2, 4)).isEqualTo("[===============>              ]");
        assertThat(ProgressBar.bar(0, 4)).isEqualTo("[>                             ]");
        assertThat(ProgressBar.bar(9, 4)).isEqualTo("[" + "=".repeat(30) + "]");
        assertThat(ProgressBar.bar(-3, 4)).isEqualTo(ProgressBar.bar(0, 4));
        assertThat(ProgressBar.bar(5, 0)).isEqualTo(ProgressBar.bar(0, 4));
    }
}
