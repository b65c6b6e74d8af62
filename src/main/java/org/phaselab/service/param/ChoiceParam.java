package org.phaselab.service.param;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parameter with one of an enum's values. In presets it is written as a token (the enum's name in lower case
 * unless told otherwise, e.g. "tanh"); on screen by its display name (e.g. "tanh", "committee machine").
 */
public record ChoiceParam<E extends Enum<E>>(String key, String label, List<E> values, E defaultValue,
                                             Function<E, String> token, Function<E, String> displayName, String help,
                                             boolean isAdvanced) implements Param<E> {

    public ChoiceParam {
        values = List.copyOf(values);
        if (!values.contains(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " is not among " + values);
        }
    }

    /** A choice among all of an enum's values. */
    public static <E extends Enum<E>> ChoiceParam<E> of(String key, String label, Class<E> type, E defaultValue,
                                                        Function<E, String> displayName) {
        return new ChoiceParam<>(key, label, List.of(type.getEnumConstants()), defaultValue,
                e -> e.name().toLowerCase(Locale.ROOT), displayName, "", false);
    }

    /** The same parameter offering only some of the enum's values. */
    @SafeVarargs
    public final ChoiceParam<E> only(E... allowed) {
        return new ChoiceParam<>(key, label, List.of(allowed), defaultValue, token, displayName, help, isAdvanced);
    }

    public ChoiceParam<E> token(Function<E, String> t) {
        return new ChoiceParam<>(key, label, values, defaultValue, t, displayName, help, isAdvanced);
    }

    public ChoiceParam<E> help(String text) {
        return new ChoiceParam<>(key, label, values, defaultValue, token, displayName, text, isAdvanced);
    }

    /** The value whose token is {@code text} (case-insensitive); IllegalArgumentException listing the tokens otherwise. */
    public E parse(String text) {
        for (E e : values) {
            if (token.apply(e).equalsIgnoreCase(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException(key + " must be one of " + tokens() + ", got '" + text + "'");
    }

    /** The allowed tokens, e.g. "linear, tanh or relu". */
    public String tokens() {
        List<String> t = values.stream().map(token).toList();
        return t.size() == 1 ? t.get(0)
                : t.subList(0, t.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + t.get(t.size() - 1);
    }

    @Override
    public E check(E value) {
        if (value == null || !values.contains(value)) {
            throw new IllegalArgumentException(key + " must be one of " + tokens() + (value == null ? "" : ", got " + token.apply(value)));
        }
        return value;
    }

    @Override
    public String display(E value) {
        return displayName.apply(value);
    }
}
