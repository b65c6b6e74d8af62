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
        channel.busyProperty().addListener((o, was, is) -> {
            if (is) {
                busy.started();
            } else {
                busy.finished(channel.messageProperty().get());
            }
        });
        channel.progressProperty().addListener((o, a, b) -> busy.progress(b.doubleValue()));
        channel.messageProperty().addListener((o, a, b) -> busy.finished(b));
        setCenter(figureView);
        setTop(busy);
    }

    public FigureView figureView() {
        return figureView;
    }
}
