package org.phaselab.training.jamming;

import org.phaselab.progress.Monitor;

/** Not a test: SAT fraction of the spherical perceptron over alpha at one kappa. Args: N KAPPA SEEDS ALPHA... */
public final class PerceptronBenchmark {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        double kappa = Double.parseDouble(args[1]);
        int seeds = Integer.parseInt(args[2]);
        System.out.printf("alpha_J(%.2f) = %.4f%n", kappa, JammingLine.alpha(kappa));
        for (int a = 3; a < args.length; a++) {
            double alpha = Double.parseDouble(args[a]);
            int sat = 0;
            double contacts = 0;
            int unconverged = 0;
            long start = System.nanoTime();
            for (int s = 1; s <= seeds; s++) {
                SphericalPerceptron.Run r = SphericalPerceptron.train(n, alpha, kappa, s, 50_000, Monitor.NONE);
                sat += r.sat() ? 1 : 0;
                contacts += r.contacts();
                unconverged += r.converged() ? 0 : 1;
            }
            System.out.printf("alpha=%.3f sat=%d/%d contacts/N=%.3f unconverged=%d (%.1fs)%n", alpha, sat, seeds,
                    contacts / seeds / n, unconverged, (System.nanoTime() - start) * 1e-9);
        }
    }
}
