package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * Simulated annealing on the number of training errors E(W) (Kirkpatrick, Gelatt, Vecchi, Science 220,
 * 671 (1983); Metropolis et al. 1953 acceptance). A sweep proposes {@code totalWeights} single-weight
 * flips at random sites, each accepted with probability {@code min(1, exp(-beta Delta E))}. The inverse
 * temperature follows a geometric schedule {@code beta_t = beta0 (beta1/beta0)^(min(t, sweeps)/sweeps)}
 * over the epochs t, then stays at beta1. Delta E is computed exactly from the stored fields of every
 * pattern (O(P) per proposal); the fields are recomputed from scratch at every sweep so no rounding
 * drifts in for Gaussian inputs. Expected to find sharp, typical-like solutions, or to fail.
 */
public final class AnnealingTrainer implements Trainer {
    /** Inverse temperatures (per error) at the start and end of the schedule, and its length in sweeps. */
    public record Params(double beta0, double beta1, int sweeps) {
        public Params {
            if (!(beta0 > 0) || !(beta1 > 0) || sweeps < 1) {
                throw new IllegalArgumentException("need beta0, beta1 > 0 and sweeps >= 1");
            }
        }

        public static Params defaults() {
            return new Params(0.5, 5.0, 1000);
        }
    }

    private final Params params;
    private final UnitData train;
    private final long seed;
    private final Network network;
    private final float[][][] columns;
    private final double[][] fields;
    private final int[] votes;
    private SplittableRandom rng;
    private int epoch;

    public AnnealingTrainer(Architecture student, UnitData train, Params params, long seed) {
        this.params = params;
        this.train = train;
        this.seed = seed;
        this.network = Network.random(student, new SplittableRandom(seed));
        int p = train.size();
        int m = student.unitInputs();
        columns = new float[student.k()][m][p];
        for (int k = 0; k < student.k(); k++) {
            for (int mu = 0; mu < p; mu++) {
                for (int i = 0; i < m; i++) {
                    columns[k][i][mu] = (float) train.units()[k].entry(mu, i);
                }
            }
        }
        fields = new double[student.k()][p];
        votes = new int[p];
        reset();
    }

    @Override
    public void reset() {
        rng = new SplittableRandom(seed);
        for (int k = 0; k < network.architecture().k(); k++) {
            BinaryWeights w = network.unit(k);
            for (int i = 0; i < w.size(); i++) {
                w.set(i, rng.nextBoolean() ? 1 : -1);
            }
        }
        epoch = 0;
    }

    /** The inverse temperature used in sweep t. */
    public double beta(int t) {
        double x = Math.min(t, params.sweeps()) / (double) params.sweeps();
        return params.beta0() * Math.pow(params.beta1() / params.beta0(), x);
    }

    @Override
    public void step() {
        recomputeFields();
        double beta = beta(epoch);
        int m = network.architecture().unitInputs();
        int kCount = network.architecture().k();
        int proposals = m * kCount;
        byte[] y = train.labels();
        for (int s = 0; s < proposals; s++) {
            int k = kCount == 1 ? 0 : rng.nextInt(kCount);
            int i = rng.nextInt(m);
            double twoW = 2.0 * network.unit(k).get(i);
            float[] col = columns[k][i];
            double[] f = fields[k];
            int deltaE = 0;
            for (int mu = 0; mu < f.length; mu++) {
                double nf = f[mu] - twoW * col[mu];
                int oldS = f[mu] >= 0 ? 1 : -1;
                int newS = nf >= 0 ? 1 : -1;
                if (oldS != newS) {
                    int nv = votes[mu] - oldS + newS;
                    boolean wrongOld = votes[mu] * y[mu] < 0;
                    boolean wrongNew = nv * y[mu] < 0;
                    deltaE += (wrongNew ? 1 : 0) - (wrongOld ? 1 : 0);
                }
            }
            if (deltaE <= 0 || rng.nextDouble() < Math.exp(-beta * deltaE)) {
                for (int mu = 0; mu < f.length; mu++) {
                    double nf = f[mu] - twoW * col[mu];
                    int oldS = f[mu] >= 0 ? 1 : -1;
                    int newS = nf >= 0 ? 1 : -1;
                    votes[mu] += newS - oldS;
                    f[mu] = nf;
                }
                network.unit(k).flip(i);
            }
        }
        epoch++;
    }

    private void recomputeFields() {
        java.util.Arrays.fill(votes, 0);
        for (int k = 0; k < fields.length; k++) {
            for (int mu = 0; mu < votes.length; mu++) {
                fields[k][mu] = train.units()[k].field(mu, network.unit(k));
                votes[mu] += fields[k][mu] >= 0 ? 1 : -1;
            }
        }
    }

    @Override
    public int epoch() {
        return epoch;
    }

    @Override
    public Network network() {
        return network;
    }
}
