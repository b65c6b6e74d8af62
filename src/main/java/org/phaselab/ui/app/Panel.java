package org.phaselab.ui.app;

import java.util.List;
import javafx.scene.Node;
import org.phaselab.ui.common.FigureView;

/** A tab of the app: a title, its view, the figures it can export, and clean-up when the app closes. */
public interface Panel {
    String title();

    Node view();

    /** The plots of this panel, for export; the first is the one exported by default. */
    List<FigureView> figures();

    /** Stops background work. */
    default void dispose() {}
}
