package org.phaselab.ui.app;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.PresetReader;
import org.phaselab.preset.ShippedPresets;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.training.TrainingTheory;
import org.phaselab.ui.deep.DeepTransitionView;
import org.phaselab.ui.deep.DeepTransitionViewModel;
import org.phaselab.ui.jamming.JammingView;
import org.phaselab.ui.jamming.JammingViewModel;
import org.phaselab.ui.jamming.PerceptronViewModel;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.ui.randomfeatures.RandomFeaturesView;
import org.phaselab.ui.randomfeatures.RandomFeaturesViewModel;
import org.phaselab.ui.theory.TheoryView;
import org.phaselab.ui.theory.TheoryViewModel;
import org.phaselab.ui.training.TrainingView;
import org.phaselab.ui.training.TrainingViewModel;

/**
 * The desktop app: one window, one tab per panel, the default scene (or a preset) computed at start-up; uncaught
 * exceptions are reported in a dialog and logged. Started by {@link #run}, which also serves {@code app --snapshot}.
 */
public final class PhaseLabApp extends Application {
    /** The window could not open, or the snapshot failed: a message for people and the exit code. */
    public static final class StartFailure extends RuntimeException {
        private final int exitCode;

        StartFailure(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private static volatile StartOptions options = StartOptions.DEFAULT;
    private static volatile WindowSnapshot.Outcome outcome = new WindowSnapshot.Outcome(0, "");
    private MainWindow window;

    /**
     * Opens the window and returns when it closes (a snapshot closes it itself); 0 on success. Throws StartFailure
     * when there is no display to open it on, the preset is unreadable, or the snapshot failed.
     */
    public static int run(StartOptions o) {
        Display.check(o.snapshot() != null);
        Display.fitHeadlessScreen(o.width(), o.height());
        if (o.preset() != null) {
            try {
                PresetReader.read(o.preset());
            } catch (PresetException e) {
                throw new StartFailure(e.getMessage(), 2);
            }
        }
        options = o;
        try {
            Application.launch(PhaseLabApp.class);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new StartFailure("the window could not open: " + root.getMessage(), 1);
        }
        WindowSnapshot.Outcome result = outcome;
        if (result.exitCode() != 0) {
            throw new StartFailure(result.problem(), result.exitCode());
        }
        return 0;
    }

    @Override
    public void start(Stage stage) {
        StartOptions o = options;
        CrashReporter crashes = CrashReporter.install(o.logFile(), o.snapshot() == null);
        try {
            window = createWindow();
            if (o.preset() != null) {
                window.openFile(o.preset());
            }
            window.lectureModeProperty().set(o.lecture());
            Scene scene = new Scene(window, o.width(), o.height());
            addStyleSheet(scene);
            stage.setTitle("PhaseLab — phase transitions in learning");
            stage.setScene(scene);
            stage.show();
            if (o.snapshot() != null) {
                new WindowSnapshot(window, o.snapshot(), o.timeoutSeconds(), crashes, r -> {
                    outcome = r;
                    Platform.exit();
                }).start();
            }
        } catch (RuntimeException e) {
            crashes.uncaughtException(Thread.currentThread(), e);
            outcome = new WindowSnapshot.Outcome(1, "the window could not be built: " + e + "; " + crashes.whereLogged());
            Platform.exit();
        }
    }

    /** The app's style sheet on a scene (tests use it too). */
    public static void addStyleSheet(Scene scene) {
        var css = PhaseLabApp.class.getResource("/assets/css/phaselab.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }

    /** Builds the window with its panels and starts computing the default scene. */
    public static MainWindow createWindow() {
        TheoryViewModel theory = new TheoryViewModel(new RsTheoryBackend(), Platform::runLater);
        DeepTransitionViewModel deep = new DeepTransitionViewModel(new DeepTransitionBackend(), Platform::runLater);
        int cores = Runtime.getRuntime().availableProcessors();
        JammingViewModel jammingModel = new JammingViewModel(Platform::runLater, cores);
        JammingView jamming = new JammingView(jammingModel, new PerceptronViewModel(jammingModel.parameters, Platform::runLater, cores));
        TrainingViewModel training = new TrainingViewModel(new TrainingTheory(new RsTheoryBackend()), Platform::runLater);
        RandomFeaturesViewModel randomFeatures = new RandomFeaturesViewModel(new RandomFeaturesBackend(), Platform::runLater);
        MainWindow w = new MainWindow(List.of(new TheoryView(theory), new TrainingView(training),
                new RandomFeaturesView(randomFeatures), new DeepTransitionView(deep), jamming));
        w.openShipped(ShippedPresets.DEFAULT);
        theory.refreshAll();
        deep.refreshAll();
        training.refreshAll();
        randomFeatures.refreshAll();
        return w;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
