package org.phaselab.theory.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.progress.CancelledException;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;
import org.phaselab.theory.numerics.SafeguardedNewton;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;

class BinaryStorageTest {
    private final BinaryStorage storage = new BinaryStorage();

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 0, 0.5, 1})
    void entropyTendsToAnnealedValueAtSmallLoad(double kappa) {
        // s = ln2 + alpha ln H(kappa) + O(alpha^2) (THEORY.md section 1)
        for (double alpha : new double[] {1e-3, 1e-4}) {
            StoragePoint p = storage.solve(alpha, kappa);
            double annealed = Math.log(2) + alpha * Gaussian.lnH(kappa);
            assertTrue(p.converged());
            assertEquals(annealed, p.entropy(), 20 * alpha * alpha, "alpha " + alpha);
            assertTrue(p.entropy() <= annealed + 1e-15, "quenched <= annealed");
        }
    }

    @Test
    void capacityAtZeroMarginIsKrauthMezard() {
        RootResult r = storage.capacity(0);
        assertTrue(r.converged());
        assertEquals(0.8331, r.root(), 1e-3);   // RS zero-entropy, Krauth & Mezard (1989): 0.833
        assertEquals(0.0, storage.solve(r.root(), 0).entropy(), 1e-9);
    }

    @Test
    void capacityDecreasesWithMargin() {
        double previous = Double.POSITIVE_INFINITY;
        for (double kappa : new double[] {-0.5, 0, 0.25, 0.5, 1.0}) {
            RootResult r = storage.capacity(kappa);
            assertTrue(r.converged(), "kappa " + kappa);
            assertTrue(r.root() < previous, "alpha_c(" + kappa + ") = " + r.root());
            assertTrue(r.root() < BinaryStorage.alphaGD(kappa));
            previous = r.root();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.8})
    void maximalMarginInvertsCapacity(double kappa) {
        double alphaC = storage.capacity(kappa).root();
        RootResult k = storage.kappaMax(alphaC);
        assertTrue(k.converged());
        assertEquals(kappa, k.root(), 1e-7);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0", "0.6, 0", "0.8, 0.2", "1.0, 0", "0.4, -0.5"})
    void saddlePointSatisfiesItsEquationsOnAnIndependentRule(double alpha, double kappa) {
        StoragePoint p = storage.solve(alpha, kappa);
        assertTrue(p.converged());
        // the residual of the last evaluation: the root lies one Newton step (< 1e-8 in logit q) beyond it
        assertTrue(p.convergence().residual() < 1e-8, "residual " + p.convergence().residual());
        double q = p.q();
        double sq = Math.sqrt(q);
        double s1 = Math.sqrt(1 - q);
        GaussianQuadrature fine = new GaussianQuadrature(12, 0.001);
        double qFromQh = fine.integrate(z -> Math.pow(Math.tanh(Math.sqrt(p.qHat()) * z), 2));
        double qhFromQ = alpha / (1 - q) * fine.integrate(z -> Math.pow(Gaussian.gOverH((kappa - sq * z) / s1), 2));
        double s = -p.qHat() * (1 - q) / 2
                + fine.integrate(z -> Math.log(2 * Math.cosh(Math.sqrt(p.qHat()) * z)))
                + alpha * fine.integrate(z -> Gaussian.lnH((kappa - sq * z) / s1));
        assertEquals(q, qFromQh, 1e-10);
        assertEquals(p.qHat(), qhFromQ, 1e-9 * p.qHat());
        assertEquals(s, p.entropy(), 1e-10);
    }

    @ParameterizedTest
    @CsvSource({"0.2, 0", "0.7, 0", "1.1, 0", "0.5, 0.4"})
    void entropySlopeIsTheEnergeticTermAtTheSaddle(double alpha, double kappa) {
        // envelope theorem: d s/d alpha = int Dz ln H(u) at the saddle
        double h = 1e-5;
        double slope = (storage.solve(alpha + h, kappa).entropy() - storage.solve(alpha - h, kappa).entropy()) / (2 * h);
        StoragePoint p = storage.solve(alpha, kappa);
        assertEquals(MarginTerm.evaluate(kappa, 1 - p.q())[0], slope, 1e-7);
    }

    @Test
    void unphysicalBeyondCapacityAndNoSolutionBeyondAlphaGD() {
        StoragePoint beyond = storage.solve(1.0, 0);
        assertTrue(beyond.converged());
        assertTrue(beyond.entropy() < 0);
        assertFalse(beyond.physical());
        assertEquals(4 / Math.PI, BinaryStorage.alphaGD(0), 1e-14);
        StoragePoint none = storage.solve(1.3, 0);
        assertFalse(none.converged());
        assertFalse(none.physical());
        assertTrue(Double.isNaN(none.q()) && Double.isNaN(none.entropy()));
        StoragePoint near = storage.solve(1.27, 0);
        assertTrue(near.converged() && near.q() > 0.99, "q -> 1 at alpha_GD: " + near.q());
    }

    @Test
    void curveMatchesIndependentSolvesAndFlagsTheEnd() {
        List<StoragePoint> curve = storage.curve(0, 0.05, 1.35, 27, Monitor.NONE);
        assertEquals(27, curve.size());
        for (StoragePoint p : curve) {
            if (p.alpha() < 4 / Math.PI - 1e-9) {
                assertTrue(p.converged(), "alpha " + p.alpha());
                assertEquals(storage.solve(p.alpha(), 0).entropy(), p.entropy(), 1e-10);
                assertEquals(p.entropy() >= 0, p.physical());
            } else {
                assertFalse(p.converged(), "alpha " + p.alpha());
            }
        }
    }

    @Test
    void plottedCurvesAgreeWithCarefulSolvesAtRandomPoints() {
        // the entropy plot's fast path (one evaluation per point from a quintic guess, the last Newton step taken
        // unevaluated) against single points solved from q = 0.5 with function tolerance 1e-15 and no step rule
        SafeguardedNewton careful = new SafeguardedNewton(1e-15, 1e-15, 200);
        java.util.Random random = new java.util.Random(5);
        for (double kappa : new double[] {0, 0.5, 1, 1.5}) {
            double end = Math.min(1.2, BinaryStorage.alphaGD(kappa) * (1 - 1e-6));
            List<StoragePoint> curve = storage.curve(kappa, 0.005, end, 200, Monitor.NONE);
            for (int k = 0; k < 12; k++) {
                StoragePoint fast = curve.get(random.nextInt(curve.size()));
                StoragePoint slow = storage.solveWith(careful, fast.alpha(), kappa, 0.5);
                assertTrue(fast.converged() && slow.converged(), "alpha " + fast.alpha());
                assertEquals(slow.entropy(), fast.entropy(), 1e-12, "kappa " + kappa + " alpha " + fast.alpha());
                assertEquals(1 - slow.q(), 1 - fast.q(), 1e-10 * (1 - slow.q()), "kappa " + kappa + " alpha " + fast.alpha());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1, 1.5})
    void capacityFromACurvesSignChangeMatchesTheFullSearch(double kappa) {
        List<StoragePoint> curve = storage.curve(kappa, 0.005, BinaryStorage.alphaGD(kappa) * (1 - 1e-6), 200, Monitor.NONE);
        RootResult fromCurve = storage.capacity(kappa, curve);
        RootResult full = storage.capacity(kappa);
        assertTrue(fromCurve.converged() && full.converged());
        assertEquals(full.root(), fromCurve.root(), 1e-10);
        assertTrue(fromCurve.iterations() <= 5, "solves " + fromCurve.iterations());
        assertTrue(Math.abs(storage.solve(fromCurve.root(), kappa).entropy()) < 1e-12);
        // a curve that ends before s changes sign: the full search
        List<StoragePoint> early = curve.subList(0, 20);
        assertTrue(early.get(19).entropy() > 0);
        assertEquals(full.root(), storage.capacity(kappa, early).root(), 0);
    }

    @Test
    void curveStopsWhenCancelled() {
        Monitor cancelled = new Monitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }

            @Override
            public void progress(double fraction) {}
        };
        assertThrows(CancelledException.class, () -> storage.curve(0, 0.1, 1, 10, cancelled));
        assertThrows(IllegalArgumentException.class, () -> storage.solve(-0.1, 0));
    }
}
