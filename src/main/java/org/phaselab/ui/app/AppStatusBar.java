package org.phaselab.ui.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.phaselab.preset.Preset;
import org.phaselab.ui.common.FigureView;

/**
 * The line at the bottom of the window (a ControlsFX StatusBar): the preset on show (its description as tooltip),
 * what the crosshair reads (the nearest curve, its name and value) or the last message, and which plots of the
 * selected panel are computing.
 */
final class AppStatusBar extends StatusBar {
    private final Label preset = new Label();
    private final Label work = new Label();
    private List<FigureView> plots = List.of();

    AppStatusBar() {
        setId("status-bar");
        setText("");
        preset.setId("preset-title");
        preset.getStyleClass().add("preset-title");
        work.setId("work-status");
        getLeftItems().add(preset);
        getRightItems().add(work);
    }

    /** Every plot of the window reports its crosshair readout here. */
    void listenTo(FigureView plot) {
        plot.readoutProperty().addListener((o, a, text) -> setText(text));
        plot.workingProperty().addListener((o, a, b) -> showWork());
    }

    /** The plots whose work is summarised: the selected panel's. */
    void showWorkOf(List<FigureView> selected) {
        plots = List.copyOf(selected);
        showWork();
    }

    /** The preset's title while its panel is selected (nothing over another panel). */
    void showPreset(Preset p, boolean itsPanelIsSelected) {
        boolean show = p != null && itsPanelIsSelected;
        preset.setText(show ? "Preset: " + p.title() : "");
        preset.setTooltip(show && !p.description().isEmpty() ? wrapped(p.description()) : null);
    }

    void say(String message) {
        setText(message);
    }

    private void showWork() {
        List<String> busy = plots.stream().filter(f -> f.workingProperty().get()).map(FigureView::displayName).toList();
        work.setText(busy.isEmpty() ? "" : "computing: " + busy.stream().collect(Collectors.joining(", ")));
        setProgress(busy.isEmpty() ? 0 : -1);
    }

    private static Tooltip wrapped(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        return t;
    }
}
