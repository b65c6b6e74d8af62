package org.phaselab.ui.common;

import java.util.Locale;
import java.util.OptionalDouble;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A number typed into a parameter's field: accepted only inside its range; anything else is refused, the field
 * outlined and its tooltip saying what is allowed (the caller shows the current value again).
 */
final class TypedNumber {
    private TypedNumber() {}

    /** The typed value if it is a finite number in [min, max]. */
    static OptionalDouble in(TextField field, double min, double max) {
        try {
            double v = Double.parseDouble(field.getText().trim());
            return Double.isFinite(v) && v >= min && v <= max ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Marks the field as refused; {@code rule} is added to the range ("and from ≤ to"), or empty. */
    static void refuse(TextField field, String format, double min, double max, String rule) {
        field.setStyle("-fx-border-color: #EE6677;");
        field.setTooltip(new Tooltip(String.format(Locale.ROOT, "allowed: %s to %s%s", String.format(Locale.ROOT, format, min),
                String.format(Locale.ROOT, format, max), rule)));
    }
}
