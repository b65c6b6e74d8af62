package org.phaselab.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.LatexText;

/**
 * The line above a plot: its title, its state ("updating to α = 0.745", "preview", "failed"), a small progress bar
 * and cancel while it computes, the maximise button; under it the figure's note on one line (the whole note in the
 * tooltip), so a long note never takes the chart's space.
 */
final class PlotHeader extends VBox {
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label note = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("✕");
    private final Button maximize = new Button("⤢");

    PlotHeader(FigureView view, String id) {
        getStyleClass().add("plot-header");
        title.getStyleClass().add("plot-title");
        title.setId(id + "-title");
        state.getStyleClass().add("plot-state");
        state.setId(id + "-state");
        note.getStyleClass().add("figure-note");
        note.setId(id + "-note");
        note.setTextOverrun(OverrunStyle.ELLIPSIS);
        note.setMinWidth(0);
        title.setMinWidth(0);
        // a narrow plot (three columns in lecture mode) wraps its title onto a second line rather than cutting it
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        state.setMinWidth(0);
        bar.getStyleClass().add("plot-progress");
        bar.progressProperty().bind(view.progressProperty());
        bar.setPrefWidth(70);
        bar.setMinWidth(40);
        cancel.setId(id + "-cancel");
        cancel.getStyleClass().add("plot-button");
        cancel.setOnAction(e -> view.cancel());
        cancel.setTooltip(new Tooltip("Stop computing this plot; it keeps the last finished result"));
        maximize.setId(id + "-maximize");
        maximize.getStyleClass().add("plot-button");
        maximize.setOnAction(e -> view.maximize());
        maximize.setTooltip(new Tooltip("Show this plot alone (or double-click it); Esc restores"));
        maximizable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(state, Priority.SOMETIMES);
        HBox line = new HBox(6, title, state, spacer, bar, cancel, maximize);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, note);
        state(PlotStatus.CURRENT, false, false);
    }

    void maximizable(boolean on) {
        maximize.setVisible(on);
        maximize.setManaged(on);
    }

    void show(Figure f, String name) {
        String t = f != null && !f.title().isEmpty() ? LatexText.plain(f.title()) : name;
        title.setText(t);
        title.setTooltip(new Tooltip(t)); // the whole title where a narrow plot cuts it
        String n = f == null ? "" : f.note();
        note.setText(n);
        note.setTooltip(n.isEmpty() ? null : new Tooltip(n));
        note.setVisible(!n.isEmpty());
        note.setManaged(!n.isEmpty());
    }

    void state(PlotStatus s, boolean busy, boolean cancellable) {
        String text = switch (s.kind()) {
            case STALE -> s.text();
            case PREVIEW -> s.text().isEmpty() ? "preview" : s.text();
            case FAILED -> "not updated";
            case EMPTY, CURRENT -> busy ? "computing…" : "";
        };
        state.setText(text);
        state.setTooltip(s.text().isEmpty() ? null : new Tooltip(s.text()));
        state.getStyleClass().removeAll("stale", "preview", "failed");
        switch (s.kind()) {
            case STALE -> state.getStyleClass().add("stale");
            case PREVIEW -> state.getStyleClass().add("preview");
            case FAILED -> state.getStyleClass().add("failed");
            default -> { }
        }
        bar.setVisible(busy);
        bar.setManaged(busy);
        cancel.setVisible(busy && cancellable);
        cancel.setManaged(busy && cancellable);
    }
}
