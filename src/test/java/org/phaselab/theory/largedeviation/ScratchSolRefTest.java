package org.phaselab.theory.largedeviation;

import org.junit.jupiter.api.Test;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.localentropy.LocalEntropyPoint;
import org.phaselab.theory.localentropy.Reference;

class ScratchSolRefTest {
    @Test
    void explore() {
        double alpha = 0.5, kRef = 0.3, d = 0.1;
        Reference ref = Reference.of(alpha, kRef);
        LocalEntropyPoint fp = new FranzParisi(ref, 0).solve(d);
        System.out.println("FP " + fp + " ref " + ref);
        double[] g = FiniteYSolutionReference.guessFromFranzParisi(fp, ref);
        for (double[] q : new double[][] {{1.5, 1.5, 2.5}, {0.75, 0.75, 1.0}, {3, 3, 4}}) {
            FiniteYSolutionReference f = new FiniteYSolutionReference(alpha, 0, kRef, q[0], q[1], q[2]);
            long t = System.nanoTime();
            FiniteYSolutionReference.Point p = f.solve(0, d, g);
            System.out.println("y0 " + p + " dt " + (System.nanoTime() - t) / 1e9 + " diff " + (p.localEntropy() - fp.phi()));
        }
    }
}
