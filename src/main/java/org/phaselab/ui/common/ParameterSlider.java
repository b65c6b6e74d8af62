package org.phaselab.ui.common;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A named, bounded parameter: a slider and a text field that accepts only numbers inside the
 * bounds (anything else is refused and the field shows the current value again). Out-of-range
 * values are impossible to set, as the issue asks.
 */
public final class ParameterSlider extends HBox {
    private final Slider slider;
    private final TextField field = new TextField();
    private final String format;

    public ParameterSlider(String id, String name, double min, double max, double value, String format, String help) {
        this.format = format;
        setId(id);
        slider = new Slider(min, max, value);
        slider.setId(id + "-slider");
        field.setId(id + "-field");
        Label label = new Label(name);
        label.setMinWidth(70);
        label.getStyleClass().add("parameter-name");
        if (help != null && !help.isEmpty()) {
            Tooltip tip = new Tooltip(help);
            Tooltip.install(label, tip);
            slider.setTooltip(new Tooltip(help));
        }
        field.setPrefColumnCount(6);
        HBox.setHgrow(slider, Priority.ALWAYS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        getChildren().addAll(label, slider, field);
        showValue();
        slider.valueProperty().addListener((obs, o, n) -> showValue());
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitText();
            }
        });
    }

    /** A slider that snaps to whole numbers, linked both ways to an integer parameter. */
    public static ParameterSlider forInteger(String id, String name, double min, double max, IntegerProperty p, String help) {
        ParameterSlider s = new ParameterSlider(id, name, min, max, p.get(), "%.0f", help);
        s.slider.setMajorTickUnit(1);
        s.slider.setMinorTickCount(0);
        s.slider.setSnapToTicks(true);
        s.valueProperty().addListener((o, a, b) -> p.set((int) Math.round(b.doubleValue())));
        p.addListener((o, a, b) -> s.setValue(b.intValue()));
        return s;
    }

    public DoubleProperty valueProperty() {
        return slider.valueProperty();
    }

    public double getValue() {
        return slider.getValue();
    }

    public void setValue(double v) {
        slider.setValue(v);
    }

    /** True while the user drags the thumb. */
    public ReadOnlyBooleanProperty valueChangingProperty() {
        return slider.valueChangingProperty();
    }

    public Slider slider() {
        return slider;
    }

    private void showValue() {
        field.setText(String.format(Locale.ROOT, format, slider.getValue()));
        field.setStyle("");
    }

    private void commitText() {
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (Double.isFinite(v) && v >= slider.getMin() && v <= slider.getMax()) {
                slider.setValue(v);
                showValue();
                return;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        showValue();
        field.setStyle("-fx-border-color: #EE6677;");
        field.setTooltip(new Tooltip(String.format(Locale.ROOT, "allowed: %s to %s",
                String.format(Locale.ROOT, format, slider.getMin()), String.format(Locale.ROOT, format, slider.getMax()))));
    }
}
