package org.phaselab.training.trainer;

import java.util.SplittableRandom;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * SGD on continuous latent weights with a binarized forward pass and clipping, BinaryConnect
 * (Courbariaux, Bengio, David, NeurIPS 2015): W = sign(H), minibatch steps of the straight-through
 * gradient of the hinge loss max(0, margin - y W.xi / sqrt(n)) (perceptron) or of the least-action
 * loss (committee, see {@link LatentReplica}), H clipped to [-1, 1]. Works for +-1 and Gaussian inputs.
 * Defaults: eta = 0.5/sqrt(n) per pattern, batch 10, margin 1, H starts at +-0.1; in effect a single replica
 * of {@link RsgdTrainer} without coupling and with clipping.
 */
public final class SgdTrainer implements Trainer {
    /** eta per pattern (units of H), batch size, hinge margin in units of sqrt(n), clip bound of H. */
    public record Params(double eta, int batch, double margin, double clip) {
        public Params {
            if (!(eta > 0) || batch < 1 || !(clip > 0)) {
                throw new IllegalArgumentException("need eta > 0, batch >= 1, clip > 0");
            }
        }

        public static Params defaults(Architecture a) {
            return new Params(0.5 / Math.sqrt(a.unitInputs()), 10, 1.0, 1.0);
        }
    }

    private final Params params;
    private final UnitData train;
    private final long seed;
    private final LatentReplica replica;
    private SplittableRandom rng;
    private int epoch;

    public SgdTrainer(Architecture student, UnitData train, Params params, long seed) {
        this.params = params;
        this.train = train;
        this.seed = seed;
        this.replica = new LatentReplica(student, train.size());
        reset();
    }

    @Override
    public void reset() {
        rng = new SplittableRandom(seed);
        replica.randomize(rng, 0.1 * params.clip());
        epoch = 0;
    }

    @Override
    public void step() {
        int batches = (train.size() + params.batch() - 1) / params.batch();
        for (int b = 0; b < batches; b++) {
            replica.minibatch(train, params.batch(), params.eta(), params.margin(), params.clip(), rng);
        }
        epoch++;
    }

    @Override
    public int epoch() {
        return epoch;
    }

    @Override
    public Network network() {
        return replica.network;
    }
}
