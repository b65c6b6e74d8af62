package org.phaselab.theory.localentropy;

import java.util.Locale;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;

/**
 * Where the RS Franz-Parisi local entropy has a solution to compute: the students (margin kappa at load alpha) must
 * exist as typical solutions, i.e. alpha below alpha_GD(kappa) (the RS saddle exists) and the storage entropy
 * s(alpha, kappa) positive (kappa below kappa_max(alpha)). Outside it the Franz-Parisi solver has nothing to converge to
 * and one point can search for minutes (alpha = 0.5, kappa = 0.5 ran over 60 s). One storage solve, milliseconds.
 * {@link FranzParisi} refuses such students itself, and the theory panel's scene and the command line's
 * {@code theory local-entropy} check the same rule first, so a preset and the command refuse the same cases with the
 * same message.
 */
public final class LocalEntropyDomain {
    private static final BinaryStorage STORAGE = new BinaryStorage();

    private LocalEntropyDomain() {}

    /** Throws IllegalArgumentException, in the user's terms, unless typical solutions exist at (alpha, kappa). */
    public static void requireTypicalStudents(double alpha, double kappa) {
        if (!Double.isFinite(alpha) || !Double.isFinite(kappa)) {
            throw new IllegalArgumentException("the load and the margin must be finite numbers, got alpha = " + alpha
                    + " and kappa = " + kappa);
        }
        String at = String.format(Locale.ROOT, "at load alpha = %s with margin kappa = %s", plain(alpha), plain(kappa));
        double gd = BinaryStorage.alphaGD(kappa);
        if (!(alpha < gd)) {
            throw new IllegalArgumentException("no replica-symmetric solution " + at + ": alpha must be below alpha_GD(kappa) = "
                    + String.format(Locale.ROOT, "%.4g", gd) + ", so the local entropy has nothing to compute");
        }
        StoragePoint p = STORAGE.solve(alpha, kappa);
        if (p.converged() && p.entropy() > 0) {
            return;
        }
        RootResult kMax = STORAGE.kappaMax(alpha);
        String bound = kMax.converged() ? String.format(Locale.ROOT, "kappa must be below kappa_max(alpha) = %.4g", kMax.root())
                : "the margin is beyond kappa_max(alpha)";
        throw new IllegalArgumentException("no typical solutions " + at + " (storage entropy s(alpha, kappa) "
                + (p.converged() ? String.format(Locale.ROOT, "= %.3g <= 0", p.entropy()) : "not found") + "): " + bound
                + ", so the local entropy has nothing to compute");
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
