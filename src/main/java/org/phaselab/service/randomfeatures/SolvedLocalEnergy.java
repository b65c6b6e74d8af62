package org.phaselab.service.randomfeatures;

/**
 * The local energy E(p) of the solutions a training sweep found at one N (training.measure.LocalEnergy;
 * Baldassi et al., PNAS 113, E7655 (2016)): for each solved run, the fraction of its P training patterns that
 * become errors when round(p N) random weights are flipped, averaged over flip sets; here the mean of that over
 * the solved runs, with its standard error over runs. Dimensionless, in [0, 1].
 *
 * @param p      flip fraction (nominal; round(p N) weights are flipped)
 * @param mean   mean over solved runs; NaN if no run solved
 * @param stderr standard error over solved runs; NaN below two
 */
public record SolvedLocalEnergy(double p, double mean, double stderr) {
    /** Mean and standard error of per-run values, as for the test error. */
    static SolvedLocalEnergy over(double p, double[] perRun, int runs) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < runs; i++) {
            sum += perRun[i];
            sumSq += perRun[i] * perRun[i];
        }
        double mean = runs == 0 ? Double.NaN : sum / runs;
        double stderr = runs < 2 ? Double.NaN : Math.sqrt(Math.max(0, sumSq / runs - mean * mean) / (runs - 1));
        return new SolvedLocalEnergy(p, mean, stderr);
    }
}
