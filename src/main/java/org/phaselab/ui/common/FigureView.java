package org.phaselab.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.MaskerPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.export.figure.ChartBuilder;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.export.figure.LatexText;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.param.NumberParam;

/**
 * Shows a {@link Figure} with its state: a header (title, state, the figure's note on one line, cancel and maximise),
 * the chart with a crosshair that snaps to the nearest curve, a placeholder saying what fills an empty plot and how,
 * and a mask (ControlsFX MaskerPane) over a plot that is stale or failed ("updating to α = 0.745"). The chart keeps
 * the whole area below the header: title and note are not drawn into it, and the legend moves above the data when
 * inside it would cover data. Set properties on the FX thread; the chart is rebuilt in one go.
 */
public final class FigureView extends BorderPane {
    private static final Duration MASK_AFTER = Duration.millis(150);
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final ObjectProperty<FigureStyle> style = new SimpleObjectProperty<>(this, "figureStyle", FigureStyle.SCREEN);
    private final ObjectProperty<PlotStatus> status = new SimpleObjectProperty<>(this, "status", PlotStatus.CURRENT);
    private final BooleanProperty working = new SimpleBooleanProperty(this, "working", false);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final StringProperty readout = new SimpleStringProperty(this, "readout", "");
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label empty = new Label();
    private final MaskerPane mask = new MaskerPane();
    private final PauseTransition maskDelay = new PauseTransition(MASK_AFTER);
    private final PauseTransition resized = new PauseTransition(Duration.millis(120));
    private final PlotHeader header;
    /** Markers of current parameters, each with the value it follows. */
    private record Cursor(ObservableValue<? extends Number> value, Supplier<Marker> marker, ChangeListener<Number> redraw) {}

    private final List<Cursor> cursors = new ArrayList<>();
    private Runnable onCancel;
    private Consumer<FigureView> onMaximize = v -> { };
    private Figure drawn;

