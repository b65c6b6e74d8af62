package org.phaselab.service.param;

/**
 * One declared parameter of a panel: its preset key, its label on screen, its allowed values, its default and a
 * sentence of help. Validation, preset JSON, the controls and command-line limits are all derived from it, so a
 * parameter is written down once.
 *
 * @param <T> the value type (Double, Integer, Boolean or an enum)
 */
public sealed interface Param<T> permits NumberParam, IntParam, ChoiceParam, BoolParam {
    /** The preset key (snake_case), also the name in error messages. */
    String key();

    /** The label on screen (may hold Greek letters, e.g. "α"). */
    String label();

    /** One sentence for a tooltip or the help text. */
    String help();

    /** Hidden in lecture mode. */
    boolean isAdvanced();

    T defaultValue();

    /** Returns the value if it is allowed; otherwise throws IllegalArgumentException naming the key and the range. */
    T check(T value);

    /** The value as people read it (the slider's format, an enum's display name). */
    String display(T value);
}
