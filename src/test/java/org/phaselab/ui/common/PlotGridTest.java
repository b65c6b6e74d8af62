package org.phaselab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/** A preset's figure becomes the main plot; the others keep their order; an unknown id changes nothing. */
class PlotGridTest {
    private static Pane plot(String id) {
        Pane p = new Pane();
        p.setId(id);
        return p;
    }

    private static List<String> order(PlotGrid g) {
        return g.getChildren().stream()
                .sorted(java.util.Comparator.comparingInt((Node n) -> GridPane.getColumnIndex(n)).thenComparingInt(GridPane::getRowIndex))
                .map(Node::getId).toList();
    }

    @Test
    void aFeaturedPlotTakesTheMainPlaceAndTheOthersKeepTheirOrder() {
        PlotGrid grid = new PlotGrid(plot("a"), plot("b"), plot("c"));
        assertEquals("a", grid.main().getId());
        grid.feature("c");
        assertEquals(List.of("c", "a", "b"), order(grid));
        assertEquals(2, GridPane.getRowSpan(grid.main()), "the main plot fills its column");
        grid.feature("nothing");
        assertEquals(List.of("c", "a", "b"), order(grid));
        grid.feature("a");
        assertEquals(List.of("a", "b", "c"), order(grid));
    }
}
