package org.vecrl.nn.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vecrl.nn.dist.Categorical;
import org.vecrl.nn.loss.PpoLoss;

/** Each SameDiff loss piece: value against the plain-Java version, gradient against finite differences (float64). */
class SameDiffLossesTest {

    private static final double[][] LOGITS = {{0.3, -1.2, 2.0, 0.1}, {1, 1, 1, 1}, {-0.5, 0.7, 0.2, -2}};
    private static final double[][] ONE_HOT = {{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}};
    private static final double[] WEIGHTS = {0.7, -1.1, 0.4};

    @Test
    void logSoftmaxIsStableAndMatchesThePlainJavaVersion() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.var("x", Nd4j.createFromArray(new double[][] {{1000, 1000 + Math.log(3)}, {0, 0}}));
        double[] out = SameDiffLosses.logSoftmax(sd, x).eval().reshape(4).toDoubleVector();
        assertThat(out)
                .containsExactly(
                        new double[] {Math.log(0.25), Math.log(0.75), Math.log(0.5), Math.log(0.5)}, within(1e-9));
    }

    @Test
    void logProbValueAndGradient() {
        float[] flat = flat(LOGITS);
        float[] expected = new float[3];
        Categorical.logProb(flat, 3, 4, new int[] {2, 0, 3}, expected);
        checkScalarOfLogits(
                (sd, logits) -> SameDiffLosses.logProb(sd, logits, sd.constant(Nd4j.createFromArray(ONE_HOT)))
                        .mul(sd.constant(Nd4j.createFromArray(WEIGHTS)))
                        .sum(),
                weighted(expected));
    }

    @Test
    void entropyValueAndGradient() {
        float[] expected = new float[3];
        Categorical.entropy(flat(LOGITS), 3, 4, expected);
        checkScalarOfLogits(
                (sd, logits) -> SameDiffLosses.entropy(sd, logits)
                        .mul(sd.constant(Nd4j.createFromArray(WEIGHTS)))
                        .sum(),
                weighted(expected));
    }

    @Test
    void clippedSurrogateMatchesTheWorkedExampleAndItsGradientIsNotDoubledAtTies() {
        double[] newLp = {Math.log(0.5), Math.log(0.3), Math.log(0.9), Math.log(0.2), Math.log(0.7)};
        double[] oldLp = {Math.log(0.4), Math.log(0.4), Math.log(0.6), Math.log(0.25), Math.log(0.7)};
        double[] adv = {0.3, -1.3, 1.1, -0.1, 0.5};
        SameDiff sd = SameDiff.create();
        SDVariable lp = sd.var("x", Nd4j.createFromArray(newLp));
        SDVariable loss = SameDiffLosses.clippedSurrogate(
                sd, lp, sd.constant(Nd4j.createFromArray(oldLp)), sd.constant(Nd4j.createFromArray(adv)), 0.2);
        // the first four are the curriculum's example (0.56 summed), the fifth has ratio 1: a tie
        assertThat(loss.eval().getDouble(0)).isCloseTo((0.56 + 0.5) / 5, within(1e-9));
        double[] grad = sd.calculateGradients(Map.of(), "x").get("x").toDoubleVector();
        assertThat(grad[4]).as("tie sample gets the gradient once").isCloseTo(0.5 / 5, within(1e-9));
        float[] javaGrad = new float[5];
        PpoLoss.clippedSurrogate(toFloat(newLp), toFloat(oldLp), toFloat(adv), 5, 0.2, javaGrad);
        for (int i : new int[] {0, 1, 2, 4}) { // sample 3 sits on the clip boundary r = 0.8, where rounding decides
            assertThat(grad[i]).as("sample %d", i).isCloseTo(javaGrad[i], within(1e-6));
        }
    }

    @Test
    void clippedSurrogateGradientMatchesFiniteDifferences() {
        double[] oldLp = {-0.35, -0.6, -0.9, -2.02, -0.65};
        double[] adv = {0.8, -1.2, 0.4, -0.3, 1.1};
        checkFiniteDifferences(
                new double[] {-0.3, -1.0, -0.5, -2.0, -0.7},
                (sd, x) -> SameDiffLosses.clippedSurrogate(
                        sd, x, sd.constant(Nd4j.createFromArray(oldLp)), sd.constant(Nd4j.createFromArray(adv)), 0.2));
    }

    @Test
    void valueLossGradientMatchesFiniteDifferences() {
        double[] returns = {0, 2, 0.5};
        double value = checkFiniteDifferences(
                new double[] {1, 2.5, -0.5},
                (sd, x) -> SameDiffLosses.valueLoss(sd, x, sd.constant(Nd4j.createFromArray(returns)), 0.5));
        assertThat(value).isCloseTo(0.5 * (1 + 0.25 + 1) / 3, within(1e-12));
    }

    private static void checkScalarOfLogits(BiFunction<SameDiff, SDVariable, SDVariable> f, double expected) {
        double[] flat = new double[12];
        for (int r = 0; r < 3; r++) {
            System.arraycopy(LOGITS[r], 0, flat, r * 4, 4);
        }
        double value = checkFiniteDifferences(flat, (sd, x) -> f.apply(sd, x.reshape(3, 4)));
        assertThat(value).isCloseTo(expected, within(1e-6));
    }

    /** Builds f(x) on a float64 variable, checks d f / d x against central differences, returns f(x). */
    private static double checkFiniteDifferences(double[] x0, BiFunction<SameDiff, SDVariable, SDVariable> f) {
        SameDiff sd = SameDiff.create();
        INDArray x = Nd4j.createFromArray(x0.clone());
        SDVariable out = f.apply(sd, sd.var("x", x));
        double value = out.eval().getDouble(0);
        double[] grad = sd.calculateGradients(Map.of(), "x").get("x").toDoubleVector();
        double h = 1e-6;
        double maxAbs = 0;
        for (int i = 0; i < x0.length; i++) {
            x.putScalar(i, x0[i] + h);
            double plus = out.eval().getDouble(0);
            x.putScalar(i, x0[i] - h);
            double minus = out.eval().getDouble(0);
            x.putScalar(i, x0[i]);
            double numeric = (plus - minus) / (2 * h);
            assertThat(grad[i]).as("gradient entry %d", i).isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
            maxAbs = Math.max(maxAbs, Math.abs(grad[i]));
        }
        assertThat(maxAbs).as("largest gradient entry").isGreaterThan(1e-3);
        return value;
    }

    private static float[] flat(double[][] rows) {
        float[] out = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < rows[r].length; j++) {
                out[r * rows[r].length + j] = (float) rows[r][j];
            }
        }
        return out;
    }

    private static double weighted(float[] perRow) {
        double s = 0;
        for (int i = 0; i < perRow.length; i++) {
            s += WEIGHTS[i] * perRow[i];
        }
        return s;
    }

    private static float[] toFloat(double[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
        }
        return out;
    }
}
