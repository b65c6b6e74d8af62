package org.phaselab.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.phaselab.ui.common.FigureView;

/**
 * One plot shown alone over the panel (double-click a plot or its ⤢ button; Restore, Esc or a double-click bring the
 * panel back). A second view of the same plot, so the panel's own layout is never taken apart.
 */
final class MaximizedPlot extends BorderPane {
    private FigureView shown;

    MaximizedPlot() {
        setId("maximized-plot");
        getStyleClass().add("maximized-plot");
        setVisible(false);
    }

    void show(FigureView plot) {
        restore();
        shown = plot.mirror(plot.getId() + "-maximized");
        shown.setOnMaximize(v -> restore());
        Button back = new Button("Restore");
        back.setId("restore-plot");
        back.setOnAction(e -> restore());
        Label hint = new Label("Esc or double-click restores the panel");
        hint.getStyleClass().add("help-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, spacer, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(shown);
        setVisible(true);
    }

    boolean isShowing() {
        return shown != null;
    }

    void restore() {
        if (shown != null) {
            shown.release();
            shown = null;
        }
        setCenter(null);
        setVisible(false);
    }
}
