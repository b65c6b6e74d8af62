package org.phaselab.ui.common;

import javafx.scene.layout.BorderPane;

/** A figure with its busy indicator and message line, bound to a {@link PlotChannel}. */
public final class PlotPane extends BorderPane {
    private final FigureView figureView;
    private final BusyIndicator busy;

    public PlotPane(String id, PlotChannel<?> channel) {
        setId(id + "-pane");
        figureView = new FigureView(id);
        busy = new BusyIndicator(id + "-busy", channel::cancel);
        figureView.figureProperty().bind(channel.figureProperty());
        busy.follow(channel.busyProperty(), channel.progressProperty(), channel.messageProperty());
        setCenter(figureView);
        setTop(busy);
    }

    public FigureView figureView() {
        return figureView;
    }
}
