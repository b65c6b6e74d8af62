package org.phaselab.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.phaselab.export.figure.ChartBuilder;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.export.figure.LatexText;

/**
 * Shows a {@link Figure}: the chart, a crosshair that reads values off under the mouse, and the
 * figure's status note (e.g. points that did not converge). Set the figure on the FX thread; the
 * chart is rebuilt in one go, so the view never shows half an update.
 */
public final class FigureView extends BorderPane {
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<FigureStyle> style = new SimpleObjectProperty<>(this, "figureStyle", FigureStyle.SCREEN);
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label readout = new Label();
    private final Label note = new Label();

    public FigureView(String id) {
        LatexFontsFx.load();
        setId(id);
        viewer.setId(id + "-chart");
        readout.setId(id + "-readout");
        note.setId(id + "-note");
        note.getStyleClass().add("figure-note");
        readout.getStyleClass().add("figure-readout");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, spacer, readout); // the figure's note is drawn by the chart itself
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(2, 6, 2, 6));
        setCenter(viewer);
        setBottom(footer);
        setMinSize(200, 150);
        figure.addListener((obs, old, f) -> redraw());
        style.addListener((obs, old, s) -> redraw());
        viewer.addChartMouseListener(new Crosshair());
        // the viewer's own export menu bypasses our writers (and garbles LaTeX in SVG): use the app's Export…
        viewer.getContextMenu().getItems().removeIf(item -> item.getText() != null && item.getText().startsWith("Export"));
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public Figure getFigure() {
        return figure.get();
    }

    public ObjectProperty<FigureStyle> figureStyleProperty() {
        return style;
    }

    /** The chart on screen (for tests and export of exactly what is shown). */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    private void redraw() {
        Figure f = figure.get();
        if (f == null) {
            viewer.setChart(null);
            note.setText("");
            return;
        }
        JFreeChart chart = new ChartBuilder(style.get()).build(f);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainCrosshairVisible(false); // shown once the mouse is over the data area
        plot.setRangeCrosshairVisible(false);
        plot.setDomainCrosshairLockedOnData(false);
        plot.setRangeCrosshairLockedOnData(false);
        viewer.setChart(chart);
        note.setText(f.note());
    }

    /** Moves the crosshair to the mouse and prints the data coordinates under it. */
    private final class Crosshair implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {}

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            JFreeChart chart = event.getChart();
            if (chart == null || viewer.getCanvas().getRenderingInfo() == null) {
                return;
            }
            XYPlot plot = chart.getXYPlot();
            var area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
            double sx = event.getTrigger().getX();
            double sy = event.getTrigger().getY();
            if (!area.contains(sx, sy)) {
                readout.setText("");
                plot.setDomainCrosshairVisible(false);
                plot.setRangeCrosshairVisible(false);
                return;
            }
            plot.setDomainCrosshairVisible(true);
            plot.setRangeCrosshairVisible(true);
            double x = plot.getDomainAxis().java2DToValue(sx, area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().java2DToValue(sy, area, plot.getRangeAxisEdge());
            plot.setDomainCrosshairValue(x, false);
            plot.setRangeCrosshairValue(y, true);
            Figure f = figure.get();
            String xl = f == null ? "x" : LatexText.plain(f.x().label());
            String yl = f == null ? "y" : LatexText.plain(f.y().label());
            readout.setText(String.format("%s = %.4f   %s = %.4f", xl, x, yl, y));
        }
    }
}
