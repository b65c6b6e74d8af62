package org.phaselab.training.trainer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.phaselab.training.data.Problem;
import org.phaselab.training.measure.TeacherOverlap;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.net.Network;
import org.phaselab.training.net.UnitData;

/**
 * One student learning one problem: the object a UI drives. {@link #step()} runs one sweep, measures
 * (training errors, test error, teacher overlap, replica distances), publishes an immutable
 * {@link TrainingSnapshot} to the observers and returns it; {@link #reset()} restarts from the same
 * initial weights and random stream; {@link #reseed(long)} starts afresh with another trainer seed.
 * {@link #run} loops until a {@link StopRule} says stop, reading the time from the caller's clock.
 * Not thread-safe: drive it from one thread; observers are called on that thread.
 * <pre>{@code
 * Problem problem = ProblemGenerator.generate(DataSpec.teacher(Architecture.perceptron(1001), 1.0, 10_000, seed));
 * TrainingRun run = new TrainingRun(problem, Architecture.perceptron(1001), Algorithm.SBPI.defaults(), seed);
 * run.addObserver(s -> publishToUi(s));          // epoch, train/test error, overlap, replica distances
 * RunOutcome out = run.run(StopRule.seconds(10), System::nanoTime, cancelFlag::get);
 * List<LocalEnergyPoint> flat = LocalEnergy.measure(run.network(), run.trainData(), run.testData(),
 *         new double[] {0.005, 0.01, 0.02, 0.05}, LocalEnergy.DEFAULT_FLIP_SETS, seed);
 * }</pre>
 */
public final class TrainingRun {
    private final Problem problem;
    private final Architecture student;
    private final TrainerFactory factory;
    private final UnitData train;
    private final UnitData test;
    private final List<Consumer<TrainingSnapshot>> observers = new CopyOnWriteArrayList<>();
    private Trainer trainer;
    private TrainingSnapshot snapshot;
    private boolean trackTest = true;

    public TrainingRun(Problem problem, Architecture student, TrainerFactory factory, long trainerSeed) {
        this.problem = problem;
        this.student = student;
        this.factory = factory;
        this.train = student.bind(problem.train());
        this.test = problem.test() == null ? null : student.bind(problem.test());
        reseed(trainerSeed);
    }

    public void addObserver(Consumer<TrainingSnapshot> observer) {
        observers.add(observer);
    }

    public void removeObserver(Consumer<TrainingSnapshot> observer) {
        observers.remove(observer);
    }

    public TrainingSnapshot step() {
        trainer.step();
        return publish();
    }

    public TrainingSnapshot reset() {
        trainer.reset();
        return publish();
    }

    public TrainingSnapshot reseed(long trainerSeed) {
        trainer = factory.create(student, train, trainerSeed);
        return publish();
    }

    /** Sweeps until the rule says stop or {@code cancelled} turns true; nanoClock is e.g. System::nanoTime. */
    public RunOutcome run(StopRule rule, LongSupplier nanoClock, BooleanSupplier cancelled) {
        long start = nanoClock.getAsLong();
        while (true) {
            double seconds = (nanoClock.getAsLong() - start) * 1e-9;
            StopRule.Reason reason = null;
            if (rule.atZeroErrors() && snapshot.solved()) {
                reason = StopRule.Reason.SOLVED;
            } else if (cancelled.getAsBoolean()) {
                reason = StopRule.Reason.CANCELLED;
            } else if (trainer.epoch() >= rule.maxEpochs()) {
                reason = StopRule.Reason.EPOCHS;
            } else if (seconds >= rule.maxSeconds()) {
                reason = StopRule.Reason.TIME;
            }
            if (reason != null) {
                return new RunOutcome(snapshot, seconds, reason);
            }
            step();
        }
    }

    /**
     * Whether each sweep measures the test error and the overlap (default true). Off for speed in batch
     * runs: the snapshots then carry NaN there until {@link #measureNow()}.
     */
    public void setTrackTest(boolean trackTest) {
        this.trackTest = trackTest;
    }

    /** Measures everything now, including the test error, and publishes it. */
    public TrainingSnapshot measureNow() {
        boolean saved = trackTest;
        trackTest = true;
        try {
            return publish();
        } finally {
            trackTest = saved;
        }
    }

    public TrainingSnapshot snapshot() {
        return snapshot;
    }

    /** The current student network (live view). */
    public Network network() {
        return trainer.network();
    }

    public Problem problem() {
        return problem;
    }

    public UnitData trainData() {
        return train;
    }

    /** The test set as the student sees it, or null. */
    public UnitData testData() {
        return test;
    }

    private TrainingSnapshot publish() {
        Network net = trainer.network();
        int errors = net.errors(train);
        double testError = test == null || !trackTest ? Double.NaN : net.errors(test) / (double) test.size();
        double overlap = problem.hasTeacher() && trackTest ? TeacherOverlap.of(net, problem.teacher()) : Double.NaN;
        snapshot = new TrainingSnapshot(trainer.epoch(), errors, errors / (double) train.size(), testError, overlap,
                trainer.replicaDistances());
        for (Consumer<TrainingSnapshot> o : observers) {
            o.accept(snapshot);
        }
        return snapshot;
    }
}
