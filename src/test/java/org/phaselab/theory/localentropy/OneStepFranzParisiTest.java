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
    void inTheRsDipTheBranchLiesAboveRsAndItsExtremumOverMIsTheRsValue() {
        // 1RSB 6(b) and 1RSB 8: alpha = 0.75, d = 0.012, where the RS curve dips below zero (-0.0012433) and the
        // replicon is 0.316 (RS locally stable: no point with an unstable replicon exists here, 1RSB 2)
        OneStepFranzParisi fp = new OneStepFranzParisi(ALPHA, KAPPA_MAX, 0);
        double d = 0.012;
        LocalEntropyPoint rs = fp.replicaSymmetric().solve(d);
        OneStepPoint one = fp.atStationaryM(d);
        assertTrue(one.converged(), () -> one.convergence().reason());
        // Sigma(1) > 0 (0.010452 in the scan of 1RSB 8): phi decreases to m = 1, the extremum over m (1RSB 5)
        assertEquals(1, one.m());
        assertEquals(0.010452, one.complexity(), 1e-5);
        // m = 1: blocks of one student; q0 is the RS q1 and phi the RS value (1RSB 3.3; measured 7e-10)
        assertEquals(rs.phi(), one.phi(), 1e-8);
        assertEquals(rs.q1(), one.q0(), 1e-7);
        assertTrue(one.q1() - one.q0() > 0.03, "the blocks are open");
        // m = 0.9 on the same branch: the saddle of an independent Python prototype (not shipped; trapezoid and
        // Gauss-Legendre rules, scipy's hybrid solver, 1RSB 7): phi = -3.5663457e-5, q0 = 0.95667184, q1 = 0.99562418), above RS by 1.2e-3, as the
        // theory says where Sigma > 0 (phi(m) >= phi(1) = phi_RS, 1RSB 5)
        OneStepPoint low = fp.solveFrom(one, d, 0.9);
        assertTrue(low.converged(), () -> low.convergence().reason());
        assertEquals(-3.5663457e-5, low.phi(), 1e-8);
        assertEquals(0.95667184, low.q0(), 1e-7);
        assertEquals(0.99562418, low.q1(), 1e-7);
        assertTrue(low.phi() > rs.phi() + 1e-3 && low.complexity() > 0);
        // Sigma = -m^2 dphi/dm with dphi/dm the explicit derivative (envelope theorem): against a central difference
        // of the functional in m at the saddle's order parameters (step 1e-4: error ~1e-8 d^3phi/dm^3)
        double h = 1e-4;
        double up = fp.evaluate(d, 0.9 + h, low.sHat(), low.p(), low.q0(), low.q1()).phi();
        double down = fp.evaluate(d, 0.9 - h, low.sHat(), low.p(), low.q0(), low.q1()).phi();
        assertEquals(low.complexity(), -0.81 * (up - down) / (2 * h), 1e-6);
    }
}
