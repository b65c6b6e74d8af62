package org.phaselab.theory.teacherstudent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.phaselab.theory.numerics.Gaussian;
import org.phaselab.theory.numerics.GaussianQuadrature;

/** The identities of THEORY.md section 2, checked on the equations themselves. */
class TeacherStudentEquationsTest {
    private static final double LN2 = Math.log(2);

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 1.0, 1.245, 2.0, 5.0})
    void entropyAtZeroOverlapIsAnnealedValue(double alpha) {
        // q = qh = 0: psiPrior(0) = 0, psiOut(0) = 2 H(0) ln H(0) = -ln 2, so s = (1 - alpha) ln 2 exactly
        assertEquals((1 - alpha) * LN2, TeacherStudentEquations.entropy(alpha, 0, 0), 1e-14);
    }

    @Test
    void entropyVanishesAsOverlapTendsToOne() {
        double previous = Double.POSITIVE_INFINITY;
        for (int digits = 2; digits <= 8; digits++) {
            double q = 1 - Math.pow(10, -digits);
            double qh = TeacherStudentEquations.conjugate(1.2, q);
            double s = Math.abs(TeacherStudentEquations.entropy(1.2, q, qh));
            assertTrue(s < previous, "|s| should shrink as q -> 1: " + s + " at q = " + q);
            previous = s;
        }
        assertTrue(previous < 1e-4, "|s| at q = 1 - 1e-8: " + previous); // s ~ sqrt(1-q) on the saddle line
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.6, 0.9, 0.98})
    void conjugateIsTwiceAlphaTimesSlopeOfEnergeticTerm(double q) {
        // qh = 2 alpha dPsiOut/dq: the closed form against a central difference of psiOut
        double alpha = 1.3;
        double e = 1e-5;
        double fd = 2 * alpha * (TeacherStudentEquations.psiOut(q + e) - TeacherStudentEquations.psiOut(q - e)) / (2 * e);
        double qh = TeacherStudentEquations.conjugate(alpha, q);
        assertEquals(qh, fd, 1e-7 * qh);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 1.0, 3.0, 10.0, 40.0})
    void magnetizationIsTwiceSlopeOfPriorTerm(double qh) {
        // Nishimori: q = 2 dpsiPrior/dqh = int Dz tanh(sqrt(qh) z + qh)
        double e = 1e-5 * Math.max(1, qh);
        double fd = (TeacherStudentEquations.psiPrior(qh + e) - TeacherStudentEquations.psiPrior(qh - e)) / e;
        assertEquals(TeacherStudentEquations.magnetization(qh), fd, 1e-8);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.2, 0.7, 0.95, 0.995})
    void fastRulesAgreeWithFineQuadratureOfTheoryFormulas(double q) {
        // THEORY.md's form: qh = alpha/(pi sqrt(1-q)) int Dt exp(-q t^2/2)/H(sqrt(q) t), and psiOut in xi, step 0.005
        GaussianQuadrature fine = GaussianQuadrature.FINE;
        double alpha = 1.0;
        double qh = alpha / (Math.PI * Math.sqrt(1 - q))
                * fine.integrate(t -> Math.exp(-q * t * t / 2) / Gaussian.h(Math.sqrt(q) * t));
        assertEquals(qh, TeacherStudentEquations.conjugate(alpha, q), 1e-11 * qh);
        double a = Math.sqrt(q / (1 - q));
        double psiOut = 2 * fine.integrate(xi -> Gaussian.h(-a * xi) * Gaussian.lnH(-a * xi));
        assertEquals(psiOut, TeacherStudentEquations.psiOut(q), q > 0.99 ? 1e-8 : 1e-11);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 2.5, 8.0})
    void fastTanhRulesAgreeWithFineQuadrature(double qh) {
        double sqh = Math.sqrt(qh);
        double m = GaussianQuadrature.FINE.integrate(z -> Math.tanh(sqh * z + qh));
        double lnCosh = GaussianQuadrature.FINE.integrate(z -> Math.log(Math.cosh(sqh * z + qh))) - qh / 2;
        assertEquals(m, TeacherStudentEquations.magnetization(qh), 1e-12);
        assertEquals(lnCosh, TeacherStudentEquations.psiPrior(qh), 1e-12);
    }

    @Test
    void analyticSlopesMatchFiniteDifferences() {
        double[] out = new double[2];
        double e = 1e-6;
        TeacherStudentEquations.conjugate(1.1, 0.6, out);
        double fd = (TeacherStudentEquations.conjugate(1.1, 0.6 + e) - TeacherStudentEquations.conjugate(1.1, 0.6 - e)) / (2 * e);
        assertEquals(fd, out[1], 1e-7 * fd);
        TeacherStudentEquations.magnetization(1.7, out);
        fd = (TeacherStudentEquations.magnetization(1.7 + e) - TeacherStudentEquations.magnetization(1.7 - e)) / (2 * e);
        assertEquals(fd, out[1], 1e-8);
    }
}
