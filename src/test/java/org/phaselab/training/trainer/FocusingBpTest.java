package org.phaselab.training.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.HiddenManifold;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.UnitData;

/** Focusing BP: its schedule, its focusing message, what it solves; budgets in sweeps, never seconds. */
class FocusingBpTest {

    @Test
    void scheduleStartsUncoupledAndFocusesTowardsOne() {
        FocusingSchedule s = new FocusingSchedule(0.01, 0.5);
        assertEquals(0, s.rho(0));
        assertEquals(0, s.polarization(0));
        assertEquals(1 - Math.pow(0.99, 100), s.rho(100), 1e-12);
        assertEquals(Math.sqrt(s.rho(100)), s.polarization(100), 1e-12);
        assertEquals((2 - s.rho(100)) / (1 - s.rho(100)), s.replicas(100), 1e-9, "y = (2 - rho)/(1 - rho) at x = 1/2");
        FocusingSchedule reinforcement = new FocusingSchedule(0.01, 0);
        assertEquals(1, reinforcement.polarization(0));
        assertEquals(1 / (1 - reinforcement.rho(50)), reinforcement.replicas(50), 1e-9, "y = 1/(1 - rho) at x = 0");
        assertThrows(IllegalArgumentException.class, () -> new FocusingSchedule(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new FocusingSchedule(0.01, 0.7));
    }

    @Test
    void focusingMessageIsTheReplicasFieldThroughTheCoupling() {
        assertEquals(0, FocusingBpTrainer.focusing(0.7, 0, 3), "gamma = 0: no coupling");
        assertEquals(0, FocusingBpTrainer.focusing(0.7, 0.5, 0), "y = 1: no other replica");
        assertEquals(2.5 * 0.3, FocusingBpTrainer.focusing(0.3, 1, 2.5), 1e-15, "gamma = infinity: (y - 1) B");
        double b = 0.4;
        double pol = 0.8;
        double r = 3;
        double expected = atanh(pol * Math.tanh(r * atanh(pol * Math.tanh(b))));
        assertEquals(expected, FocusingBpTrainer.focusing(b, pol, r), 1e-14);
        assertEquals(-expected, FocusingBpTrainer.focusing(-b, pol, r), 1e-14, "odd in B");
        assertTrue(FocusingBpTrainer.focusing(50, pol, 1e6) <= atanh(pol) + 1e-9, "bounded by gamma");
    }

    @Test
    void patternMessageIsExactAtPolarizedWeightsAndAmpAtLargeVariance() {
        double[] out = new double[2];
        for (double w : new double[] {-7, -3, -1, 0, 2, 5}) {
            double sqrtV = 1.7;
            FocusingBpTrainer.patternMessage(w, sqrtV, out);
            for (int t = -1; t <= 1; t += 2) {
                // the exact message of a pattern to a weight with xi m = t: (phi(w - t + 1) - phi(w - t - 1))/2
                double exact = (Gaussian.lnH(-(w - t + 1) / sqrtV) - Gaussian.lnH(-(w - t - 1) / sqrtV)) / 2;
                assertEquals(exact, out[0] + t * out[1], 1e-12, "w = " + w + ", xi m = " + t);
            }
            double bigSqrtV = 300;
            FocusingBpTrainer.patternMessage(w, bigSqrtV, out);
            double g = Gaussian.gOverH(-w / bigSqrtV) / bigSqrtV;
            assertEquals(g, out[0], 1e-5 * g, "AMP's g = phi' at large V");
            assertEquals(g * (w / (bigSqrtV * bigSqrtV) + g), out[1], 1e-4 * g * g, "AMP's Gamma = -phi'' at large V");
        }
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    @Test
    void solvesStorageAtAlpha06() {
        for (long seed = 1; seed <= 3; seed++) {
            Problem p = ProblemGenerator.generate(DataSpec.storage(1001, 0.6, seed));
            RunOutcome o = train(p, seed, 2000);
            assertTrue(o.solved(), "seed " + seed + " left " + o.last().trainErrors() + " errors");
        }
    }

    @Test
    void learnsTeacherAndHiddenManifoldData() {
        Problem teacher = ProblemGenerator.generate(DataSpec.teacher(Architecture.perceptron(501), 1.0, 2000, 4));
        RunOutcome o = train(teacher, 4, 2000);
        assertTrue(o.solved(), "teacher data: " + o.last().trainErrors() + " errors left");
        assertTrue(o.last().overlap() > 0.5, "a solution at alpha = 1 overlaps the teacher: R = " + o.last().overlap());
        Problem manifold = HiddenManifold.generate(new DataSpec(501, 0.5, DataSpec.InputKind.BINARY, null, 500, 5), 100);
        Architecture a = Architecture.perceptron(501);
        TrainerFactory fast = (arch, d, s) -> new FocusingBpTrainer(arch, d, FocusingBpTrainer.Params.defaults(arch).withStep(0.01), s);
        RunOutcome m = new TrainingRun(manifold, a, fast, 5).run(StopRule.epochs(2000), () -> 0L, () -> false);
        assertTrue(m.solved(), "hidden-manifold data, focusing step 0.01: " + m.last().trainErrors() + " errors left");
    }

    @Test
    void resultDoesNotDependOnTheThreads() {
        Problem p = ProblemGenerator.generate(DataSpec.storage(701, 0.65, 9));
        Architecture a = Architecture.perceptron(701);
        UnitData d = a.bind(p.train());
        FocusingBpTrainer.Params base = FocusingBpTrainer.Params.defaults(a);
        FocusingBpTrainer one = new FocusingBpTrainer(a, d, base.withThreads(1), 9);
        FocusingBpTrainer two = new FocusingBpTrainer(a, d, base.withThreads(2), 9);
        for (int t = 0; t < 60; t++) {
            one.step();
            two.step();
        }
        assertArrayEquals(one.network().unit(0).bitsView(), two.network().unit(0).bitsView());
        one.reset();
        for (int t = 0; t < 60; t++) {
            one.step();
        }
        assertArrayEquals(two.network().unit(0).bitsView(), one.network().unit(0).bitsView(), "reset replays the same run");
    }

    @Test
    void refusesCommitteesAndGaussianInputs() {
        Problem p = ProblemGenerator.generate(DataSpec.storage(99, 0.3, 1));
        Architecture tree = Architecture.tree(99, 3);
        assertThrows(IllegalArgumentException.class, () -> Algorithm.FBP.defaults().create(tree, tree.bind(p.train()), 1));
        Problem g = ProblemGenerator.generate(new DataSpec(99, 0.3, DataSpec.InputKind.GAUSSIAN, null, 0, 1));
        Architecture a = Architecture.perceptron(99);
        assertThrows(IllegalArgumentException.class, () -> Algorithm.FBP.defaults().create(a, a.bind(g.train()), 1));
    }

    private static RunOutcome train(Problem p, long seed, int sweeps) {
        TrainingRun run = new TrainingRun(p, Architecture.perceptron(p.spec().n()), Algorithm.FBP.defaults(), seed);
        return run.run(StopRule.epochs(sweeps), () -> 0L, () -> false);
    }
}
