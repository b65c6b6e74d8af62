package org.phaselab.ui.app;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
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

/** The desktop app: one window, one tab per panel, the default scene computed at start-up. */
public final class PhaseLabApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = createWindow();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.openFile(java.nio.file.Path.of(args.get(0)));
        }
        Scene scene = new Scene(window, 1440, 900);
        var css = PhaseLabApp.class.getResource("/assets/css/phaselab.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setTitle("PhaseLab — phase transitions in learning");
        stage.setScene(scene);
        stage.show();
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
