package org.phaselab.theory.randomfeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.progress.Monitor;

/** The random-features Franz-Parisi potential against its exact points and limits (docs/random-features.md). */
class RandomFeaturesFranzParisiTest {

    /**
     * Students of the references' own margin at S = q~w, equal to the references in every overlap, solve all eight
     * saddle-point equations and phi_FP there is the typical entropy phi_RF: a check of the latent term, the
     * energetic term, its gradient and the chain rule at once.
     */
    @ParameterizedTest
    @CsvSource({"0.6, 1.0, 0.0", "0.4, 2.0, 0.0", "0.3, 0.5, 0.2"})
    void studentsEqualToTheirReferencesAreASaddleWithTheTypicalEntropy(double alpha, double alphaD, double kappa) {
        RandomFeaturesModel model = RandomFeaturesModel.sign(alpha, alphaD).withKappa(kappa);
        RandomFeaturesSaddle typical = RandomFeaturesSolver.DEFAULT.solve(model);
        assertTrue(typical.converged());
        RandomFeaturesFranzParisi fp = new RandomFeaturesFranzParisi(model, typical);
        OrderParameters o = typical.order();
        double[] x = fp.unknowns(o.qhw(), o.qw(), 0, o.r(), o.qs(), o.qs(), o.qs(), o.m());
        for (double r : fp.residual(o.qw(), x)) {
            assertEquals(0, r, 1e-9);
        }
        assertEquals(typical.entropy(), fp.phiAt(o.qw(), x), 1e-10);
    }

    /** k1 = 0: the features carry no teacher signal and the potential is the storage one (THEORY.md section 3). */
    @Test
    void withoutLinearFeatureComponentItIsTheStorageFranzParisiPotential() {
        RandomFeaturesModel model = new RandomFeaturesModel(0.6, 1, 0, 0, 1);
        double[] d = {0.1, 0.02};
        List<LocalEntropyPointRF> rf = new RandomFeaturesFranzParisi(model, 0.3).curve(d, Monitor.NONE);
        FranzParisi storage = new FranzParisi(0.6, 0.3, 0);
        for (int i = 0; i < d.length; i++) {
            LocalEntropyPoint s = storage.solve(d[i]);
            assertTrue(rf.get(i).converged(), rf.get(i).failure());
            assertEquals(s.phi(), rf.get(i).phi(), 1e-8);
            assertEquals(s.slope(), rf.get(i).slope(), 1e-6);
        }
    }

    /**
     * Around max-margin references at alpha = 0.6, alpha_D = 1 (kappa_max = 0.3543): below H2(d), rising, and equal
     * to the independent numpy prototype (docs/prototypes/rf_franz_parisi.py, which integrates the label directly
     * on coarse grids, error ~1e-4 to 1e-3): 0.0526, 0.0825, 0.1400 at d = 0.01, 0.02, 0.05.
     */
    @Test
    void aroundMaxMarginReferencesItAgreesWithThePrototype() {
        RandomFeaturesFranzParisi fp = RandomFeaturesFranzParisi.aroundMaxMargin(0.6, 1, Monitor.NONE);
        assertEquals(0.3543, fp.kappaRef(), 1e-4);
        List<LocalEntropyPointRF> curve = fp.curve(new double[] {0.01, 0.02, 0.05}, Monitor.NONE);
        double[] prototype = {0.0526, 0.0825, 0.1400};
        double[] tolerance = {5e-4, 1e-3, 2e-3};
        for (int i = 0; i < prototype.length; i++) {
            LocalEntropyPointRF p = curve.get(i);
            assertTrue(p.converged(), p.failure());
            assertEquals(prototype[i], p.phi(), tolerance[i]);
            assertTrue(p.phi() < p.upperBound(), "phi_FP <= H2(d)");
            assertTrue(p.slope() > 0);
        }
    }
}
