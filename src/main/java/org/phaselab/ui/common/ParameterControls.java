package org.phaselab.ui.common;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.phaselab.service.param.BoolParam;
import org.phaselab.service.param.ChoiceParam;
import org.phaselab.service.param.IntParam;
import org.phaselab.service.param.NumberParam;
import org.phaselab.service.param.Param;

/**
 * The control of a declared parameter, bound to its property: a slider with a text field for numbers, a choice box
 * for enums (by display name) and for odd counts, a check box for switches. Ids are the panel prefix plus the key
 * in kebab case ("jam-" + "width_from" = "jam-width-from"); advanced ones carry the style class that lecture mode hides.
 */
public final class ParameterControls<S> {
    private final SceneProperties<S> properties;
    private final String idPrefix;

    public ParameterControls(SceneProperties<S> properties, String idPrefix) {
        this.properties = properties;
        this.idPrefix = idPrefix;
    }

    /** The control of {@code p}, with its label. */
    public Node control(Param<?> p) {
        Node n;
        if (p instanceof NumberParam np) {
            n = ParameterSlider.of(id(p), np, properties.number(np));
        } else if (p instanceof IntParam ip) {
            n = ParameterSlider.forInteger(id(p), ip, properties.integer(ip));
        } else if (p instanceof BoolParam bp) {
            CheckBox box = new CheckBox(bp.label());
            box.setId(id(p));
            box.setTooltip(tooltip(bp));
            box.selectedProperty().bindBidirectional(properties.bool(bp));
            n = box;
        } else {
            n = row(p, choiceBox((ChoiceParam<?>) p));
        }
        if (p.isAdvanced()) {
            n.getStyleClass().add("advanced");
        }
        return n;
    }

    /** An integer parameter offered as a choice of its odd values (hidden units, replicas). */
    public Node oddChoice(IntParam p) {
        return integerChoice(p, i -> i % 2 == 1);
    }

    /** An integer parameter offered as a choice of its values that pass {@code allowed} (a depth 0..5). */
    public Node integerChoice(IntParam p, IntPredicate allowed) {
        ChoiceBox<Integer> box = new ChoiceBox<>();
        box.setId(id(p));
        IntStream.rangeClosed(p.min(), p.max()).filter(allowed).forEach(box.getItems()::add);
        var prop = properties.integer(p);
        box.setValue(prop.get());
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                prop.set(b);
            }
        });
        prop.addListener((o, a, b) -> box.setValue(b.intValue()));
        box.setTooltip(tooltip(p));
        Node n = row(p, box);
        if (p.isAdvanced()) {
            n.getStyleClass().add("advanced");
        }
        return n;
    }

    private <E extends Enum<E>> ChoiceBox<E> choiceBox(ChoiceParam<E> p) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.setId(id(p));
        box.getItems().addAll(p.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : p.display(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(properties.choice(p));
        box.setTooltip(tooltip(p));
        return box;
    }

    public String id(Param<?> p) {
        return idPrefix + p.key().replace('_', '-');
    }

    private static Tooltip tooltip(Param<?> p) {
        return p.help().isEmpty() ? null : new Tooltip(p.help());
    }

    /** A label and a control side by side, as the sliders are. */
    public static HBox row(Param<?> p, Node control) {
        Label label = new Label(p.label());
        label.setMinWidth(70);
        label.getStyleClass().add("parameter-name");
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