    public FigureView(String id) {
        LatexFontsFx.load();
        setId(id);
        getStyleClass().add("figure-view");
        viewer.setId(id + "-chart");
        empty.setId(id + "-placeholder");
        empty.getStyleClass().add("plot-placeholder");
        empty.setWrapText(true);
        mask.setId(id + "-mask");
        mask.setVisible(false);
        header = new PlotHeader(this, id);
        StackPane stack = new StackPane(viewer, empty, mask);
        stack.setMinSize(0, 0);
        setTop(header);
        setCenter(stack);
        setMinSize(160, 120);
        figure.addListener((o, a, f) -> redraw());
        style.addListener((o, a, s) -> redraw());
        status.addListener((o, a, s) -> showState());
        placeholder.addListener((o, a, s) -> showState());
        working.addListener((o, a, w) -> showState());
        progress.addListener((o, a, p) -> mask.setProgress(p.doubleValue() > 0 ? p.doubleValue() : -1));
        maskDelay.setOnFinished(e -> mask.setVisible(true));
        stack.widthProperty().addListener((o, a, b) -> resized.playFromStart());
        stack.heightProperty().addListener((o, a, b) -> resized.playFromStart());
        resized.setOnFinished(e -> redraw());
        Crosshair.attach(this, viewer);
        viewer.getCanvas().addOverlay(new FreshGraphicsState());
        viewer.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onMaximize.accept(this);
            }
        });
        // the viewer's own export menu bypasses our writers (and garbles LaTeX in SVG): use the app's Export…
        viewer.getContextMenu().getItems().removeIf(item -> item.getText() != null && item.getText().startsWith("Export"));
        showState();
    }

    /** A view following a plot channel: its figure, state, progress; the header's cancel cancels it. */
    public static FigureView of(String id, PlotChannel<?> channel) {
        FigureView v = new FigureView(id);
        v.follow(channel.figureProperty(), channel.statusProperty(), channel.busyProperty(), channel.progressProperty());
        v.onCancel = channel::cancel;
        return v;
    }

    /** Follows another source of figure and state (a second view of the same plot, a view-model's properties). */
    public void follow(ObservableValue<Figure> f, ObservableValue<PlotStatus> s, ObservableValue<Boolean> busy,
                       ObservableValue<? extends Number> p) {
        figure.bind(f);
        status.bind(s);
        working.bind(busy);
        progress.bind(p);
    }

    /** Sets each view's name to its catalogue title (export dialog, status bar). */
    public static void nameFrom(FigureCatalogue<?> catalogue, FigureView... views) {
        for (FigureView v : views) {
            catalogue.find(v.getId()).ifPresent(e -> v.name.set(e.title()));
        }
    }

    /** A second view of this plot (maximised), following its figure, state and style. */
    public FigureView mirror(String id) {
        FigureView m = new FigureView(id);
        m.follow(figure, status, working, progress);
        m.style.bind(style);
        m.name.bind(name);
        m.placeholder.bind(placeholder);
        cursors.forEach(c -> m.showCursor(c.value(), c.marker()));
        m.onCancel = onCancel;
        return m;
    }

    /**
     * Draws a marker of a current parameter on this plot (its x axis shows that parameter), e.g. the α of the local
     * entropy on s(α); it moves with the parameter.
     */
    public void showCursor(ObservableValue<? extends Number> value, Supplier<Marker> marker) {
        Cursor c = new Cursor(value, marker, (o, a, b) -> redraw());
        cursors.add(c);
        value.addListener(c.redraw());
        redraw();
    }

    /** Lets go of everything this view follows (a mirror that is closed). */
    public void release() {
        figure.unbind();
        status.unbind();
        working.unbind();
        progress.unbind();
        style.unbind();
        name.unbind();
        placeholder.unbind();
        cursors.forEach(c -> c.value().removeListener(c.redraw()));
        cursors.clear();
    }

    /** A marker at a real parameter's current value, labelled "α = 0.600" ({@code symbol}: its LaTeX). */
    public void showCursor(NumberParam param, ObservableValue<? extends Number> value, String symbol) {
        showCursor(value, () -> new Marker(value.getValue().doubleValue(),
                symbol + " = " + param.display(value.getValue().doubleValue()), Marker.Kind.CURSOR));
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

    public ObjectProperty<PlotStatus> statusProperty() {
        return status;
    }

    /** True while work that will change this plot runs (the snapshot waits for it). */
    public BooleanProperty workingProperty() {
        return working;
    }

    /** Progress of that work in [0, 1], negative if unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The plot's name for people (menus, export dialog); empty: its title. */
    public StringProperty nameProperty() {
        return name;
    }

    /** A sentence for the empty plot: what fills it and how ("Press Run sweep…"). */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** What the crosshair reads (nearest curve, its name and value), empty when the mouse is elsewhere. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout;
    }

    void setReadout(String text) {
        readout.set(text);
    }

    public void setOnCancel(Runnable r) {
        onCancel = r;
        showState();
    }

    public void setOnMaximize(Consumer<FigureView> action) {
        onMaximize = action == null ? v -> { } : action;
        header.maximizable(action != null);
    }

    void maximize() {
        onMaximize.accept(this);
    }

    void cancel() {
        if (onCancel != null) {
            onCancel.run();
        }
    }

    boolean cancellable() {
        return onCancel != null;
    }

    /** The name people read: the catalogue title, else the figure's title, else the id. */
    public String displayName() {
        if (!name.get().isEmpty()) {
            return name.get();
        }
        Figure f = figure.get();
        return f != null && !f.title().isEmpty() ? LatexText.plain(f.title()) : getId();
    }

    /** The chart on screen, null while the plot is empty (for tests). */
    public JFreeChart chart() {
        return viewer.getChart();
    }

    /** The figure as drawn (with the cursor markers), for the crosshair. */
    Figure drawnFigure() {
        return drawn;
    }

    /** No work for this plot is running and it is not waiting for a newer result. */
    public boolean isSettled() {
        return !working.get() && status.get().kind() != PlotStatus.Kind.STALE;
    }

    /** Whether a figure has anything to draw: a plot of no data shows its placeholder, not empty axes and markers. */
    static boolean hasData(Figure f) {
        for (Series s : f.series()) {
            for (int i = 0; i < s.size() && s.style() != Series.Style.TEXT; i++) {
                if (Double.isFinite(s.x(i)) && Double.isFinite(s.y(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void redraw() {
        Figure f = figure.get();
        header.show(f, displayName());
        if (f == null || !hasData(f)) {
            drawn = null;
            viewer.setVisible(false);
            showState();
            return;
        }
        List<Marker> markers = new ArrayList<>(f.markers());
        for (Cursor c : cursors) {
            markers.add(c.marker().get());
        }
        // title and note are in the header: the chart keeps its whole area for the data
        drawn = new Figure("", f.x(), f.y(), f.series(), markers, f.bands(), "", f.parameters());
        double w = viewer.getWidth();
        double h = viewer.getHeight();
        boolean sized = w > 50 && h > 50;
        ChartBuilder builder = new ChartBuilder(sized ? style.get().scaledTo(w, h) : style.get());
        JFreeChart chart = sized ? builder.build(drawn, w, h) : builder.build(drawn);
        Crosshair.prepare(chart);
        viewer.setChart(chart);
        viewer.setVisible(true);
        showState();
    }

    /** The placeholder, the mask and the header's state, from the status, the work and the figure. */
    private void showState() {
        PlotStatus s = status.get();
        boolean busy = working.get();
        boolean hasChart = viewer.isVisible() && drawn != null;
        empty.setVisible(!hasChart);
        empty.setText(s.kind() == PlotStatus.Kind.FAILED ? s.text()
                : busy ? "Computing…" : placeholder.get().isEmpty() ? emptyText() : placeholder.get());
        boolean masked = hasChart && (s.kind() == PlotStatus.Kind.FAILED || (busy && s.kind() == PlotStatus.Kind.STALE));
        mask.setText(s.text());
        mask.setProgressVisible(busy);
        if (!masked) {
            maskDelay.stop();
            mask.setVisible(false);
        } else if (!mask.isVisible() && maskDelay.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            maskDelay.playFromStart();
        }
        header.state(s, busy, cancellable());
    }

    private String emptyText() {
        Figure f = figure.get();
        return f != null && !f.note().isEmpty() ? f.note() : "Nothing to show yet.";
    }
}
