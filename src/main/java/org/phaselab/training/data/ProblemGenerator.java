package org.phaselab.training.data;

import java.util.SplittableRandom;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * Draws a {@link Problem} from a {@link DataSpec}. One root {@link SplittableRandom} seeded with
 * {@code spec.seed()} is split, in a fixed order, into streams for the teacher, the training inputs,
 * the random labels and the test inputs: the same seed gives the same problem.
 */
public final class ProblemGenerator {
    private ProblemGenerator() {}

    public static Problem generate(DataSpec spec) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom teacherRng = root.split();
        SplittableRandom trainRng = root.split();
        SplittableRandom labelRng = root.split();
        SplittableRandom testRng = root.split();

        Patterns trainInputs = draw(spec, spec.trainSize(), trainRng);
        if (spec.storage()) {
            byte[] labels = new byte[spec.trainSize()];
            for (int mu = 0; mu < labels.length; mu++) {
                labels[mu] = labelRng.nextBoolean() ? (byte) 1 : (byte) -1;
            }
            return new Problem(spec, new DataSet(trainInputs, labels), null, null);
        }
        Network teacher = Network.random(spec.teacher(), teacherRng);
        DataSet train = label(teacher, trainInputs);
        DataSet test = spec.testSize() > 0 ? label(teacher, draw(spec, spec.testSize(), testRng)) : null;
        return new Problem(spec, train, test, teacher);
    }

    private static Patterns draw(DataSpec spec, int count, SplittableRandom rng) {
        return spec.inputs() == DataSpec.InputKind.BINARY
                ? BinaryPatterns.random(count, spec.n(), rng)
                : GaussianPatterns.random(count, spec.n(), rng);
    }

    /** Labels {@code y = teacher output}. */
    public static DataSet label(Network teacher, Patterns inputs) {
        UnitData view = teacher.architecture().bind(new DataSet(inputs, new byte[inputs.count()]));
        byte[] labels = new byte[inputs.count()];
        for (int mu = 0; mu < labels.length; mu++) {
            labels[mu] = (byte) teacher.output(view, mu);
        }
        return new DataSet(inputs, labels);
    }
}
