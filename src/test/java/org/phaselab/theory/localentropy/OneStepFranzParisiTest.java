package org.phaselab.theory.localentropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.storage.BinaryStorage;

/** The checks of docs/local-entropy-1rsb.md, 1RSB 6. */
class OneStepFranzParisiTest {
    private static final double ALPHA = 0.75;
    private static final double KAPPA_MAX = new BinaryStorage().kappaMax(ALPHA).root();

    @ParameterizedTest
    @CsvSource({"0.03, 0.8", "0.012, 0.3", "0.005, 0.5"})
    void closedBlocksGiveTheReplicaSymmetricPotential(double d, double m) {
        // 1RSB 6(a): at q1 = q0 (and q0h = q1h) the functional is the RS one for any m; at the RS saddle of the
        // existing solver it must return its phi (measured: 3e-10 to 1.2e-9) and solve its equations (residual 1e-7)
        OneStepFranzParisi fp = new OneStepFranzParisi(ALPHA, KAPPA_MAX, 0);
        LocalEntropyPoint rs = fp.replicaSymmetric().solve(d);
        assertTrue(rs.converged());
        OneStepFranzParisi.Evaluation e = fp.evaluate(d, m, rs.sHat(), rs.p(), rs.q1(), rs.q1());
        assertNotNull(e);
        assertEquals(rs.phi(), e.phi(), 1e-8);
        for (double r : e.residual()) {
            assertEquals(0, r, 1e-6);
        }
        assertEquals(rs.slope(), e.slope(), 1e-5);
    }

    @Test
    void vanishingLoadGivesTheBinaryEntropy() {
        // 1RSB 6(c): alpha -> 0, closed blocks: H2(d) up to O(alpha), as the RS check (ii) of FranzParisiTest
        OneStepFranzParisi fp = new OneStepFranzParisi(1e-4, 0.5, 0);
        LocalEntropyPoint rs = fp.replicaSymmetric().solve(0.1);
        OneStepFranzParisi.Evaluation e = fp.evaluate(0.1, 0.5, rs.sHat(), rs.p(), rs.q1(), rs.q1());
        assertEquals(Gaussian.binaryEntropy(0.1), e.phi(), 2e-4);
    }

    @Test
    void repliconOfTheRsStudentsIsBelowOne() {
        // 1RSB 2: alpha = 0.75, max-margin references, d = 0.03: 0.37524 here, 0.3752 from the prototype's
        // trapezoid rules (docs/local-entropy-1rsb.md, table of 1RSB 2); below 1: RS locally stable
        OneStepFranzParisi fp = new OneStepFranzParisi(ALPHA, KAPPA_MAX, 0);
        double replicon = fp.replicon(fp.replicaSymmetric().solve(0.03));
        assertEquals(0.3752, replicon, 2e-4);
    }

    @Test
    void oneStepBranchLiesAboveRsAndReachesItAtMEqualsOne() {
        // 1RSB 6(b), alpha = 0.75, d = 0.03 (replicon 0.375: RS locally stable, the branch is discontinuous).
        OneStepFranzParisi fp = new OneStepFranzParisi(ALPHA, KAPPA_MAX, 0);
        double d = 0.03;
        double rs = fp.replicaSymmetric().solve(d).phi();
        OneStepPoint low = fp.solve(d, 0.9);
        assertTrue(low.converged(), () -> low.convergence().reason());
        // blocks really open (prototype: q0 = 0.89879, q1 = 0.99271, phi = 0.00778292)
        assertEquals(0.89879, low.q0(), 1e-5);
        assertEquals(0.99271, low.q1(), 1e-5);
        assertEquals(0.00778292, low.phi(), 1e-8);
        OneStepPoint one = fp.solveFrom(low, d, 1);
        assertTrue(one.converged(), () -> one.convergence().reason());
        // m = 1: blocks of one student, the inter-block overlap is the RS q1 and phi the RS value (measured 3e-10)
        assertEquals(rs, one.phi(), 1e-8);
        assertEquals(fp.replicaSymmetric().solve(d).q1(), one.q0(), 1e-7);
        // Sigma = -m^2 dphi/dm > 0 on all of (0.9, 1]: phi decreases to the RS value, so the extremum over m in
        // (0, 1] (Sigma = 0) is not inside; Parisi's prescription (phi_1RSB = min over m <= phi_RS) gives phi_RS
        assertTrue(low.complexity() > 0.02 && one.complexity() > 0.02);
        assertTrue(low.phi() > rs + 2e-3);
        // Sigma is dphi/dm: trapezoid of -Sigma/m^2 over [0.9, 1] against the change of phi (measured 2.1e-5;
        // the trapezoid's own error is ~(0.1)^3/12 (Sigma/m^2)'' ~ 5e-5)
        double trapezoid = -0.05 * (low.complexity() / 0.81 + one.complexity());
        assertEquals(one.phi() - low.phi(), trapezoid, 1e-4);
    }
}
