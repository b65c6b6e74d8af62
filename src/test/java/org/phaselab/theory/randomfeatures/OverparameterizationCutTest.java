package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaselab.progress.Monitor;

class OverparameterizationCutTest {
    @Test
    void cutOrdersTheThreeErrorsAndCrossesTheInterpolationThreshold() {
        OverparameterizationCut.Result r = new OverparameterizationCut().compute(2.0, new double[] {0.4, 0.8, 1.2}, Monitor.NONE);
        List<CutPoint> p = r.points();
        assertTrue(r.interpolation().converged());
        double alphaC = r.interpolation().value();
        assertTrue(alphaC > 0.8 && alphaC < 1.2, "alpha_c = " + alphaC);
        for (CutPoint c : p.subList(0, 2)) {
            assertTrue(c.satisfiable());
            // paper's picture: max-margin (atypical) solutions generalize better than typical ones, the Bayesian ensemble best
            assertTrue(c.epsBayes() < c.epsMaxMargin() && c.epsMaxMargin() < c.epsTypical(), c.toString());
            assertTrue(c.kappaMax() > 0);
        }
        assertFalse(p.get(2).satisfiable(), "past alpha_c the typical entropy is negative");
        assertTrue(Double.isNaN(p.get(2).kappaMax()));
        assertEquals(1 / 0.4, p.get(0).overparameterization(), 1e-12);
    }

    @Test
    void gammaDerivativeIsTheLatentEntropy() {
        // envelope theorem: d phi/d gamma at fixed alpha = phi_s at the saddle (checks the closed-form latent part)
        RandomFeaturesSolver solver = RandomFeaturesSolver.DEFAULT;
        double alpha = 0.6;
        double gamma = 0.8;
        RandomFeaturesSaddle s = solver.solve(RandomFeaturesModel.sign(alpha, alpha / gamma));
        double h = 1e-4;
        double up = solver.solve(RandomFeaturesModel.sign(alpha, alpha / (gamma + h)), s.order()).entropy();
        double down = solver.solve(RandomFeaturesModel.sign(alpha, alpha / (gamma - h)), s.order()).entropy();
        OrderParameters x = s.order();
        assertEquals(ProjectionEntropy.value(x.m(), x.r(), x.qs(), x.qw()), (up - down) / (2 * h), 1e-6);
    }
}
