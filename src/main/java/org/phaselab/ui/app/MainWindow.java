package org.phaselab.ui.app;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PanelLayout;
import org.phaselab.ui.common.PlotStatus;

/**
 * The window's content: the tool bar (presets, export, undo/redo/reset, play, help, controls, lecture mode) over one
 * tab per panel, a plot maximised over its panel on demand, and the status bar (preset, crosshair readout, work).
 */
public final class MainWindow extends BorderPane {
    private final BooleanProperty lectureMode = new SimpleBooleanProperty(this, "lectureMode", false);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);
    private final TabPane tabs = new TabPane();
    private final List<Panel> panels;
    private final PresetController presets;
    private final PresetBar presetBar;
    private final AppStatusBar status = new AppStatusBar();
    private final MaximizedPlot maximized = new MaximizedPlot();
    private final AppToolBar toolBar;

    public MainWindow(List<Panel> panels) {
        this.panels = List.copyOf(panels);
        setId("main-window");
        getStyleClass().add("main-window");
        presets = new PresetController(this);
        presetBar = new PresetBar(presets, this::report);
        for (Panel p : panels) {
            Tab tab = new Tab(p.title(), p.view());
            tab.setClosable(false);
            tab.setId("tab-" + p.title().toLowerCase().replace(' ', '-'));
            tabs.getTabs().add(tab);
            if (p.view() instanceof PanelLayout layout) {
                layout.controlsShownProperty().bind(controlsShown);
            }
            for (FigureView f : p.figures()) {
                f.setOnMaximize(maximized::show);
                status.listenTo(f);
                f.statusProperty().addListener((o, was, now) -> reportFailure(f, was, now));
            }
        }
        toolBar = new AppToolBar(this, presetBar);
        setTop(toolBar);
        setCenter(new StackPane(tabs, maximized));
        setBottom(status);
        lectureMode.addListener((o, was, is) -> applyLectureMode(is));
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> panelSelected());
        presets.currentProperty().addListener((o, a, b) -> panelSelected());
        sceneProperty().addListener((o, was, scene) -> installKeys(scene));
        panelSelected();
    }

    public BooleanProperty lectureModeProperty() {
        return lectureMode;
    }

    /** Whether the panels show their controls column (hide it to give a lecture's plots the window). */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    public PresetController presets() {
        return presets;
    }

    /** Opens a preset file and reports any problem. */
    public void openFile(java.nio.file.Path file) {
        report(presets.open(file));
    }

    /** Opens a shipped preset and reports any problem. */
    public void openShipped(String resource) {
        report(presets.openResource(resource));
    }

    public TabPane tabs() {
        return tabs;
    }

    public List<Panel> panels() {
        return panels;
    }

    /** Brings a panel's tab to the front. */
    public void select(Panel panel) {
        int i = panels.indexOf(panel);
        if (i >= 0) {
            tabs.getSelectionModel().select(i);
        }
    }

    public Panel selectedPanel() {
        int i = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        return panels.get(i);
    }

    /** Undo of the selected panel's last parameter change (Ctrl+Z). */
    public void undo() {
        selectedPanel().history().ifPresent(h -> h.undo());
    }

    /** Redo (Ctrl+Shift+Z, Ctrl+Y). */
    public void redo() {
        selectedPanel().history().ifPresent(h -> h.redo());
    }

    /** Back to the preset's parameters, or the defaults. */
    public void reset() {
        selectedPanel().history().ifPresent(h -> h.reset());
    }

    /** Shows one plot alone over its panel. */
    public void maximize(FigureView plot) {
        maximized.show(plot);
    }

    /** Brings the panel back from a maximised plot. */
    public void restorePlot() {
        maximized.restore();
    }

    AppStatusBar statusBar() {
        return status;
    }

    /** A problem for people: a notification over the window, and the status line. */
    void report(Optional<String> problem) {
        problem.ifPresent(p -> {
            status.say(p);
            Notices.error(this, "Could not open the preset", p);
        });
    }

    private void reportFailure(FigureView f, PlotStatus was, PlotStatus now) {
        if (now.kind() == PlotStatus.Kind.FAILED && !now.text().startsWith("Cancelled") && !now.equals(was)) {
            Notices.error(this, "Could not compute: " + f.displayName(), now.text());
        }
    }

    private void panelSelected() {
        maximized.restore();
        Panel p = selectedPanel();
        toolBar.follow(p);
        status.showWorkOf(p.figures());
        var preset = presets.currentProperty().get();
        status.showPreset(preset, preset != null && preset.panel().equals(p.id()));
    }

    private void applyLectureMode(boolean on) {
        if (on) {
            getStyleClass().add("lecture");
        } else {
            getStyleClass().remove("lecture");
        }
        for (Panel p : panels) {
            for (FigureView f : p.figures()) {
                f.figureStyleProperty().set(on ? FigureStyle.PROJECTOR : FigureStyle.SCREEN);
            }
        }
    }

    private void installKeys(Scene scene) {
        if (scene == null) {
            return;
        }
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::redo);
        keys.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        keys.put(new KeyCodeCombination(KeyCode.F1), toolBar::showPanelHelp);
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), maximized::restore);
    }

    public void dispose() {
        toolBar.stopPlaying();
        panels.forEach(Panel::dispose);
    }
}
