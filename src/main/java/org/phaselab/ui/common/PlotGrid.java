package org.phaselab.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * A panel's plots in equal columns: the main plot fills the first column from top to bottom, the others fill the next
 * columns two by two (an odd last one takes its column's height). Every plot gets a share of the area, none a sliver.
 */
public final class PlotGrid extends GridPane {

    public PlotGrid(Node main, Node... others) {
        getStyleClass().add("plot-grid");
        setHgap(4);
        setVgap(4);
        int columns = 1 + (others.length + 1) / 2;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            getRowConstraints().add(rc);
        }
        add(main, 0, 0, 1, 2);
        for (int i = 0; i < others.length; i++) {
            boolean last = i == others.length - 1;
            add(others[i], 1 + i / 2, i % 2, 1, last && i % 2 == 0 ? 2 : 1);
        }
        for (Node n : getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
    }
}
