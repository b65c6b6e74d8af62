package org.phaselab.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phaselab.service.theory.CurvePoint;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.theory.TeacherStudentCurves;
import org.phaselab.service.theory.Threshold;
import org.phaselab.progress.Monitor;

/** The theory the lab's points land on: literature values from THEORY.md. */
class TrainingTheoryTest {
    private final TrainingTheory theory = new TrainingTheory(new RsTheoryBackend());

    @Test
    void capacityOfTheBinaryPerceptron() {
        Threshold c = theory.capacity(Monitor.NONE);
        assertTrue(c.converged());
        assertEquals(0.833, c.value(), 1e-3); // Krauth & Mezard 1989, THEORY.md section 1
    }

    @Test
    void gibbsGeneralizationErrorAtAlphaOneAndTheTransition() {
        TeacherStudentCurves ts = theory.teacherStudent(2.0, Monitor.NONE);
        CurvePoint nearOne = ts.equilibrium().points().stream().filter(p -> Math.abs(p.x() - 1.0) < 1e-9).findFirst().orElseThrow();
        assertEquals(0.3105, nearOne.y(), 2e-3); // typical (Gibbs) eps_g at alpha = 1, THEORY.md section 7
        assertEquals(1.245, ts.transition().value(), 2e-3); // first-order transition, THEORY.md section 2
        assertSame(ts, theory.teacherStudent(2.0, Monitor.NONE), "cached");
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 1e-15", "0.5, 0.5, 1e-15", "0.005, 0.045, 5e-4", "0.01, 0.064, 5e-4", "0.02, 0.090, 5e-4",
            "0.05, 0.144, 5e-4"})
    void plantedTeacherLocalEnergy(double p, double expected, double tolerance) {
        // exact ends (no flip; half the weights flipped = a random network); the rest as quoted, to three decimals, in
        // THEORY.md section 7 (arccos(1 - 2p)/pi = 0.0451, 0.0638, 0.0903, 0.1436)
        assertEquals(expected, TrainingTheory.plantedLocalEnergy(p), tolerance);
    }
}
