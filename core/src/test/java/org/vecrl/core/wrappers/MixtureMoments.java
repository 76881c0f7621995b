package org.vecrl.core.wrappers;

/**
 * The closed form RunningMeanStd must reproduce: the mean and population variance of the samples
 * pooled with a prior of mean 0 and variance 1 weighted by the initial pseudo-count.
 */
record MixtureMoments(double mean, double var) {

    static MixtureMoments of(double... samples) {
        double c0 = RunningMeanStd.INITIAL_COUNT;
        double sum = 0;
        double sumSq = c0;
        for (double x : samples) {
            sum += x;
            sumSq += x * x;
        }
        double total = c0 + samples.length;
        double mean = sum / total;
        return new MixtureMoments(mean, sumSq / total - mean * mean);
    }
}
