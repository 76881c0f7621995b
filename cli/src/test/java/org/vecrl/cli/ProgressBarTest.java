package org.vecrl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void plainModePrintsOneLineEveryTenPercent() {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar("job", 200, "items", new PrintWriter(sw), false)) {
            for (int i = 1; i <= 200; i++) {
                bar.update(i);
            }
        }
        String[] lines = sw.toString().split(System.lineSeparator());
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).startsWith("job: 10% (20/200 items, ");
        assertThat(lines[9]).startsWith("job: 100% (200/200 items, ");
        assertThat(sw.toString()).doesNotContain("\r");
    }

    @Test
    void updatesNeverMoveBackwards() {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar("job", 10, "items", new PrintWriter(sw), false)) {
            bar.update(5);
            bar.update(3);
            bar.update(5);
        }
        assertThat(sw.toString().split(System.lineSeparator())).hasSize(1).allMatch(l -> l.startsWith("job: 50% (5/10"));
    }

    @Test
    void interactiveModeRedrawsOneLineInPlace() {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar("job", 4, "items", new PrintWriter(sw), true)) {
            bar.update(2);
            bar.update(4);
        }
        String text = sw.toString();
        assertThat(text.split("\r", -1)).hasSize(3);
        assertThat(text).contains("\rjob [===============>              ]  50% 2/4 items")
                .contains("\rjob [==============================] 100% 4/4 items")
                .endsWith(System.lineSeparator());
    }

    @Test
    void aShorterRedrawBlanksOutTheRestOfTheLongerOne() {
        StringWriter sw = new StringWriter();
        try (ProgressBar bar = new ProgressBar("job", 4, "items", new PrintWriter(sw), true)) {
            bar.update(1);
            bar.update(4);
        }
        String[] draws = sw.toString().replace(System.lineSeparator(), "").split("\r");
        assertThat(draws[1]).contains(", eta ");
        assertThat(draws[2]).doesNotContain("eta").hasSize(draws[1].length()).matches(".*[0-9]s +");
    }

    @Test
    void emptyTotalsAreRejected() {
        assertThatThrownBy(() -> new ProgressBar("job", 0, "items", new PrintWriter(new StringWriter()), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total=0");
    }
}
