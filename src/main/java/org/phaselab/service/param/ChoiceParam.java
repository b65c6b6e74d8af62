package org.phaselab.service.param;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parameter with one of an enum's values. In presets it is written as a token (the enum's name in lower case
 * unless told otherwise, e.g. "tanh"); on screen by its display name (e.g. "tanh", "committee machine").
 */
public record ChoiceParam<E extends Enum<E>>(String key, String label, Class<E> type, E defaultValue,
                                             Function<E, String> token, Function<E, String> displayName, String help,
                                             boolean isAdvanced) implements Param<E> {

    public static <E extends Enum<E>> ChoiceParam<E> of(String key, String label, Class<E> type, E defaultValue,
                                                        Function<E, String> displayName) {
        return new ChoiceParam<>(key, label, type, defaultValue, e -> e.name().toLowerCase(Locale.ROOT), displayName, "", false);
    }

    public ChoiceParam<E> token(Function<E, String> t) {
        return new ChoiceParam<>(key, label, type, defaultValue, t, displayName, help, isAdvanced);
    }

    public ChoiceParam<E> help(String text) {
        return new ChoiceParam<>(key, label, type, defaultValue, token, displayName, text, isAdvanced);
    }

    public List<E> values() {
        return List.of(type.getEnumConstants());
    }

    /** The value whose token is {@code text} (case-insensitive); IllegalArgumentException listing the tokens otherwise. */
    public E parse(String text) {
        for (E e : type.getEnumConstants()) {
            if (token.apply(e).equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException(key + " must be one of " + tokens() + ", got '" + text + "'");
    }

    /** The allowed tokens, e.g. "linear, tanh or relu". */
    public String tokens() {
        List<String> t = Arrays.stream(type.getEnumConstants()).map(token).toList();
        return t.size() == 1 ? t.get(0)
                : t.subList(0, t.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + t.get(t.size() - 1);
    }

    @Override
    public E check(E value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be one of " + tokens());
        }
        return value;
    }

    @Override
    public String display(E value) {
        return displayName.apply(value);
    }
}
