package org.phaselab.theory.localentropy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.theory.numerics.BrentSolver;
import org.phaselab.theory.numerics.Convergence;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.progress.Monitor;
import org.phaselab.theory.numerics.RootResult;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;

/** The checks (i)-(v) of THEORY.md section 3, and the identities behind the saddle-point equations. */
class FranzParisiTest {
    private final BinaryStorage storage = new BinaryStorage();

    @ParameterizedTest
    @CsvSource({"0.5, 0", "0.3, 0.5", "0.7, -0.3"})
    void studentAtTheReferenceOverlapIsOneMoreReference(double alpha, double kappa) {
        // (i) kappaRef = kappa, S = q~: q1 = p = q~ and phi_FP = s(alpha, kappa)
        FranzParisi fp = new FranzParisi(alpha, kappa, kappa);
        double q = fp.reference().q();
        LocalEntropyPoint p = fp.solve((1 - q) / 2);
        assertTrue(p.converged());
        assertEquals(storage.solve(alpha, kappa).entropy(), p.phi(), 1e-9);
        assertEquals(q, p.q1(), 1e-9);
        assertEquals(q, p.p(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.1, 0.3, 0.45})
    void vanishingLoadGivesTheBinaryEntropy(double d) {
        // (ii) alpha -> 0: phi_FP = H2(d), with a correction of order alpha
        LocalEntropyPoint p = new FranzParisi(1e-4, 0.5, 0).solve(d);
        assertTrue(p.converged());
        assertEquals(Gaussian.binaryEntropy(d), p.phi(), 2e-4);
        assertTrue(p.phi() <= p.upperBound());
    }

    @Test
    void localEntropyOfDenseReferencesHugsTheUpperBound() {
        // (iii) phi_FP <= H2(d) everywhere, and -> H2(d) as d -> 0 when kappaRef > kappa
        double alpha = 0.6;
        double kMax = storage.kappaMax(alpha).root();
        double[] d = {2e-4, 5e-4, 2e-3, 0.01, 0.05, 0.15, 0.3, 0.45};
        List<LocalEntropyPoint> curve = new FranzParisi(alpha, kMax, 0).curve(d, Monitor.NONE);
        double previousGap = -1e-9;
        for (LocalEntropyPoint p : curve) {
            assertTrue(p.converged(), "d " + p.d());
            assertTrue(p.phi() <= p.upperBound() + 1e-12, "d " + p.d());
            double relativeGap = 1 - p.phi() / p.upperBound();
            assertTrue(relativeGap >= previousGap - 1e-9, "relative gap grows with d");
            previousGap = relativeGap;
        }
        assertTrue(1 - curve.get(0).phi() / curve.get(0).upperBound() < 3e-3);
    }

    @Test
    void maximumOverDistanceIsTheStudentsTotalEntropy() {
        // (iv) max_d phi_FP(d) = s(alpha, kappa): the slope d phi/d d vanishes there
        double alpha = 0.6;
        FranzParisi fp = new FranzParisi(alpha, storage.kappaMax(alpha).root(), 0);
        LocalEntropyPoint[] last = {fp.solve(0.22)};
        RootResult top = new BrentSolver(1e-9, 60).solve(d -> {
            LocalEntropyPoint p = fp.march(last[0], d);
            last[0] = p;
            return p.slope();
        }, 0.22, 0.32);
        assertTrue(top.converged());
        StoragePoint students = storage.solve(alpha, 0);
        assertEquals(students.entropy(), last[0].phi(), 1e-7);
    }

    @ParameterizedTest
    @CsvSource({"0.2, 2e-4", "0.5, 0.005"})
    void typicalSolutionsAreIsolated(double alpha, double d) {
        // (v) kappaRef = kappa = 0 (Huang & Kabashima 2014): phi_FP < 0 at small d for every alpha > 0; the distance
        // below which it is negative shrinks as alpha decreases (~3e-4 at alpha = 0.2)
        LocalEntropyPoint p = new FranzParisi(alpha, 0, 0).solve(d);
        assertTrue(p.converged());
        assertTrue(p.phi() < 0, "phi = " + p.phi());
    }

    @Test
    void slopeIsTheDerivativeOfTheLocalEntropy() {
        FranzParisi fp = new FranzParisi(0.75, storage.kappaMax(0.75).root(), 0);
        List<LocalEntropyPoint> c = fp.curve(new double[] {0.004, 0.005 - 1e-5, 0.005, 0.005 + 1e-5}, Monitor.NONE);
        double fd = (c.get(3).phi() - c.get(1).phi()) / 2e-5;
        assertEquals(fd, c.get(2).slope(), 1e-5);
        assertTrue(c.get(2).slope() < 0, "non-monotonic at alpha = 0.75");
    }

    @ParameterizedTest
    @CsvSource({"0.6, 0.26, 0, 0.05", "0.75, 0.08, 0, 0.01", "0.5, 0, 0, 0.2"})
    void conjugatesAreDerivativesOfTheEnergeticTerm(double alpha, double kappaRef, double kappa, double d) {
        // q1h = -2 alpha dG_E/dq1, ph = -alpha dG_E/dp, dG_E/dS: finite differences of G_E
        Reference ref = Reference.of(alpha, kappaRef);
        double s = 1 - 2 * d;
        double p = s * ref.q() * 0.98;
        double q1 = p * p / ref.q() + (s - p) * (s - p) / (1 - ref.q()) + 0.01;
        EnergeticTerm.Result e = EnergeticTerm.evaluate(alpha, kappa, ref, s, q1, p);
        double h = 1e-5;
        double dq1 = (EnergeticTerm.evaluate(alpha, kappa, ref, s, q1 + h, p).gE()
                - EnergeticTerm.evaluate(alpha, kappa, ref, s, q1 - h, p).gE()) / (2 * h);
        double dp = (EnergeticTerm.evaluate(alpha, kappa, ref, s, q1, p + h).gE()
                - EnergeticTerm.evaluate(alpha, kappa, ref, s, q1, p - h).gE()) / (2 * h);
        double ds = (EnergeticTerm.evaluate(alpha, kappa, ref, s + h, q1, p).gE()
                - EnergeticTerm.evaluate(alpha, kappa, ref, s - h, q1, p).gE()) / (2 * h);
        assertEquals(-2 * alpha * dq1, e.q1Hat(), 1e-6);
        assertEquals(-alpha * dp, e.pHat(), 1e-6);
        assertEquals(ds, e.dgEdS(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"0.7, 0.005, -0.029075", "0.6, 0.002, -0.015922"})
    void typicalReferencesAtSmallDistance(double alpha, double d, double independent) {
        // the points the "typical solutions are isolated" picture rests on; the values of an independent implementation
        // of the same equations (issue 13), to its 6 digits
        LocalEntropyPoint p = new FranzParisi(alpha, 0, 0).solve(d);
        assertTrue(p.converged(), String.valueOf(p.convergence()));
        assertEquals(independent, p.phi(), 1e-6);
    }

    @Test
    void aValueDoesNotDependOnTheOtherDistancesAskedFor() {
        // issue 13: alone and inside lists, the same saddle to the tolerance (the independent value 0.0033051865)
        FranzParisi fp = new FranzParisi(0.74769, 0.01199, 0.00094);
        double alone = fp.solve(0.05834).phi();
        double inList = fp.curve(new double[] {0.03, 0.04, 0.05, 0.05834, 0.06}, Monitor.NONE).get(3).phi();
        double[] panel = new double[60];
        for (int i = 0; i < panel.length; i++) {
            panel[i] = i == 29 ? 0.05834 : 0.12 * (i + 1) / 60;
        }
        double inPanel = fp.curve(panel, Monitor.NONE).get(29).phi();
        assertEquals(0.0033051865, alone, 5e-11);
        assertEquals(alone, inList, 1e-12);
        assertEquals(alone, inPanel, 1e-12);
    }

    @Test
    void studentsAroundTypicalReferencesFreezeAtSmallDistance() {
        // below d ~ 0.0027 at alpha = 0.745 the RS solution ends (q1 -> 1, Sh -> infinity): no solution, said so
        List<LocalEntropyPoint> c = new FranzParisi(0.745, 0, 0).curve(new double[] {0.002, 0.003, 0.01}, Monitor.NONE);
        assertEquals(Convergence.Kind.NO_SOLUTION, c.get(0).convergence().kind(), String.valueOf(c.get(0).convergence()));
        assertTrue(c.get(1).converged() && c.get(2).converged());
        assertTrue(1 - c.get(1).q1() < 1e-3, "nearly frozen at d = 0.003: 1 - q1 = " + (1 - c.get(1).q1()));
    }

    @Test
    void fastCurvesAgreeWithCarefulSinglePointsAtRandomPointsOfTheDomain() {
        // fast: one 8-point curve, FAST rule, one continuation path; careful: each point alone on its own path, with
        // the REFERENCE rule. Seeded points over the panel's domain: alpha in [0.02, 0.8], kappaRef up to
        // min(1.5, kappa_max), kappa up to kappaRef, d in (0, 0.45)
        Random random = new Random(13);
        int compared = 0;
        for (int trial = 0; trial < 6; trial++) {
            double alpha = 0.02 + 0.78 * random.nextDouble();
            double kappaRef = Math.min(1.5, storage.kappaMax(alpha).root()) * random.nextDouble();
            double kappa = kappaRef * random.nextDouble();
            double[] d = new double[4];
            for (int i = 0; i < d.length; i++) {
                d[i] = 0.45 * Math.pow(random.nextDouble(), 2) + 1e-3;
            }
            Reference ref = Reference.of(alpha, kappaRef);
            List<LocalEntropyPoint> fast = new FranzParisi(ref, kappa).curve(d, Monitor.NONE);
            FranzParisi careful = new FranzParisi(ref, kappa, Quadrature.REFERENCE);
            for (int i = 0; i < d.length; i++) {
                LocalEntropyPoint slow = careful.solve(d[i]);
                String where = String.format("alpha %.4f kappaRef %.4f kappa %.4f d %.4f", alpha, kappaRef, kappa, d[i]);
                assertEquals(fast.get(i).converged(), slow.converged(), where + ": " + fast.get(i).convergence()
                        + " / " + slow.convergence());
                if (slow.converged()) {
                    assertEquals(slow.phi(), fast.get(i).phi(), 1e-8, where);
                    assertEquals(slow.slope(), fast.get(i).slope(), 1e-6, where);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 20, "compared " + compared);
    }
}
