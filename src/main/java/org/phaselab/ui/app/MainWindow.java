package org.phaselab.ui.app;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.ui.common.FigureView;

/** The window's content: a tool bar (lecture mode, export, presets) over one tab per panel. */
public final class MainWindow extends BorderPane {
    private final BooleanProperty lectureMode = new SimpleBooleanProperty(this, "lectureMode", false);
    private final TabPane tabs = new TabPane();
    private final List<Panel> panels;
    private final PresetController presets;
    private final PresetBar presetBar;

    public MainWindow(List<Panel> panels) {
        this.panels = List.copyOf(panels);
        setId("main-window");
        for (Panel p : panels) {
            Tab tab = new Tab(p.title(), p.view());
            tab.setClosable(false);
            tab.setId("tab-" + p.title().toLowerCase().replace(' ', '-'));
            tabs.getTabs().add(tab);
        }
        Label title = new Label("PhaseLab");
        title.getStyleClass().add("app-title");
        ToggleButton lecture = new ToggleButton("Lecture mode");
        lecture.setId("lecture-mode");
        lecture.setTooltip(new Tooltip("Large fonts and lines for a projector; hides advanced controls"));
        lecture.selectedProperty().bindBidirectional(lectureMode);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        presets = new PresetController(this);
        presetBar = new PresetBar(presets);
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export…");
        export.setId("export-button");
        export.setTooltip(new Tooltip("Vector PDF/SVG or PNG at journal size, optionally with the data behind it"));
        export.setOnAction(e -> exportFigure());
        HBox bar = new HBox(10, title, presetBar.menu(), export, spacer, lecture);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setId("tool-bar");
        setTop(new javafx.scene.layout.VBox(bar, presetBar.info()));
        setCenter(tabs);
        lectureMode.addListener((o, was, is) -> applyLectureMode(is));
    }

    public BooleanProperty lectureModeProperty() {
        return lectureMode;
    }

    public PresetController presets() {
        return presets;
    }

    /** Opens a preset file and shows any problem in the preset bar. */
    public void openFile(java.nio.file.Path file) {
        presetBar.report(presets.open(file));
    }

    /** Opens a shipped preset and shows any problem in the preset bar. */
    public void openShipped(String resource) {
        presetBar.report(presets.openResource(resource));
    }

    public TabPane tabs() {
        return tabs;
    }

    public List<Panel> panels() {
        return panels;
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

    /** Exports one of the selected panel's figures in the background; the outcome appears under the tool bar. */
    private void exportFigure() {
        ExportDialog.show(getScene().getWindow(), selectedPanel().figures()).ifPresent(choice -> {
            presetBar.report(java.util.Optional.of("Exporting " + choice.out().getFileName() + "…"));
            Thread worker = new Thread(() -> {
                String outcome;
                try {
                    org.phaselab.export.FigureExporter.export(choice.figure(), choice.out(), choice.options(), choice.bundleDir());
                    outcome = "Exported " + choice.out() + (choice.bundleDir() == null ? "" : " and bundle " + choice.bundleDir());
                } catch (org.phaselab.export.ExportException ex) {
                    outcome = ex.getMessage();
                }
                String message = outcome;
                javafx.application.Platform.runLater(() -> presetBar.report(java.util.Optional.of(message)));
            }, "phaselab-export");
            worker.setDaemon(true);
            worker.start();
        });
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

    public void dispose() {
        panels.forEach(Panel::dispose);
    }
}
