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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;

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
        setSteps((max - min) / 100);
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
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

    /** The slider of a declared real parameter, linked both ways to its property; arrow keys step by its display precision. */
    public static ParameterSlider of(String id, NumberParam param, DoubleProperty property) {
        ParameterSlider s = new ParameterSlider(id, param.label(), param.min(), param.max(), property.get(), param.format(),
                param.help());
        s.setSteps(param.step());
        s.valueProperty().bindBidirectional(property);
        return s;
    }

    /** The slider of a declared whole-number parameter: snaps to whole numbers, arrow keys step by one. */
    public static ParameterSlider forInteger(String id, IntParam param, IntegerProperty property) {
        return forInteger(id, param.label(), param.min(), param.max(), property, param.help());
    }

    /** A slider that snaps to whole numbers, linked both ways to an integer parameter. */
    public static ParameterSlider forInteger(String id, String name, double min, double max, IntegerProperty p, String help) {
        ParameterSlider s = new ParameterSlider(id, name, min, max, p.get(), "%.0f", help);
        s.slider.setMajorTickUnit(1);
        s.slider.setMinorTickCount(0);
        s.slider.setSnapToTicks(max - min <= 1000); // snapping to ticks over a huge range costs a tick per value
        s.setSteps(1);
        s.valueProperty().addListener((o, a, b) -> p.set((int) Math.round(b.doubleValue())));
        p.addListener((o, a, b) -> s.setValue(b.intValue()));
        return s;
    }

    /**
     * Arrow keys move by {@code step} (JavaFX's default block increment, 10, throws a small range to its end);
     * Page Up/Down by a tenth of the range.
     */
    void setSteps(double step) {
        slider.setBlockIncrement(step);
    }

    private void pageKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN) {
            double page = (slider.getMax() - slider.getMin()) / 10;
            double v = slider.getValue() + (e.getCode() == KeyCode.PAGE_UP ? page : -page);
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), v)));
            e.consume();
        }
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
