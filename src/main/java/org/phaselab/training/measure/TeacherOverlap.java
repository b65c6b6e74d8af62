package org.phaselab.training.measure;

import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;

/**
 * Overlap with the teacher, R = (1/N) sum_i w_i w*_i. Defined when student and teacher have the same
 * architecture and the units are aligned by construction: the perceptron, and trees (unit k sees the
 * same inputs in both; R is averaged over units). For fully connected committees (K > 1) the units are
 * defined only up to a permutation: R is the best assignment, found greedily on the K x K overlaps.
 * Returns NaN when the architectures differ.
 */
public final class TeacherOverlap {
    private TeacherOverlap() {}

    public static double of(Network student, Network teacher) {
        Architecture a = student.architecture();
        if (teacher == null || !a.equals(teacher.architecture())) {
            return Double.NaN;
        }
        int k = a.k();
        double m = a.unitInputs();
        if (a.kind() != Architecture.Kind.FULLY_CONNECTED) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += student.unit(j).dot(teacher.unit(j)) / m;
            }
            return sum / k;
        }
        double[][] r = new double[k][k];
        for (int s = 0; s < k; s++) {
            for (int t = 0; t < k; t++) {
                r[s][t] = student.unit(s).dot(teacher.unit(t)) / m;
            }
        }
        boolean[] usedS = new boolean[k];
        boolean[] usedT = new boolean[k];
        double sum = 0;
        for (int round = 0; round < k; round++) {
            int bs = -1;
            int bt = -1;
            for (int s = 0; s < k; s++) {
                for (int t = 0; t < k; t++) {
                    if (!usedS[s] && !usedT[t] && (bs < 0 || r[s][t] > r[bs][bt])) {
                        bs = s;
                        bt = t;
                    }
                }
            }
            usedS[bs] = true;
            usedT[bt] = true;
            sum += r[bs][bt];
        }
        return sum / k;
    }
}
