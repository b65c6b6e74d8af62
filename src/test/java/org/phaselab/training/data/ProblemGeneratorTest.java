package org.phaselab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.phaselab.training.net.Architecture;

class ProblemGeneratorTest {

    @Test
    void sameSeedGivesSameProblem() {
        DataSpec spec = DataSpec.teacher(Architecture.tree(99, 3), 0.7, 50, 42);
        Problem a = ProblemGenerator.generate(spec);
        Problem b = ProblemGenerator.generate(spec);
        assertArrayEquals(a.train().labels(), b.train().labels());
        assertArrayEquals(a.test().labels(), b.test().labels());
        for (int mu = 0; mu < a.train().size(); mu++) {
            assertArrayEquals(((BinaryPatterns) a.train().inputs()).row(mu), ((BinaryPatterns) b.train().inputs()).row(mu));
        }
        assertEquals(33, a.teacher().unit(1).dot(b.teacher().unit(1)), "same teacher");
    }

    @Test
    void otherSeedGivesOtherProblem() {
        Problem a = ProblemGenerator.generate(DataSpec.storage(101, 0.5, 1));
        Problem b = ProblemGenerator.generate(DataSpec.storage(101, 0.5, 2));
        assertFalse(Arrays.equals(((BinaryPatterns) a.train().inputs()).row(0), ((BinaryPatterns) b.train().inputs()).row(0)));
    }

    @Test
    void storageHasAlphaNPatternsAndNoTeacher() {
        Problem p = ProblemGenerator.generate(DataSpec.storage(1001, 0.6, 5));
        assertEquals(601, p.train().size());
        assertNull(p.teacher());
        assertNull(p.test());
        long plus = 0;
        for (byte y : p.train().labels()) {
            plus += y > 0 ? 1 : 0;
        }
        assertEquals(300.5, plus, 4 * Math.sqrt(601 * 0.25), "random labels are balanced within 4 sigma");
    }

    @Test
    void teacherLabelsAreTheTeacherOutputs() {
        Problem p = ProblemGenerator.generate(DataSpec.teacher(Architecture.perceptron(201), 1.0, 300, 9));
        assertNotNull(p.test());
        assertEquals(300, p.test().size());
        assertEquals(0, p.teacher().errors(p.teacher().architecture().bind(p.train())));
        assertEquals(0, p.teacher().errors(p.teacher().architecture().bind(p.test())));
    }

    @Test
    void gaussianInputsHaveUnitVariance() {
        DataSpec spec = new DataSpec(200, 1.0, DataSpec.InputKind.GAUSSIAN, null, 0, 4);
        Patterns x = ProblemGenerator.generate(spec).train().inputs();
        double sum2 = 0;
        for (int mu = 0; mu < x.count(); mu++) {
            for (int i = 0; i < x.dimension(); i++) {
                sum2 += x.entry(mu, i) * x.entry(mu, i);
            }
        }
        double count = x.count() * (double) x.dimension();
        assertEquals(1.0, sum2 / count, 4 * Math.sqrt(2 / count), "second moment within 4 sigma");
    }

    @Test
    void impossibleSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataSpec.storage(0, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.storage(100, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> DataSpec.storage(100, 0.001, 1));
        assertThrows(IllegalArgumentException.class, () -> Architecture.tree(100, 3));
        assertThrows(IllegalArgumentException.class, () -> Architecture.fullyConnected(100, 2));
    }
}
