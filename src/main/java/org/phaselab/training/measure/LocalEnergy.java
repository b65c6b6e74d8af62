package org.phaselab.training.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * Local energy, the flatness of a solution (Baldassi et al., PNAS 113, E7655 (2016); THEORY.md
 * section 7): {@code E(p)} = training error of the network with a random fraction p of its weights
 * flipped, averaged over independent flip sets. Works on a private copy: the caller's network is not
 * touched. For a planted teacher on its own data {@code E(p) -> arccos(1 - 2p)/pi} as N -> infinity.
 */
public final class LocalEnergy {
    /** Default number of flip sets per p. */
    public static final int DEFAULT_FLIP_SETS = 200;

    private LocalEnergy() {}

    public static List<LocalEnergyPoint> measure(Network network, UnitData train, UnitData test, double[] ps,
                                                 int flipSets, long seed) {
        if (flipSets < 2) {
            throw new IllegalArgumentException("need at least 2 flip sets for a standard error, got " + flipSets);
        }
        Network net = network.copy();
        int total = net.architecture().totalWeights();
        int[] sites = new int[total];
        for (int i = 0; i < total; i++) {
            sites[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<LocalEnergyPoint> out = new ArrayList<>();
        for (double p : ps) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("flip fraction p must lie in [0, 1], got " + p);
            }
            int flips = (int) Math.round(p * total);
            Moments trainM = new Moments();
            Moments testM = new Moments();
            for (int s = 0; s < flipSets; s++) {
                // partial Fisher-Yates: sites[0..flips) is a uniform random subset
                for (int j = 0; j < flips; j++) {
                    int r = j + rng.nextInt(total - j);
                    int t = sites[j];
                    sites[j] = sites[r];
                    sites[r] = t;
                    net.flipWeight(sites[j]);
                }
                trainM.add(net.errors(train) / (double) train.size());
                if (test != null) {
                    testM.add(net.errors(test) / (double) test.size());
                }
                for (int j = 0; j < flips; j++) {
                    net.flipWeight(sites[j]);
                }
            }
            out.add(new LocalEnergyPoint(p, trainM.mean(), trainM.stderr(),
                    test == null ? Double.NaN : testM.mean(), test == null ? Double.NaN : testM.stderr(), flipSets));
        }
        return out;
    }

    /** Running mean and variance (Welford). */
    static final class Moments {
        private int n;
        private double mean;
        private double m2;

        void add(double x) {
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        double mean() {
            return n == 0 ? Double.NaN : mean;
        }

        double stderr() {
            return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1) / n);
        }
    }
}
