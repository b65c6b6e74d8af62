package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import picocli.CommandLine.Option;

/**
 * {@code --max-seconds}: the wall-clock budget of a whole command whose cost the limits on its sizes do not bound
 * tightly enough. The computation checks the budget's {@link Monitor} between steps; when it runs out the run stops
 * with a {@link CancelledException}, which {@link Failures} turns into exit 4 and a JSON object saying so.
 */
final class TimeBudget {
    static final double MAX_SECONDS = 86_400;
    static final String SPENT = "stopped: the time budget (--max-seconds) ran out before the result was complete";

    @Option(names = "--max-seconds", defaultValue = "600", paramLabel = "T",
            description = "wall-clock budget of the whole command, in (0, 86400] s (default ${DEFAULT-VALUE}); past it the command stops and exits 4")
    double maxSeconds;

    /** Checks the option and starts the clock. */
    Monitor start() {
        Ranges.requirePositive("--max-seconds", maxSeconds, MAX_SECONDS);
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        return new Monitor() {
            @Override
            public boolean isCancelled() {
                return System.nanoTime() - deadline > 0;
            }

            @Override
            public void progress(double fraction) {}
        };
    }

    /** What a command whose budget ran out prints instead of its result. */
    static ObjectNode spentJson() {
        ObjectNode out = Json.object();
        out.put("converged", false);
        out.put("stopped", "time budget");
        return out;
    }
}
