package org.phaselab.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

/**
 * A panel's layout: its controls in a column of fixed width on the left (it keeps its width when the window is
 * resized, and can be hidden to give the plots the whole window), the plots in the rest.
 */
public final class PanelLayout extends BorderPane {
    private final ScrollPane side;
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(this, "controlsShown", true);

    public PanelLayout(String id, Node controls, Node plots) {
        setId(id);
        side = new ScrollPane(controls);
        side.setId(id + "-controls");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("panel-controls");
        setLeft(side);
        setCenter(plots);
        controlsShown.addListener((o, was, shown) -> setLeft(shown ? side : null));
    }

    /** Puts the plot with this id in the main place when the plots are a {@link PlotGrid} (a preset's figure). */
    public void feature(String figureId) {
        if (getCenter() instanceof PlotGrid grid) {
            grid.feature(figureId);
        }
    }

    /** Whether the controls column is shown. */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }
}
