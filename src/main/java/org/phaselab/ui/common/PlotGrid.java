package org.phaselab.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * A panel's plots in equal columns: the main plot fills the first column from top to bottom, the others fill the next
 * columns two by two (an odd last one takes its column's height). Every plot gets a share of the area, none a sliver.
 * A preset can {@link #feature} the plot it is about: that one becomes the main plot, the others keep their order.
 */
public final class PlotGrid extends GridPane {
    private final List<Node> plots = new ArrayList<>();

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
        plots.add(main);
        plots.addAll(List.of(others));
        layOut(plots);
    }

    /**
     * Makes the plot with this id the main plot (the first column), the others in their first order; else nothing.
     * A plot in a tab of a {@link TabPane} (the training panel's sweep and frontier) brings its tab pane to the main
     * place with that tab selected.
     */
    public void feature(String id) {
        List<Node> order = new ArrayList<>();
        plots.stream().filter(n -> holds(n, id)).findFirst().ifPresent(order::add);
        if (order.isEmpty()) {
            return;
        }
        if (order.get(0) instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(t -> t.getContent() != null && id.equals(t.getContent().getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        if (getChildren().size() == plots.size() && getColumnIndex(order.get(0)) == 0) {
            return;
        }
        plots.stream().filter(n -> n != order.get(0)).forEach(order::add);
        layOut(order);
    }

    /** Whether this plot of the grid is the one with this id, or a tab pane with it in a tab. */
    private static boolean holds(Node plot, String id) {
        return id.equals(plot.getId()) || plot instanceof TabPane tabs && tabs.getTabs().stream()
                .anyMatch(t -> t.getContent() != null && id.equals(t.getContent().getId()));
    }

    /** The plot in the main place (for tests). */
    public Node main() {
        return getChildren().stream().filter(n -> getColumnIndex(n) == 0).findFirst().orElse(null);
    }

    private void layOut(List<Node> order) {
        getChildren().clear();
        add(order.get(0), 0, 0, 1, 2);
        for (int i = 1; i < order.size(); i++) {
            int k = i - 1;
            boolean last = i == order.size() - 1;
            add(order.get(i), 1 + k / 2, k % 2, 1, last && k % 2 == 0 ? 2 : 1);
        }
        for (Node n : getChildren()) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
    }
}
