package org.phaselab.training.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.BinaryWeights;
import org.phaselab.training.net.Network;

class TeacherOverlapTest {

    @Test
    void teacherOverlapsOneWithItselfAndNearZeroWithARandomStudent() {
        Architecture a = Architecture.perceptron(10_001);
        Network teacher = Network.random(a, new SplittableRandom(1));
        assertEquals(1.0, TeacherOverlap.of(teacher, teacher), 1e-15);
        double r = TeacherOverlap.of(Network.random(a, new SplittableRandom(2)), teacher);
        assertEquals(0.0, r, 4 / Math.sqrt(10_001), "random overlap within 4 sigma");
    }

    @Test
    void fullyConnectedCommitteeOverlapIgnoresTheOrderOfUnits() {
        Architecture a = Architecture.fullyConnected(301, 3);
        Network teacher = Network.random(a, new SplittableRandom(3));
        Network permuted = new Network(a, new BinaryWeights[] {
                teacher.unit(2).copy(), teacher.unit(0).copy(), teacher.unit(1).copy()});
        assertEquals(1.0, TeacherOverlap.of(permuted, teacher), 1e-15);
    }

    @Test
    void differentArchitecturesHaveNoOverlap() {
        Network teacher = Network.random(Architecture.perceptron(99), new SplittableRandom(1));
        Network student = Network.random(Architecture.tree(99, 3), new SplittableRandom(1));
        assertTrue(Double.isNaN(TeacherOverlap.of(student, teacher)));
    }
}
