package org.phaselab.theory.localentropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.progress.Monitor;

/** The fast rule of the energetic term ({@link Quadrature#FAST}) against the reference rule, along whole curves. */
class QuadratureTest {
    private static final double[] D = {2e-4, 5e-4, 1e-3, 3e-3, 0.01, 0.03, 0.12, 0.3};

    @ParameterizedTest
    @CsvSource({"0.6, 0.26, 0", "0.75, 0.0818791, 0", "0.3, 0.5, 0"})
    void fastCurveAgreesWithTheReferenceRule(double alpha, double kappaRef, double kappa) {
        // phi to 1e-9 (1e-7 below d = 1e-3), the slope d phi/d d to 1e-8 (1e-6 below)
        Reference ref = Reference.of(alpha, kappaRef);
        List<LocalEntropyPoint> fast = new FranzParisi(ref, kappa, Quadrature.FAST).curve(D, Monitor.NONE);
        List<LocalEntropyPoint> slow = new FranzParisi(ref, kappa, Quadrature.REFERENCE).curve(D, Monitor.NONE);
        for (int i = 0; i < D.length; i++) {
            assertTrue(fast.get(i).converged() && slow.get(i).converged(), "d " + D[i]);
            double scale = D[i] < 1e-3 ? 100 : 1;
            assertEquals(slow.get(i).phi(), fast.get(i).phi(), 1e-9 * scale, "phi at d " + D[i]);
            assertEquals(slow.get(i).slope(), fast.get(i).slope(), 1e-8 * scale, "slope at d " + D[i]);
        }
    }

    @ParameterizedTest
    @CsvSource({"0.6, 0.26, 0, 0.05", "0.75, 0.0818791, 0, 0.004", "0.5, 0, 0, 0.2"})
    void fastEnergeticTermAgreesWithTheReferenceRule(double alpha, double kappaRef, double kappa, double d) {
        Reference ref = Reference.of(alpha, kappaRef);
        double s = 1 - 2 * d;
        double p = s * ref.q() * 0.99;
        double q1 = p * p / ref.q() + (s - p) * (s - p) / (1 - ref.q()) + 1e-3;
        EnergeticTerm.Result fast = EnergeticTerm.evaluate(alpha, kappa, new ReferenceNodes(ref, Quadrature.FAST), s, q1, p);
        EnergeticTerm.Result slow = EnergeticTerm.evaluate(alpha, kappa, new ReferenceNodes(ref, Quadrature.REFERENCE), s, q1, p);
        assertEquals(slow.gE(), fast.gE(), 1e-10);
        assertEquals(slow.q1Hat(), fast.q1Hat(), 1e-9);
        assertEquals(slow.pHat(), fast.pHat(), 1e-9);
        assertEquals(slow.dgEdS(), fast.dgEdS(), 1e-9);
    }
}
