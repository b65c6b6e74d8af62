package org.phaselab.theory.localentropy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table's fast paths against its careful one: the shared lattice for sharp integrands (qe &gt; 0.67) against the
 * graded rule of each row, and a table reused by {@link StudentFieldTable#reset} against a fresh one.
 */
class StudentFieldTableTest {
    @Test
    void sharpLatticeAgreesWithTheGradedRule() {
        Random random = new Random(13);
        double[] fast = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        double[] careful = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        double worst = 0;
        for (int n = 0; n < 200; n++) {
            // qe from 0.67 (scale sqrt((1-qe)/qe) = 0.7) to 0.998 (the largest lattice refinement), uniform in ln(1-qe)
            double qe = 1 - Math.exp(Math.log(0.33) + random.nextDouble() * (Math.log(0.002) - Math.log(0.33)));
            StudentFieldTable lattice = new StudentFieldTable(qe);
            StudentFieldTable graded = new StudentFieldTable(qe, false);
            for (int k = 0; k < 20; k++) {
                double t = -9 + 19 * random.nextDouble();
                lattice.atWithSlopes(t, fast);
                graded.atWithSlopes(t, careful);
                for (int i = 0; i < StudentFieldTable.SIZE; i++) {
                    // M0, M1, M2, M4 (the equations' values), relative to their size (M0 ~ -t^2/2 grows with t); the
                    // interpolation between grid nodes errs by up to ~1e-8 near qe = 0.998 for either rule (a fine Simpson rule)
                    double scale = Math.max(1, Math.abs(careful[i]));
                    worst = Math.max(worst, Math.abs(fast[i] - careful[i]) / scale);
                    assertEquals(careful[i], fast[i], 1e-7 * scale, "qe " + qe + " t " + t + " entry " + i);
                }
                // M2' and M2'' (the Jacobian's only) at a grid node, where no interpolation error (up to ~5e-2 in M2''
                // between nodes near qe = 1, for either rule) hides the rules' difference; there each rule errs by up to
                // ~7e-6 in M2'' near qe = 0.998 (against a fine Simpson rule)
                double node = -9.5 + 0.2 * Math.round((t + 9.5) / 0.2);
                lattice.atWithSlopes(node, fast);
                graded.atWithSlopes(node, careful);
                assertEquals(careful[4], fast[4], 1e-7, "qe " + qe + " t " + node + " M2'");
                assertEquals(careful[5], fast[5], 2e-5, "qe " + qe + " t " + node + " M2''");
            }
        }
        System.out.println("StudentFieldTable sharp lattice vs graded rule: worst relative difference " + worst);
    }

    @Test
    void aResetTableEqualsAFreshOne() {
        Random random = new Random(7);
        StudentFieldTable reused = new StudentFieldTable(0.5);
        double[] a = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        double[] b = new double[StudentFieldTable.SIZE_WITH_SLOPES];
        for (int n = 0; n < 100; n++) {
            double qe = n % 10 == 0 ? 0 : random.nextDouble() * (n % 3 == 0 ? 1e-3 : 0.999);
            reused.reset(qe);
            StudentFieldTable fresh = new StudentFieldTable(qe);
            for (int k = 0; k < 10; k++) {
                double t = -10 + 30 * random.nextDouble();
                reused.atWithSlopes(t, a);
                fresh.atWithSlopes(t, b);
                for (int i = 0; i < a.length; i++) {
                    assertEquals(b[i], a[i], 0, "qe " + qe + " t " + t + " entry " + i);
                }
            }
        }
    }
}
