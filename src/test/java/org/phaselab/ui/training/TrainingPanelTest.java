package org.phaselab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.training.Flatness;
import org.phaselab.service.training.TrainingSession.State;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.training.trainer.Algorithm;
import org.phaselab.training.trainer.TrainingSnapshot;
import org.phaselab.ui.app.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The training lab with the real trainers on small problems: live curves, run controls, the sweep overlay. */
@ExtendWith(ApplicationExtension.class)
class TrainingPanelTest {
    private MainWindow window;
    private TrainingViewModel model;
    private TrainingView view;

    @Start
    void start(Stage stage) {
        model = new TrainingViewModel(new TrainingTheory(new RsTheoryBackend()), Platform::runLater);
        view = new TrainingView(model);
        window = new MainWindow(List.of(view));
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no " + key + " in " + f.series().stream().map(Series::key).toList()));
    }

    /** Fires a button as a click would (the controls column scrolls, so some are off screen). */
    private static void press(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryButton();
        assertTrue(!b.isDisabled(), id + " is enabled");
        robot.interact(b::fire);
    }

    private void waitForState(State s) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.state.get() == s);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void small(FxRobot robot, Algorithm a, int n, double alpha) {
        robot.interact(() -> {
            model.algorithm.set(a);
            model.n.set(n);
            model.alpha.set(alpha);
        });
    }

    /** Cancels the window's background jobs, which would otherwise run on into the next tests. */
    @AfterEach
    void dispose() {
        Platform.runLater(window::dispose);
    }

    @Test
    void startFillsTheLiveCurveAndEndsSolvedWithItsLocalEnergy(FxRobot robot) throws Exception {
        small(robot, Algorithm.CPR, 201, 0.3);
        press(robot, "#training-start");
        waitForState(State.FINISHED);
        assertTrue(model.status.get().startsWith("solved"), model.status.get());
        List<TrainingSnapshot> history = model.history();
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i, history.get(i).epoch(), "batched delivery loses no sweep");
        }
        Series train = series(model.liveFigure.get(), "train_error");
        assertEquals(history.size(), train.size());
        assertTrue(train.size() >= 2);
        assertEquals(0.0, train.y()[train.size() - 1]);
        assertTrue(train.y()[0] > 0.2, "a random start errs on about half the patterns: " + train.y()[0]);
        assertEquals(1.0, model.progress.get() > 0 ? 1.0 : 0.0);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.localEnergyFigure.get() != null);
        Figure le = model.localEnergyFigure.get();
        Series measured = series(le, "local_energy_train_cpr");
        assertEquals(Flatness.FLIP_FRACTIONS.length, measured.size());
        for (int i = 0; i < measured.size(); i++) {
            assertTrue(measured.y()[i] > 0 && measured.y()[i] < 0.5, "E(p) is a fraction of errors: " + measured.y()[i]);
            assertTrue(measured.yErr()[i] > 0 && measured.yErr()[i] < 0.05, "standard error over flip sets");
        }
        assertTrue(measured.y()[measured.size() - 1] > measured.y()[0], "more flips, more errors");
        Series teacher = series(le, "planted_teacher");
        assertEquals(Math.acos(1 - 2 * 0.1) / Math.PI, teacher.y()[teacher.size() - 1], 1e-12);
        assertNotNull(view.figure("training-local-energy").getFigure());
    }

    @Test
    void withoutTheZeroErrorStopTheRunSpendsItsEpochBudget(FxRobot robot) throws Exception {
        small(robot, Algorithm.CPR, 201, 0.3);
        robot.interact(() -> {
            model.maxEpochs.set(40);
            robot.lookup("#training-stop-at-zero-errors").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
        });
        press(robot, "#training-start");
        waitForState(State.FINISHED);
        assertTrue(model.status.get().startsWith("epoch budget spent at epoch 40"), model.status.get());
        assertEquals(41, model.history().size());
        assertEquals(0, model.history().get(40).trainErrors(), "CP+R stays on the solution it found");
        assertEquals(1.0, model.progress.get());
    }

    @Test
    void stepAdvancesOneSweepAndResetReturnsToTheSameStart(FxRobot robot) throws Exception {
        small(robot, Algorithm.SBPI, 301, 0.5);
        for (int i = 0; i < 3; i++) {
            press(robot, "#training-step");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.history().size() == 4);
        waitForState(State.PAUSED);
        List<TrainingSnapshot> first = model.history();
        assertEquals(List.of(0, 1, 2, 3), first.stream().map(TrainingSnapshot::epoch).toList());

        press(robot, "#training-reset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.history().size() == 1 && model.state.get() == State.READY);
        assertEquals(first.get(0).trainErrors(), model.history().get(0).trainErrors());
        for (int i = 0; i < 3; i++) {
            press(robot, "#training-step");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.history().size() == 4);
        for (int i = 0; i < 4; i++) {
            assertEquals(first.get(i).trainErrors(), model.history().get(i).trainErrors(), "same initialization and stream at epoch " + i);
        }

        press(robot, "#training-reseed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.history().size() == 1 && model.state.get() == State.READY);
        assertEquals(2, model.trainerSeed.get());
    }

    @Test
    void pauseHoldsTheRunAndStopKeepsWhatItMeasured(FxRobot robot) throws Exception {
        small(robot, Algorithm.SA, 1001, 0.6); // annealing does not solve this: a long run
        robot.interact(() -> model.maxSeconds.set(60));
        press(robot, "#training-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.history().size() >= 3);
        press(robot, "#training-pause");
        waitForState(State.PAUSED);
        int epochs = model.history().size();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(epochs, model.history().size(), "no sweep while paused");
        assertTrue(model.status.get().startsWith("paused"), model.status.get());

        press(robot, "#training-stop");
        waitForState(State.FINISHED);
        assertTrue(model.status.get().startsWith("stopped"), model.status.get());
        assertEquals(epochs, model.history().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.localEnergyFigure.get() != null);
        assertTrue(model.localEnergyFigure.get().note().contains("not a solution"), model.localEnergyFigure.get().note());

        // CP+R on the same problem: its curve joins the annealed network's on the same axes
        robot.interact(() -> model.algorithm.set(Algorithm.CPR));
        press(robot, "#training-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.state.get() == State.FINISHED && model.status.get().startsWith("solved"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.localEnergyFigure.get().series().stream()
                .anyMatch(x -> x.key().equals("local_energy_train_cpr")));
        Figure both = model.localEnergyFigure.get();
        Series sa = series(both, "local_energy_train_sa");
        Series cpr = series(both, "local_energy_train_cpr");
        for (int i = 0; i < cpr.size(); i++) {
            assertTrue(cpr.y()[i] < sa.y()[i], "the CP+R solution is flatter than the annealed network at p = " + cpr.x()[i]);
        }
    }

    @Test
    void sweepFillsTheOverlayWithBothAlgorithmsAndMarksTheCapacity(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.n.set(101);
            model.sweepAlphaMin.set(0.2);
            model.sweepAlphaMax.set(0.4);
            model.sweepPoints.set(2);
            model.sweepSeeds.set(2);
            model.sweepSeconds.set(2);
            model.saSweeps.set(200);
        });
        press(robot, "#training-sweep");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.sweep.busy.get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Figure f = view.figure("training-overlay").getFigure();
            return f != null && f.series().stream().filter(s -> s.key().startsWith("solved_")).allMatch(s -> s.size() == 2)
                    && f.series().stream().anyMatch(s -> s.key().equals("solved_sa"));
        });
        Figure f = view.figure("training-overlay").getFigure();
        Series cpr = series(f, "solved_cpr");
        assertEquals(0.2, cpr.x()[0], 1e-12);
        assertEquals(0.4, cpr.x()[1], 1e-12);
        assertEquals(1.0, cpr.y()[0], "CP+R solves alpha = 0.2 at N = 101 in every seed");
        assertEquals(2, series(f, "solved_sa").size());
        Marker capacity = f.markers().get(0);
        assertEquals(0.833, capacity.x(), 2e-3); // THEORY.md section 1
        assertEquals("", model.sweep.message.get());
    }

    @Test
    void teacherSweepLandsOnTheGibbsAxesAndCancelEndsTheSweep(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.data.set(org.phaselab.service.training.TrainingScene.DataKind.TEACHER);
            model.n.set(101);
            model.sweepAlphaMin.set(0.3);
            model.sweepAlphaMax.set(0.6);
            model.sweepPoints.set(2);
            model.sweepSeeds.set(2);
            model.sweepSeconds.set(0.5);
            model.saSweeps.set(100);
        });
        press(robot, "#training-sweep");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.sweep.busy.get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Figure f = view.figure("training-overlay").getFigure();
            return f != null && f.series().stream().filter(s -> s.key().startsWith("test_error_")).count() == 2
                    && f.series().stream().filter(s -> s.key().startsWith("test_error_")).allMatch(s -> s.size() == 2);
        });
        Figure f = view.figure("training-overlay").getFigure();
        assertTrue(series(f, "eps_g_equilibrium").size() > 100, "the Gibbs curve is drawn");
        for (String key : List.of("test_error_cpr", "test_error_sa")) {
            Series s = series(f, key);
            for (int i = 0; i < s.size(); i++) {
                assertTrue(s.y()[i] > 0 && s.y()[i] < 0.5, key + ": a learned teacher errs on fewer than half: " + s.y()[i]);
                assertTrue(s.yErr()[i] >= 0, key + ": error bar over seeds");
            }
        }

        robot.interact(() -> {
            model.n.set(1001);
            model.sweepAlphaMin.set(1.5); // hard for both: runs go on until cancelled
            model.sweepAlphaMax.set(2.0);
            model.sweepSeconds.set(60);
            model.saSweeps.set(100_000);
        });
        // start and cancel in one FX task: a sweep whose runs all end before the cancel arrives is rightly not
        // "cancelled" (teacher data at large alpha can be solved fast), so the cancel must come first
        Button sweep = robot.lookup("#training-sweep").queryButton();
        Button cancel = robot.lookup("#training-sweep-busy-cancel").queryButton();
        robot.interact(() -> {
            sweep.fire();
            assertTrue(model.sweep.busy.get(), "the sweep runs");
            cancel.fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.sweep.busy.get());
        assertTrue(model.sweep.message.get().startsWith("Sweep cancelled"), model.sweep.message.get());
    }
}
