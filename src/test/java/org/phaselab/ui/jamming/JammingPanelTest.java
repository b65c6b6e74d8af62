package org.phaselab.ui.jamming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Series;
import org.phaselab.training.Activation;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A small sweep started from the button fills the plots point by point. */
@ExtendWith(ApplicationExtension.class)
class JammingPanelTest {
    private JammingViewModel model;
    private PerceptronViewModel perceptron;
    private JammingView view;

    @Start
    void start(Stage stage) {
        model = new JammingViewModel(Platform::runLater, 2);
        perceptron = new PerceptronViewModel(model.parameters, Platform::runLater, 2);
        view = new JammingView(model, perceptron);
        MainWindow window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
        perceptron.close();
    }

    private static int points(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).mapToInt(Series::size).sum();
    }

    @Test
    void smallSweepFillsThePhaseDiagramWithPoints(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.patterns.set(40);
            model.inputDim.set(5);
            model.depth.set(1);
            model.widthFrom.set(1);
            model.widthTo.set(8);
            model.seeds.set(1);
            model.activation.set(Activation.TANH);
        });
        robot.clickOn("#jam-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.busy.get() && model.hessian.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Figure phase = view.figures().get(0).getFigure();
        assertEquals(8, points(phase, "sat") + points(phase, "unsat"), "one point per width");
        assertTrue(points(phase, "sat") > 0 && points(phase, "unsat") > 0, "the sweep should bracket N*: " + model.status.get());
        assertEquals(1, points(phase, "n_star"));
        Figure unsat = view.figures().get(1).getFigure();
        assertEquals(8, points(unsat, "n_delta_per_n"));
        assertFalse(view.figures().get(3).getFigure().series().isEmpty(), "Hessian spectra around N*");
        assertTrue(model.status.get().contains("N* ="), model.status.get());
    }

    @Test
    void perceptronScanMarksAlphaJAndFillsTheSatFraction(FxRobot robot) throws Exception {
        robot.interact(() -> {
            perceptron.weights.set(40);
            perceptron.alphaFrom.set(1.0);
            perceptron.alphaTo.set(3.0);
            perceptron.loads.set(3);
            perceptron.seeds.set(4);
        });
        // the perceptron section sits below the fold of the side panel: press the button without scrolling
        javafx.scene.control.Button run = robot.lookup("#jam-perceptron-run").queryButton();
        robot.interact(run::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !perceptron.busy.get() && perceptron.figure.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Figure f = view.figures().get(4).getFigure();
        assertEquals(3, points(f, "sat_fraction"));
        assertEquals(2.0, f.markers().get(0).x(), 1e-12, "alpha_J(0) = 2");
        Series sat = f.series().stream().filter(s -> s.key().equals("sat_fraction")).findFirst().orElseThrow();
        assertEquals(1.0, sat.y()[0], "alpha = 1 is SAT");
        assertEquals(0.0, sat.y()[2], "alpha = 3 is UNSAT");
    }
}
