package org.phaselab.training.deep;

import org.phaselab.training.Activation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.theory.deeplinear.DeepLinearModel;
import org.phaselab.theory.deeplinear.StationaryPointSolver;
import org.phaselab.theory.deeplinear.Transition;
import org.phaselab.theory.deeplinear.TransitionFinder;
import org.phaselab.progress.Monitor;

/**
 * Linear nets trained by GD on whitened data (a = c = 1 exactly) against the reduced theory.
 *
 * <p>Tolerance 1e-5 on the norm: GD stops at |grad| &lt; 1e-7; off the flat symmetry directions (which keep
 * the norm) the Hessian at the minimum has eigenvalues of order gamma or larger (&gt;= 0.1 at the gammas
 * tested, which keep 0.05 away from gamma_c and the spinodal), so the distance to the minimum is
 * &lt;= 1e-7 / 0.1 = 1e-6, ten times below the tolerance. Every point must also report converged.
 */
class DeepSweepTest {
    private static final DescentSettings PATIENT = new DescentSettings(0.05, 30_000, 1e-7);
    private final StationaryPointSolver theory = new StationaryPointSolver();

    private static GammaSweep.Result sweep(int depth, double from, double to, int points) {
        return sweep(depth, Activation.LINEAR, from, to, points);
    }

    private static GammaSweep.Result sweep(int depth, Activation activation, double from, double to, int points) {
        SweepSpec spec = new SweepSpec(RegressionSpec.whitened(8, 100, 0.3, 1), depth, 8, activation, from, to,
                points, 1.0, 7, PATIENT);
        return GammaSweep.run(spec, Monitor.NONE);
    }

    /**
     * tanh nets: tanh'(0) = 1, so near the origin they are linear nets and the origin's stability is the
     * linear one (unstable below gamma = c = 1 for D = 1, stable for every gamma &gt; 0 for D &gt;= 2).
     * Qualitative check: D = 2 jumps and shows hysteresis, D = 1 does not.
     */
    @Test
    void tanhNetsShowTheSameOrdersOfTransition() {
        List<TrainingPoint> up2 = sweep(2, Activation.TANH, 0.1, 0.8, 8).points();
        List<TrainingPoint> down2 = sweep(2, Activation.TANH, 0.8, 0.1, 8).points();
        assertTrue(up2.get(0).norm() > 0.5 && up2.get(2).norm() > 0.5, "ordered at small gamma going up");
        assertTrue(up2.get(7).norm() < 1e-3, "collapsed at gamma = 0.8");
        assertTrue(down2.stream().allMatch(p -> p.norm() < 1e-3), "down sweep stays at the origin");
        List<TrainingPoint> up1 = sweep(1, Activation.TANH, 0.1, 0.8, 8).points();
        List<TrainingPoint> down1 = sweep(1, Activation.TANH, 0.8, 0.1, 8).points();
        for (int i = 0; i < up1.size(); i++) {
            assertTrue(up1.get(i).norm() > 0.3, "D = 1 ordered below gamma = 1 at " + up1.get(i).gamma());
            assertEquals(up1.get(i).norm(), down1.get(up1.size() - 1 - i).norm(), 1e-4, "no hysteresis at " + up1.get(i).gamma());
        }
    }

    @Test
    void oneHiddenLayerNormFollowsTheSquareRootLaw() {
        for (TrainingPoint p : sweep(1, 0.1, 0.9, 5).points()) {
            assertTrue(p.converged(), "gamma = " + p.gamma());
            assertEquals(Math.sqrt(1 - p.gamma()), p.norm(), 1e-5, "gamma = " + p.gamma());
        }
    }

    @Test
    void twoHiddenLayersFollowTheOrderedBranchUpToTheSpinodal() {
        DeepLinearModel model = DeepLinearModel.of(2, 1.0, 1.0);
        for (TrainingPoint p : sweep(2, 0.1, 0.42, 5).points()) { // gamma_c = 0.397, spinodal 0.4725
            double b = theory.solve(model, p.gamma()).orderedMinimum().orElseThrow().b();
            assertTrue(p.converged(), "gamma = " + p.gamma());
            assertEquals(b, p.norm(), 1e-5, "gamma = " + p.gamma());
        }
    }

    @Test
    void twoHiddenLayersJumpAndShowHysteresis() {
        Transition t = new TransitionFinder().find(DeepLinearModel.of(2, 1.0, 1.0));
        List<TrainingPoint> up = sweep(2, 0.05, 0.8, 16).points();
        List<TrainingPoint> down = sweep(2, 0.8, 0.05, 16).points();
        double largestStep = 0;
        for (int i = 0; i < up.size(); i++) {
            TrainingPoint p = up.get(i);
            if (p.gamma() < t.gammaC()) {
                assertTrue(p.norm() > 0.5, "up sweep ordered below gamma_c at " + p.gamma());
            }
            if (p.gamma() > t.gammaSpinodal()) {
                assertTrue(p.norm() < 1e-3, "up sweep collapsed above the spinodal at " + p.gamma());
            }
            if (i > 0) {
                largestStep = Math.max(largestStep, up.get(i - 1).norm() - p.norm());
            }
        }
        assertTrue(largestStep > 0.5, "the norm jumps by " + largestStep);
        for (TrainingPoint p : down) {
            assertTrue(p.norm() < 1e-3, "down sweep stays at the origin (a local minimum for gamma > 0) at " + p.gamma());
        }
        // between gamma_c and the spinodal the two sweeps disagree: hysteresis
        TrainingPoint upInside = up.stream().filter(p -> p.gamma() > t.gammaC() && p.gamma() < t.gammaSpinodal())
                .findFirst().orElseThrow();
        assertTrue(upInside.norm() > 0.5);
    }

    @Test
    void oneHiddenLayerHasNoHysteresis() {
        List<TrainingPoint> up = sweep(1, 0.05, 1.4, 10).points();
        List<TrainingPoint> down = sweep(1, 1.4, 0.05, 10).points();
        for (int i = 0; i < up.size(); i++) {
            TrainingPoint u = up.get(i);
            TrainingPoint d = down.get(up.size() - 1 - i);
            assertEquals(u.gamma(), d.gamma(), 1e-12);
            if (Math.abs(u.gamma() - 1.0) > 0.05) {
                assertEquals(u.norm(), d.norm(), 1e-5, "gamma = " + u.gamma());
            }
        }
    }
}
