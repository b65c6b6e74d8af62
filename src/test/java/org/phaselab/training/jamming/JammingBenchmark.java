package org.phaselab.training.jamming;

import org.phaselab.training.Activation;
import java.util.List;
import org.phaselab.progress.Monitor;

/**
 * Not a test: measures a width sweep and prints N*, P/N* and the wall time per point.
 * Run: java -cp test-classes:classes:... org.phaselab.training.jamming.JammingBenchmark P D DEPTH H_FROM H_TO SEEDS [THREADS] [MAXSTEPS]
 */
public final class JammingBenchmark {
    public static void main(String[] args) throws InterruptedException {
        int p = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        int depth = Integer.parseInt(args[2]);
        int from = Integer.parseInt(args[3]);
        int to = Integer.parseInt(args[4]);
        int seeds = Integer.parseInt(args[5]);
        int threads = args.length > 6 ? Integer.parseInt(args[6]) : Runtime.getRuntime().availableProcessors();
        TrainingOptions options = TrainingOptions.defaults();
        if (args.length > 7) {
            options = options.withMaxSteps(Integer.parseInt(args[7]));
        }
        if (System.getProperty("lr") != null) {
            options = new TrainingOptions(Double.parseDouble(System.getProperty("lr")), options.maxSteps(), options.patience(),
                    options.plateauDrop(), options.maxHalvings());
        }
        Activation act = Activation.valueOf(System.getProperty("act", "RELU"));
        int[] widths = new int[to - from + 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = from + i;
        }
        JammingSetup base = new JammingSetup(p, d, depth, from, act, 1, options);
        long start = System.nanoTime();
        long[] last = {start};
        List<WidthPoint> points = new WidthSweep(base, widths, seeds, threads).run(Monitor.NONE, pt -> {
            long now = System.nanoTime();
            StringBuilder sb = new StringBuilder();
            for (JammingRun r : pt.runs()) {
                sb.append(String.format(" [%s nD=%d L=%.2e steps=%d %s %.1fs]", r.sat() ? "SAT" : "UNSAT", r.nDelta(), r.loss(), r.steps(), r.stop(), r.seconds()));
            }
            System.out.printf("h=%d N=%d N/P=%.3f sat=%.2f NDelta/N=%.3f (+%.1fs)%s%n", pt.width(), pt.weightCount(),
                    pt.weightsPerPattern(), pt.satFraction(), pt.meanNDeltaPerWeight(), (now - last[0]) * 1e-9, sb);
            last[0] = now;
        });
        CriticalSize nStar = CriticalSize.of(points);
        System.out.printf("N* = %.1f  P/N* = %.2f  %s  total %.1fs on %d threads%n", nStar.nStar(), nStar.patternsPerWeight(),
                nStar.note(), (System.nanoTime() - start) * 1e-9, threads);
    }
}
