package org.phaselab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code java -jar phaselab.jar <command>}. One class per verb below it. */
@Command(name = "phaselab", mixinStandardHelpOptions = true, version = "PhaseLab 0.1",
        description = "Phase transitions in the learning of neural networks: theory and experiments, headless.",
        subcommands = {
                TheoryCommand.class,
                RenderCommand.class,
                BenchCommand.class,
                TrainDeepCommand.class,
                TrainCommand.class,
                TrainBenchCommand.class,
                JamCommand.class,
                JamPerceptronCommand.class,
        })
public final class PhaseLabCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed, e.g. 'theory storage --alpha 0.5 --kappa 0'");
    }

    /** Opens no window: what {@code app} does where no launcher passed a way to open one (tests, embedding). */
    private static final AppCommand.Starter NO_WINDOW = r -> {
        throw new AppCommand.CannotStart("the window opens from the jar: java -jar phaselab.jar app", ExitCodes.BAD_INPUT);
    };

    /** Runs a command line, printing JSON to stdout and one-line errors to stderr; returns the exit code. */
    public static int run(String... args) {
        return run(NO_WINDOW, args);
    }

    /** Runs a command line whose {@code app} command opens the window with {@code starter}. */
    public static int run(AppCommand.Starter starter, String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), starter, args);
    }

    /**
     * Same as {@link #run(String...)} with explicit writers, for tests. Every failure, an {@link Error} included,
     * ends in one {@code error:} line and an exit code from {@link Failures}: never a stack trace.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, NO_WINDOW, args);
    }

    static int run(PrintWriter out, PrintWriter err, AppCommand.Starter starter, String... args) {
        try {
            CommandLine cl = new CommandLine(new PhaseLabCommand());
            cl.addSubcommand("app", new AppCommand(starter));
            WholeNumbers.register(cl); // after the last subcommand: picocli registers on those present
            cl.setOut(out);
            cl.setErr(err);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setParameterExceptionHandler((ex, a) -> Failures.report(ex, out, err));
            cl.setExecutionExceptionHandler((ex, c, parsed) -> Failures.report(ex, out, err));
            return cl.execute(args);
        } catch (Throwable e) { // OutOfMemoryError, StackOverflowError: picocli hands only Exceptions to the handler
            return Failures.report(e, out, err);
        }
    }
}
