package org.phaselab.training.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.Problem;
import org.phaselab.training.data.ProblemGenerator;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainingRun;

class LocalEnergyTest {

    @Test
    void atZeroFlipsItIsTheTrainingErrorAndItGrowsWithP() {
        Problem p = ProblemGenerator.generate(DataSpec.storage(401, 0.5, 3));
        Architecture a = Architecture.perceptron(401);
        TrainingRun run = new TrainingRun(p, a, Algorithm.SBPI.defaults(), 3);
        run.run(StopRule.epochs(5), () -> 0L, () -> false);
        double trainError = run.snapshot().trainError();
        assertTrue(trainError > 0, "after 5 sweeps the instance is not solved yet");
        double[] ps = {0, 0.01, 0.03, 0.1, 0.3};
        List<LocalEnergyPoint> curve = LocalEnergy.measure(run.network(), run.trainData(), null, ps, 100, 1);
        assertEquals(trainError, curve.get(0).trainError(), 1e-15);
        assertEquals(0, curve.get(0).trainStderr(), 1e-15);
        for (int j = 1; j < ps.length; j++) {
            LocalEnergyPoint lo = curve.get(j - 1);
            LocalEnergyPoint hi = curve.get(j);
            assertTrue(hi.trainError() > lo.trainError() - 3 * Math.hypot(hi.trainStderr(), lo.trainStderr()),
                    "E(" + hi.p() + ") = " + hi.trainError() + " below E(" + lo.p() + ") = " + lo.trainError());
        }
        assertTrue(curve.get(4).trainError() > curve.get(0).trainError() + 0.1, "flipping 30% costs errors");
    }

    @Test
    void doesNotTouchTheCallersNetwork() {
        Architecture a = Architecture.perceptron(101);
        Network net = Network.random(a, new SplittableRandom(1));
        Network before = net.copy();
        Problem p = ProblemGenerator.generate(DataSpec.storage(101, 0.5, 1));
        LocalEnergy.measure(net, a.bind(p.train()), null, new double[] {0.2}, 10, 1);
        assertEquals(101, net.unit(0).dot(before.unit(0)));
    }

    /**
     * Planted teacher on its own data: E(p) -> arccos(1 - 2p)/pi (THEORY.md section 7). Tolerance: 4
     * standard errors plus 0.004 for finite N = 4001 (+-1 inputs).
     */
    @ParameterizedTest
    @CsvSource({"0.005", "0.02", "0.05", "0.1"})
    void plantedTeacherFollowsArccosLaw(double p) {
        int n = 4001;
        Problem problem = ProblemGenerator.generate(DataSpec.teacher(Architecture.perceptron(n), 1.0, 1, 21));
        UnitData data = problem.teacher().architecture().bind(problem.train());
        LocalEnergyPoint point = LocalEnergy.measure(problem.teacher(), data, null, new double[] {p}, 60, 5).get(0);
        double expected = Math.acos(1 - 2 * p) / Math.PI;
        assertEquals(expected, point.trainError(), 4 * point.trainStderr() + 0.004,
                "E(" + p + ") = " + point.trainError() + " +- " + point.trainStderr());
    }

    @Test
    void testCurveIsMeasuredWhenATestSetIsGiven() {
        Problem p = ProblemGenerator.generate(DataSpec.teacher(Architecture.perceptron(201), 1.0, 2000, 4));
        Architecture a = Architecture.perceptron(201);
        LocalEnergyPoint point = LocalEnergy.measure(p.teacher(), a.bind(p.train()), a.bind(p.test()),
                new double[] {0.0, 0.1}, 20, 1).get(1);
        assertEquals(Math.acos(0.8) / Math.PI, point.testError(), 4 * point.testStderr() + 0.01);
    }
}
