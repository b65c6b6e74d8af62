package org.phaselab.ui.common;

import javafx.beans.property.DoubleProperty;
import org.phaselab.service.param.NumberParam;

/** A parameter Play can move, with the property its slider is bound to. */
public record Playable(NumberParam param, DoubleProperty value) {
    /** Its label on screen. */
    @Override
    public String toString() {
        return param.label();
    }
}
