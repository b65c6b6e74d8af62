package org.phaselab.ui.common;

import java.util.Locale;
import java.util.OptionalDouble;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;

/**
 * A from/to pair of declared parameters as one ControlsFX RangeSlider with a text field per end: the two ends cannot
 * cross, each stays inside its own declared range, and typed values outside it are refused (the field shows the
 * value again, outlined). Linked both ways to the two properties.
 */
public final class ParameterRange extends VBox {
    private final RangeSlider slider;
    private final TextField lowField = new TextField();
    private final TextField highField = new TextField();
    private final String format;
    private final double[] lowBounds;
    private final double[] highBounds;

    /**
     * @param name       the label ("h", "α")
     * @param lowBounds  {min, max} of the "from" parameter
     * @param highBounds {min, max} of the "to" parameter
     * @param step       the keyboard step (display precision; 1 for whole numbers)
     */
    ParameterRange(String id, String name, double[] lowBounds, double[] highBounds, double step, String format, String help) {
        this.format = format;
        this.lowBounds = lowBounds.clone();
        this.highBounds = highBounds.clone();
        setId(id);
        slider = new RangeSlider(Math.min(lowBounds[0], highBounds[0]), Math.max(lowBounds[1], highBounds[1]), lowBounds[0], highBounds[1]);
        slider.setId(id + "-slider");
        slider.setBlockIncrement(step);
        if (step == 1) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
        }
        lowField.setId(id + "-from");
        highField.setId(id + "-to");
        lowField.setPrefColumnCount(5);
        highField.setPrefColumnCount(5);
        Label label = ParameterControls.nameLabel(name);
        if (help != null && !help.isEmpty()) {
            label.setTooltip(new Tooltip(help));
            slider.setTooltip(new Tooltip(help));
        }
        Label dash = new Label("to");
        dash.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(6, label, spacer, lowField, dash, highField);
        top.setAlignment(Pos.CENTER_LEFT);
        setSpacing(2);
        getChildren().addAll(top, slider);
        slider.lowValueProperty().addListener((o, a, b) -> clamp());
        slider.highValueProperty().addListener((o, a, b) -> clamp());
        slider.lowValueProperty().addListener((o, a, b) -> show());
        slider.highValueProperty().addListener((o, a, b) -> show());
        lowField.setOnAction(e -> commit(lowField, true));
        highField.setOnAction(e -> commit(highField, false));
        lowField.focusedProperty().addListener((o, was, is) -> { if (!is) commit(lowField, true); });
        highField.focusedProperty().addListener((o, was, is) -> { if (!is) commit(highField, false); });
        show();
    }

    /** The range control of two declared real parameters, bound both ways to their properties. */
    public static ParameterRange of(String id, String name, org.phaselab.service.param.NumberParam from,
                                    org.phaselab.service.param.NumberParam to, DoubleProperty low, DoubleProperty high) {
        ParameterRange r = new ParameterRange(id, name, new double[]{from.min(), from.max()}, new double[]{to.min(), to.max()},
                from.step(), from.format(), from.help() + "; " + to.help());
        r.link(low, high);
        return r;
    }

    /** The range control of two declared whole-number parameters. */
    public static ParameterRange ofIntegers(String id, String name, org.phaselab.service.param.IntParam from,
                                            org.phaselab.service.param.IntParam to, Property<Number> low, Property<Number> high) {
        ParameterRange r = new ParameterRange(id, name, new double[]{from.min(), from.max()}, new double[]{to.min(), to.max()},
                1, "%.0f", from.help() + "; " + to.help());
        r.link(low, high);
        return r;
    }

    private void link(Property<Number> low, Property<Number> high) {
        slider.setHighValue(high.getValue().doubleValue()); // high first: low may not pass it
        slider.setLowValue(low.getValue().doubleValue());
        slider.setHighValue(high.getValue().doubleValue());
        boolean whole = slider.isSnapToTicks();
        slider.lowValueProperty().addListener((o, a, b) -> low.setValue(whole ? Math.round(b.doubleValue()) : b.doubleValue()));
        slider.highValueProperty().addListener((o, a, b) -> high.setValue(whole ? Math.round(b.doubleValue()) : b.doubleValue()));
        low.addListener((o, a, b) -> slider.setLowValue(b.doubleValue()));
        high.addListener((o, a, b) -> slider.setHighValue(b.doubleValue()));
    }

    public RangeSlider slider() {
        return slider;
    }

    /** Each end stays inside its own declared range. */
    private void clamp() {
        double lo = slider.getLowValue();
        double hi = slider.getHighValue();
        if (lo > lowBounds[1]) {
            slider.setLowValue(lowBounds[1]);
        } else if (lo < lowBounds[0]) {
            slider.setLowValue(lowBounds[0]);
        }
        if (hi < highBounds[0]) {
            slider.setHighValue(highBounds[0]);
        } else if (hi > highBounds[1]) {
            slider.setHighValue(highBounds[1]);
        }
    }

    private void show() {
        lowField.setText(String.format(Locale.ROOT, format, slider.getLowValue()));
        highField.setText(String.format(Locale.ROOT, format, slider.getHighValue()));
        lowField.setStyle("");
        highField.setStyle("");
    }

    private void commit(TextField field, boolean low) {
        double[] bounds = low ? lowBounds : highBounds;
        OptionalDouble v = TypedNumber.in(field, bounds[0], bounds[1]);
        boolean ordered = v.isPresent() && (low ? v.getAsDouble() <= slider.getHighValue() : v.getAsDouble() >= slider.getLowValue());
        if (ordered) {
            if (low) {
                slider.setLowValue(v.getAsDouble());
            } else {
                slider.setHighValue(v.getAsDouble());
            }
        }
        show();
        if (!ordered) {
            TypedNumber.refuse(field, format, bounds[0], bounds[1], ", and from ≤ to");
        }
    }
}
