package org.phaselab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code phaselab theory <model> ...}: replica-symmetric theory, headless. One subcommand per model. */
@Command(name = "theory", mixinStandardHelpOptions = true,
        description = "Replica-symmetric theory curves and thresholds, as JSON.",
        subcommands = {
                TheoryStorageCommand.class,
                TheorySphericalCommand.class,
                TheoryTeacherStudentCommand.class,
                DeepLinearCommand.class,
                TheoryRandomFeaturesCommand.class,
                TheoryLocalEntropyCommand.class,
        })
public final class TheoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a model is needed: storage, spherical, teacher-student, local-entropy, ...");
    }
}
