package org.phaselab.theory.largedeviation;

import org.junit.jupiter.api.Test;
import org.phaselab.theory.numerics.GaussLegendre;

class ScratchSolRefTest {
    @Test
    void explore() {
        double alpha = 0.5, kRef = 0.3, d = 0.1;
        double[] x0 = {1.6133713725641656, 0.661951873576402, 0.44079586875452337, 0.4780227286638226, 0.5190416842802336};
        double[] x4 = {1.2096128463047544, 0.6562317357958596, 0.5074602604988075, 0.5799173381656164, 0.6649561619652351};
        Object[][] qs = {{10, 3.0, 3.0, 4.0}, {8, 3.0, 3.0, 4.0}, {10, 4.0, 4.0, 6.0}, {8, 4.0, 4.0, 6.0}, {6, 3.0, 3.0, 4.0}, {10, 1.5, 1.5, 2.5}};
        for (Object[] q : qs) {
            GaussLegendre gl = new GaussLegendre((Integer) q[0]);
            SolutionReferencePatterns pat = new SolutionReferencePatterns(gl, (Double) q[1], (Double) q[3]);
            SolutionReferenceWeights wts = new SolutionReferenceWeights(gl, (Double) q[2], (Double) q[3]);
            FiniteYSolutionReference f = new FiniteYSolutionReference(alpha, 0, kRef, gl, (Double) q[1], (Double) q[2], (Double) q[3]);
            for (int rep = 0; rep < 2; rep++) {
                long t = System.nanoTime();
                SolutionReferencePatterns.Result e = pat.evaluate(alpha, 0, kRef, 4, 0.8, x4[1], x4[2], x4[3], x4[4]);
                long t1 = System.nanoTime();
                SolutionReferenceWeights.Result w = wts.evaluate(4, x4[0], e.qHat1(), e.qHat0(), e.pHat(), e.qtHat());
                long t2 = System.nanoTime();
                var v0 = f.evaluate(0, d, x0).payload();
                var v4 = f.evaluate(4, d, x4).payload();
                if (rep == 1) System.out.printf("%s pat %.1f ms wts %.1f ms  SI0 %.3e SI4 %.14f q~ %.3e%n", java.util.Arrays.toString(q), (t1 - t) / 1e6, (t2 - t1) / 1e6,
                        v0.localEntropy() - 0.20904026262148634, v4.localEntropy(), w.qt() - x4[4]);
            }
        }
    }
}
