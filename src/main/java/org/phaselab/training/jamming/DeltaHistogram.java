package org.phaselab.training.jamming;

/**
 * Log-binned densities of the gaps at the end of training (Geiger et al. 2019, Fig. 4): P+(Delta)
 * over the violated constraints (Delta &gt; 0) and P-(|Delta|) over the satisfied ones (Delta &lt; 0),
 * each normalised by the total number of patterns, so the two sides share one scale. Empty bins are NaN.
 *
 * @param centres   geometric bin centres in |Delta|
 * @param positive  density of Delta in each bin, Delta &gt; 0
 * @param negative  density of -Delta in each bin, Delta &lt; 0
 */
public record DeltaHistogram(double[] centres, double[] positive, double[] negative) {
    public DeltaHistogram {
        centres = centres.clone();
        positive = positive.clone();
        negative = negative.clone();
    }

    /** Copies: the record keeps its own arrays. */
    @Override
    public double[] centres() {
        return centres.clone();
    }

    @Override
    public double[] positive() {
        return positive.clone();
    }

    @Override
    public double[] negative() {
        return negative.clone();
    }

    /** Bins |Delta| in [from, to] into {@code bins} logarithmic bins. */
    public static DeltaHistogram of(double[] deltas, double from, double to, int bins) {
        if (!(from > 0) || !(to > from) || bins < 1) {
            throw new IllegalArgumentException("need 0 < from < to and bins >= 1");
        }
        double logFrom = Math.log(from);
        double step = (Math.log(to) - logFrom) / bins;
        double[] centres = new double[bins];
        double[] pos = new double[bins];
        double[] neg = new double[bins];
        for (double dl : deltas) {
            double a = Math.abs(dl);
            if (a < from || a >= to || dl == 0) {
                continue;
            }
            int k = (int) ((Math.log(a) - logFrom) / step);
            if (dl > 0) {
                pos[k]++;
            } else {
                neg[k]++;
            }
        }
        for (int k = 0; k < bins; k++) {
            double lo = Math.exp(logFrom + k * step);
            double hi = Math.exp(logFrom + (k + 1) * step);
            centres[k] = Math.sqrt(lo * hi);
            double norm = deltas.length * (hi - lo);
            pos[k] = pos[k] == 0 ? Double.NaN : pos[k] / norm;
            neg[k] = neg[k] == 0 ? Double.NaN : neg[k] / norm;
        }
        return new DeltaHistogram(centres, pos, neg);
    }
}
