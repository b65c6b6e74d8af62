package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.phaselab.training.data.DataSpec;
import org.phaselab.training.data.Problem;
import org.phaselab.training.measure.LocalEnergy;
import org.phaselab.training.measure.LocalEnergyPoint;
import org.phaselab.training.net.Architecture;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.FocusingBpTrainer;
import org.phaselab.training.trainer.RunOutcome;
import org.phaselab.training.trainer.StopRule;
import org.phaselab.training.trainer.TrainerFactory;
import org.phaselab.training.trainer.TrainingRun;
import org.phaselab.training.trainer.TrainingSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaselab train ...}: trains one binary network on one problem and prints
 * {"solved","train_errors","epochs","seconds","test_error","overlap","local_energy":[{"p","train_error","stderr"}]}.
 * A run stopped by the time or epoch budget reports what it reached (solved false).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a binary perceptron or committee machine on random (storage), teacher or hidden-manifold data; JSON out.")
public final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--student", required = true, description = "perceptron, tree or committee (fully connected)")
    String student;

    @Option(names = "--k", description = "hidden units of the student (odd, 1..15; default 1 for perceptron, 3 otherwise)")
    Integer k;

    @Option(names = "--data", required = true,
            description = "storage (random labels), teacher, or hidden-manifold (random features of a latent teacher, with --d)")
    String data;

    @Option(names = "--d", description = "latent dimension D of --data hidden-manifold")
    Integer d;

    @Option(names = "--teacher-k", defaultValue = "1", description = "hidden units of the teacher (odd; 1 = perceptron)")
    int teacherK;

    @Option(names = "--n", required = true, description = "number of inputs N, 11..20001 (the training lab's range)")
    int n;

    @Option(names = "--alpha", required = true, description = "load alpha = P/N, 0.001..5")
    double alpha;

    @Option(names = "--algorithm", required = true, description = "cpr, sbpi, rsgd, sgd, sa or fbp (focusing BP, perceptron only)")
    String algorithm;

    @Option(names = "--fbp-step", description = "fbp only: step of 1 - rho per sweep of the focusing schedule, in (0, 1) "
            + "(default 0.001; 0.01 for hidden-manifold data)")
    Double fbpStep;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the data and of the trainer")
    long seed;

    @Option(names = "--max-seconds", defaultValue = "60", description = "wall-clock budget of the training, 0.1..3600 s (default ${DEFAULT-VALUE})")
    double maxSeconds;

    @Option(names = "--max-epochs", defaultValue = "1000000", description = "budget in sweeps, 1..1000000 (default ${DEFAULT-VALUE})")
    int maxEpochs;

    @Option(names = "--local-energy", split = ",", description = "flip fractions p for the local energy, e.g. 0.005,0.01")
    List<Double> localEnergy;

    @Option(names = "--flip-sets", defaultValue = "200", description = "flip sets per p of the local energy")
    int flipSets;

    @Option(names = "--test-size", defaultValue = "10000", description = "test patterns for teacher data")
    int testSize;

    @Option(names = "--inputs", defaultValue = "binary", description = "binary (+-1) or gaussian pattern entries")
    String inputs;

    /** The algorithm's defaults, fBP with --fbp-step if given (checked by {@link TrainSetup#parse}). */
    private TrainerFactory trainer(Algorithm a) {
        if (a == Algorithm.FBP && fbpStep != null) {
            return (arch, d, s) -> new FocusingBpTrainer(arch, d, FocusingBpTrainer.Params.defaults(arch).withStep(fbpStep), s);
        }
        return a.defaults();
    }

    @Override
    public void run() {
        TrainSetup setup = TrainSetup.parse(this);
        Problem problem = setup.problem();
        TrainingRun run = new TrainingRun(problem, setup.student(), trainer(setup.algorithm()), seed);
        run.setTrackTest(false);
        RunOutcome outcome = run.run(new StopRule(true, maxEpochs, maxSeconds), System::nanoTime, () -> false);
        TrainingSnapshot last = run.measureNow();

        ObjectNode out = Json.object();
        out.put("solved", last.solved());
        out.put("train_errors", last.trainErrors());
        out.put("epochs", last.epoch());
        Json.putNumber(out, "seconds", outcome.seconds());
        Json.putNumber(out, "test_error", last.testError());
        Json.putNumber(out, "overlap", last.overlap());
        ArrayNode curve = out.putArray("local_energy");
        if (setup.flipFractions().length > 0) {
            for (LocalEnergyPoint p : LocalEnergy.measure(run.network(), run.trainData(), null, setup.flipFractions(),
                    flipSets, seed)) {
                ObjectNode point = curve.addObject();
                Json.putNumber(point, "p", p.p());
                Json.putNumber(point, "train_error", p.trainError());
                Json.putNumber(point, "stderr", p.trainStderr());
            }
        }
        Json.print(spec.commandLine().getOut(), out);
    }
}
