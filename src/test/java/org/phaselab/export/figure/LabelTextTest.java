package org.phaselab.export.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\\alpha                      | {\\alpha}                                   | $\\alpha$",
        "\\phi_{FP}(d)                | {\\phi_{\\mathrm{FP}}(d)}                  | $\\phi_{\\mathrm{FP}}(d)$",
        "\\alpha_{LE}^{RS} = 0.729     | {\\alpha_{\\mathrm{LE}}^{\\mathrm{RS}} = 0.729} | $\\alpha_{\\mathrm{LE}}^{\\mathrm{RS}} = 0.729$",
        "x_{i} + \\kappa_{max}         | {x_{i} + \\kappa_{\\mathrm{max}}}          | $x_{i} + \\kappa_{\\mathrm{max}}$",
        "training error \\varepsilon_g | \\text{training error }{\\varepsilon_g}    | training error $\\varepsilon_g$",
        "entropy $s(\\alpha)$          | \\text{entropy }{s(\\alpha)}                | entropy $s(\\alpha)$",
        "s                            | {s}                                        | $s$",
        "measured, N = 1001           | \\text{measured, }{N = 1001}               | measured, $N = 1001$",
        "teacher-student (nats)       | \\text{teacher-student (nats)}             | teacher-student (nats)",
        "CP+R, training set           | \\text{CP{+}R, training set}               | CP+R, training set",
    })
    void labelsSplitIntoTextAndMath(String label, String jlatexmath, String mathtext) {
        assertEquals(jlatexmath, LabelText.toJLatexMath(label));
        assertEquals(mathtext, LabelText.toMathtext(label));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "\\alpha          | ''      | \\alpha",
        "\\alpha          | nats    | $\\alpha$ (nats)",
        "''              | nats    | $$(nats)",
        "entropy $s$      | nats    | entropy $s$ (nats)",
        "E                | k_B T   | $E$ $(\\mathrm{k_B T})$",
    })
    void unitsGoInParentheses(String label, String unit, String expected) {
        assertEquals(expected, LabelText.withUnit(label, unit));
    }

    @org.junit.jupiter.api.Test
    void emptyLabelHasNoRuns() {
        assertEquals(List.of(), LabelText.runs(" "));
    }
}
