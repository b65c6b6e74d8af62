package org.phaselab.ui.training;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phaselab.export.builders.FrontierFigures;
import org.phaselab.export.figure.Figure;
import org.phaselab.service.training.FrontierRequest;
import org.phaselab.service.training.FrontierStudy;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.ui.common.BackgroundJob;

/**
 * Where algorithms stop, in the panel: the scene's frontier study ({@link TrainingScene#frontierRequest()}; the defaults
 * are modest, a minute or two on two cores) as a {@link BackgroundJob} (busy, progress, message, cancel), the figure
 * redrawn after each finished alpha point. Properties change on the FX thread only; updates of a superseded study
 * are dropped.
 */
public final class FrontierModel implements AutoCloseable {
    public final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    final BackgroundJob<Figure> job;

    private final TrainingTheory theory;
    private final Executor fxThread;
    private final Supplier<TrainingScene> scene;
    private int generation;

    FrontierModel(TrainingTheory theory, Executor fxThread, Supplier<TrainingScene> scene) {
        this.theory = theory;
        this.fxThread = fxThread;
        this.scene = scene;
        this.job = new BackgroundJob<>("phaselab-frontier", fxThread, "Frontier study failed: ", "Frontier study cancelled");
    }

    /** Starts the current scene's study (cancelling a running one); says why not if the parameters do not form one. */
    public void start() {
        FrontierRequest request;
        try {
            request = scene.get().frontierRequest();
        } catch (IllegalArgumentException e) {
            job.say(e.getMessage());
            return;
        }
        int mine = ++generation;
        job.submit(m -> FrontierFigures.solvedFraction(FrontierStudy.compute(request, theory, m, partial -> {
            Figure f = FrontierFigures.solvedFraction(partial);
            fxThread.execute(() -> {
                if (mine == generation) {
                    figure.set(f);
                }
            });
        })), f -> {
            if (mine == generation) {
                figure.set(f);
            }
        });
    }

    public void cancel() {
        job.cancel();
    }

    @Override
    public void close() {
        job.close();
    }
}
