package org.phaselab.theory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.phaselab.FuzzSample;
import org.phaselab.theory.deeplinear.DeepLinearModel;
import org.phaselab.theory.deeplinear.StationaryPointSolver;
import org.phaselab.theory.deeplinear.TransitionFinder;
import org.phaselab.theory.localentropy.FranzParisi;
import org.phaselab.theory.spherical.SphericalCapacity;
import org.phaselab.theory.spherical.SphericalPerceptron;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.teacherstudent.TeacherStudentCurve;

/**
 * Random and extreme values at the solvers' entry points, below every command-line and scene check: each call either
 * returns (converged or not) or refuses its input with an IllegalArgumentException in words; nothing else escapes
 * (no NullPointerException, ArithmeticException, index error, StackOverflowError) and no call runs away.
 */
class SolverFuzzTest {
    private static final double[] EXTREMES = {0, -0.0, 1, -1, 0.5, 1e-300, Double.MIN_VALUE, 1e308, -1e308, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e6, 40, -40, 0.833, 4 / Math.PI};

    private static double value(Random random, double typicalMax) {
        return random.nextBoolean() ? EXTREMES[random.nextInt(EXTREMES.length)] : (random.nextDouble() * 2 - 0.5) * typicalMax;
    }

    private record Call(String what, Supplier<Object> run) {}

    private static Call call(Random random) {
        double x = value(random, 2);
        double y = value(random, 2);
        double z = value(random, 1);
        int depth = random.nextInt(9) - 2;
        return switch (random.nextInt(9)) {
            case 0 -> new Call("storage solve(" + x + ", " + y + ")", () -> new BinaryStorage().solve(x, y));
            case 1 -> new Call("storage capacity(" + y + ")", () -> new BinaryStorage().capacity(y));
            case 2 -> new Call("storage kappaMax(" + x + ")", () -> new BinaryStorage().kappaMax(x));
            case 3 -> new Call("spherical solve(" + x + ", " + y + ")", () -> new SphericalPerceptron().solve(x, y));
            case 4 -> new Call("spherical capacity(" + y + ")", () -> SphericalCapacity.of(y));
            case 5 -> new Call("teacher-student at(" + x + ")", () -> new TeacherStudentCurve().at(x));
            case 6 -> new Call("deep-linear solve(" + depth + ", " + x + ", " + y + ", gamma " + z + ")",
                    () -> new StationaryPointSolver().solve(DeepLinearModel.of(depth, x, y), z));
            case 7 -> new Call("deep-linear transition(" + depth + ", " + x + ", " + y + ")",
                    () -> new TransitionFinder().find(DeepLinearModel.of(depth, x, y)));
            default -> new Call("franz-parisi(" + x + ", " + y + ", " + z + ").solve(" + z / 4 + ")",
                    () -> new FranzParisi(x, y, z).solve(z / 4));
        };
    }

    @Test
    void everyEntryPointReturnsOrRefusesInWords() {
        Random random = FuzzSample.random("solvers");
        int cases = FuzzSample.cases(150);
        for (int i = 0; i < cases; i++) {
            Call c = call(random);
            String context = "case " + i + ": " + c.what();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    c.run().get();
                } catch (IllegalArgumentException refused) {
                    String m = String.valueOf(refused.getMessage());
                    assertFalse(m.isBlank() || m.contains("java.") || m.contains("\n"), context + " -> " + m);
                } catch (RuntimeException | Error e) {
                    fail(context + " -> " + e, e);
                }
            }, context);
        }
    }
}
