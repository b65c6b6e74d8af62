package org.phaselab.theory.deeplinear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaselab.progress.Monitor;

class DeepLinearTheoryTest {
    private final StationaryPointSolver solver = new StationaryPointSolver();
    private final TransitionFinder finder = new TransitionFinder();

    /** D = 1: b*^2 = (c - gamma)/a below gamma_c = c, 0 above (Ziyin & Ueda; THEORY.md section 5). Tolerance 1e-12. */
    @ParameterizedTest
    @CsvSource({"1.0, 1.0, 0.1", "1.0, 1.0, 0.7", "2.0, 0.5, 0.3", "0.5, 3.0, 2.9", "1.0, 1.0, 1.5", "0.7, 0.4, 0.41"})
    void oneHiddenLayerOrderParameterIsSquareRootLaw(double a, double c, double gamma) {
        Landscape l = solver.solve(DeepLinearModel.of(1, a, c), gamma);
        assertTrue(l.converged());
        double expected = gamma < c ? Math.sqrt((c - gamma) / a) : 0.0;
        assertEquals(expected, l.bStar(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0", "2.0, 0.5", "0.5, 3.0"})
    void oneHiddenLayerIsSecondOrderAtGammaEqualsC(double a, double c) {
        Transition t = finder.find(DeepLinearModel.of(1, a, c));
        assertEquals(Transition.Order.SECOND, t.order());
        assertEquals(c, t.gammaC(), 1e-12);
        assertEquals(c, t.gammaSpinodal(), 1e-12);
        // the second derivative of min L jumps from -2/a to 0 while the first is continuous (-> 0)
        List<BranchPoint> around = new OrderParameterCurve().compute(DeepLinearModel.of(1, a, c), c - 1e-6, c + 1e-6, 2, Monitor.NONE);
        assertEquals(-2 / a, around.get(0).d2LossDGamma2(), 1e-9);
        assertEquals(0.0, around.get(1).d2LossDGamma2(), 0.0);
        assertEquals(0.0, around.get(0).dLossDGamma() - around.get(1).dLossDGamma(), 1e-5);
    }

    /** D >= 2: gamma_c against the closed form b_c^(D+1) = (D-1)c/(Da), gamma_c = c b_c^(D-1) - a b_c^(2D); 1e-10. */
    @ParameterizedTest
    @CsvSource({"2, 1.0, 1.0", "3, 1.0, 1.0", "4, 1.0, 1.0", "5, 1.0, 1.0", "2, 2.0, 0.5", "3, 0.5, 3.0"})
    void deepNetsAreFirstOrderWithEqualLossesAtGammaC(int depth, double a, double c) {
        DeepLinearModel model = DeepLinearModel.of(depth, a, c);
        Transition t = finder.find(model);
        assertTrue(t.converged(), t.convergence().reason());
        assertEquals(Transition.Order.FIRST, t.order());
        double bc = Math.pow((depth - 1) * c / (depth * a), 1.0 / (depth + 1));
        double gammaC = c * Math.pow(bc, depth - 1) - a * Math.pow(bc, 2 * depth);
        assertEquals(gammaC, t.gammaC(), 1e-10);
        assertEquals(bc, t.bJump(), 1e-6);
        assertTrue(t.bJump() > 0.1 * Math.pow(c / a, 1.0 / (depth + 1)), "jump in b is nonzero");
        assertTrue(t.gammaSpinodal() > t.gammaC());
        Landscape atC = solver.solve(model, t.gammaC());
        assertEquals(2, atC.minima().size());
        assertEquals(atC.minima().get(0).loss(), atC.minima().get(1).loss(), 1e-10 * model.ySquared());
        // just above the spinodal only the origin survives; just below there are two minima and a maximum
        assertEquals(1, solver.solve(model, t.gammaSpinodal() * 1.001).points().size());
        assertEquals(3, solver.solve(model, t.gammaSpinodal() * 0.999).points().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void originIsLocalMinimumForEveryPositiveGammaWhenDeep(int depth) {
        DeepLinearModel model = DeepLinearModel.of(depth, 1.0, 1.0);
        for (double gamma : new double[] {1e-8, 1e-4, 0.01, 0.1, 0.3, 1.0, 10.0}) {
            StationaryPoint origin = solver.solve(model, gamma).points().get(0);
            assertEquals(0.0, origin.b());
            assertTrue(origin.isMinimum(), "origin at gamma = " + gamma);
            assertEquals(2 * (depth + 1) * gamma, origin.curvature(), 1e-12 * (1 + gamma));
        }
    }

    /** Stationary points are true zeros of L'(b), and no sign change of L' on a fine grid is missed. */
    @ParameterizedTest
    @CsvSource({"2, 0.05", "2, 0.4", "3, 0.2", "5, 0.01", "5, 0.3", "1, 0.5"})
    void everySignChangeOfTheSlopeIsFound(int depth, double gamma) {
        DeepLinearModel model = DeepLinearModel.of(depth, 1.0, 1.0);
        ReducedLoss loss = new ReducedLoss(model, gamma);
        Landscape l = solver.solve(model, gamma);
        int changes = 0;
        double previous = loss.slope(1e-9);
        for (int i = 1; i <= 200_000; i++) {
            double s = loss.slope(1e-9 + 2.0 * i / 200_000);
            if ((s > 0) != (previous > 0)) {
                changes++;
            }
            previous = s;
        }
        assertEquals(changes, l.points().size() - 1); // the origin is stationary without a sign change
        for (StationaryPoint p : l.points()) {
            assertEquals(0.0, loss.slope(p.b()), 1e-12);
        }
    }

    @Test
    void ridgeHasNoTransition() {
        DeepLinearModel model = DeepLinearModel.of(0, 1.0, 1.0);
        Transition t = finder.find(model);
        assertEquals(Transition.Order.NONE, t.order());
        assertTrue(Double.isNaN(t.gammaC()));
        List<BranchPoint> curve = new OrderParameterCurve().compute(model, 0.0, 10.0, 101, Monitor.NONE);
        for (BranchPoint p : curve) {
            assertEquals(1.0 / (1.0 + p.gamma()), p.bGlobal(), 1e-14);
            assertTrue(p.bGlobal() > 0);
        }
    }

    @Test
    void firstDerivativeOfMinimalLossJumpsForDeepNets() {
        DeepLinearModel model = DeepLinearModel.of(2, 1.0, 1.0);
        Transition t = finder.find(model);
        List<BranchPoint> around = new OrderParameterCurve().compute(model, t.gammaC() - 1e-7, t.gammaC() + 1e-7, 2, Monitor.NONE);
        double jump = around.get(0).dLossDGamma() - around.get(1).dLossDGamma();
        assertEquals(3 * t.bJump() * t.bJump(), jump, 1e-5);
        assertTrue(around.get(1).bTrivialStable());
        assertFalse(Double.isNaN(around.get(1).bOrdered()), "the ordered branch coexists above gamma_c");
    }
}
