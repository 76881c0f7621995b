package org.vecrl.algorithms.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearSolverTest {

    @Test
    void solvesASystemThatNeedsPivoting() {
        double[][] a = {{0, 2, 1}, {1, 1, 1}, {2, 1, 0}};
        double[] b = {7, 6, 4};
        double[] x = LinearSolver.solve(a, b);
        assertThat(x[0]).isCloseTo(1, within(1e-14));
        assertThat(x[1]).isCloseTo(2, within(1e-14));
        assertThat(x[2]).isCloseTo(3, within(1e-14));
        assertThat(a[0]).containsExactly(0, 2, 1);
        assertThat(b).containsExactly(7, 6, 4);
    }

    @Test
    void singularAndMisshapenSystemsAreRejected() {
        assertThatThrownBy(() -> LinearSolver.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular");
        assertThatThrownBy(() -> LinearSolver.solve(new double[][] {{1, 2}}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 rows");
    }
}
