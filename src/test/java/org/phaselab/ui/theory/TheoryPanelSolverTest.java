package org.phaselab.ui.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.progress.Monitor;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.theory.storage.BinaryStorage;
import org.phaselab.theory.storage.StoragePoint;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The theory panel on the real solvers: what a slider sets is what the solver computes, to the last digit. */
@ExtendWith(ApplicationExtension.class)
class TheoryPanelSolverTest {
    private MainWindow window;
    private TheoryViewModel model;
    private TheoryView view;

    @Start
    void start(Stage stage) {
        model = new TheoryViewModel(new RsTheoryBackend(), Platform::runLater);
        model.leRefCount.set(1); // keep the local-entropy plot cheap; this test is about the entropy plot
        view = new TheoryView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        model.refreshAll();
    }

    private Figure entropyFigure() {
        return view.figures().get(1).getFigure();
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void movingKappaSliderPlotsTheSolversEntropy(FxRobot robot) throws Exception {
        Slider kappaTop = robot.lookup("#kappa-top-slider").queryAs(Slider.class);
        Slider curves = robot.lookup("#curve-count-slider").queryAs(Slider.class);
        robot.interact(() -> curves.setValue(2));
        for (double v : new double[]{0.9, 0.7, 0.45}) {
            robot.interact(() -> kappaTop.setValue(v)); // a burst: only the last value must end on screen
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> entropyFigure() != null
                && entropyFigure().series().stream().anyMatch(s -> s.key().equals("entropy_kappa0.45")));
        Series s = entropyFigure().series().stream().filter(x -> x.key().equals("entropy_kappa0.45")).findFirst().orElseThrow();
        List<StoragePoint> direct = new BinaryStorage().curve(0.45, 0.005, model.entropyAlphaMax.get(), 200, Monitor.NONE);
        // curve ends at alpha_GD(0.45) < entropyAlphaMax? then the grid differs: compare where both have points
        int compared = 0;
        for (int i = 0; i < s.size(); i++) {
            if (Double.isFinite(s.y()[i])) {
                StoragePoint p = new BinaryStorage().solve(s.x()[i], 0.45);
                assertEquals(p.entropy(), s.y()[i], 1e-9, "alpha = " + s.x()[i]);
                compared++;
            }
        }
        assertTrue(compared > 50, "compared " + compared + " points");
        assertTrue(direct.stream().anyMatch(StoragePoint::converged));
        assertTrue(entropyFigure().series().stream().noneMatch(x -> x.key().equals("entropy_kappa0.90")), "stale curves are gone");
    }
}
