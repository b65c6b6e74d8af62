package org.phaselab.training.trainer;

/** The algorithms of the lab, each with its default parameters as a {@link TrainerFactory}. */
public enum Algorithm {
    CPR("cpr", "clipped perceptron with reinforcement"),
    SBPI("sbpi", "stochastic belief-propagation-inspired"),
    RSGD("rsgd", "replicated SGD (robust ensemble)"),
    SGD("sgd", "BinaryConnect SGD"),
    SA("sa", "simulated annealing on the training errors"),
    FBP("fbp", "focusing belief propagation");

    private final String key;
    private final String description;

    Algorithm(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The short name people know it by: "CP+R", "SBPI", "rSGD", ... */
    public String displayName() {
        return switch (this) {
            case CPR -> "CP+R";
            case RSGD -> "rSGD";
            case SA -> "simulated annealing";
            case SGD -> "SGD (BinaryConnect)";
            case FBP -> "focusing BP";
            default -> key.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** Whether the rule needs +-1 inputs (integer hidden states; fBP's packed products). */
    public boolean needsBinaryInputs() {
        return this == CPR || this == SBPI || this == FBP;
    }

    /** Whether the algorithm trains committee machines (K > 1) too; fBP is implemented for the perceptron only. */
    public boolean trainsCommittees() {
        return this != FBP;
    }

    /** The trainer with default parameters for the given student and training set size. */
    public TrainerFactory defaults() {
        return switch (this) {
            case CPR -> (a, d, s) -> new CprTrainer(a, d, CprTrainer.Params.defaults(a), s);
            case SBPI -> (a, d, s) -> new SbpiTrainer(a, d, SbpiTrainer.Params.defaults(a), s);
            case RSGD -> (a, d, s) -> new RsgdTrainer(a, d, RsgdTrainer.Params.defaults(a), s);
            case SGD -> (a, d, s) -> new SgdTrainer(a, d, SgdTrainer.Params.defaults(a), s);
            case SA -> (a, d, s) -> new AnnealingTrainer(a, d, AnnealingTrainer.Params.defaults(), s);
            case FBP -> (a, d, s) -> new FocusingBpTrainer(a, d, FocusingBpTrainer.Params.defaults(a), s);
        };
    }

    public static Algorithm fromKey(String key) {
        for (Algorithm a : values()) {
            if (a.key.equalsIgnoreCase(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown algorithm '" + key + "': use cpr, sbpi, rsgd, sgd, sa or fbp");
    }
}
