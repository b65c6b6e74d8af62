package org.phaselab.export.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a label into runs of plain text and LaTeX math, so the same label can be typeset by
 * JLaTeXMath (screen, PDF, SVG, PNG) and by matplotlib's mathtext (data bundle script).
 *
 * <p>The rule: text between {@code $...$} is math and the rest is text. A label with no {@code $}
 * is split at spaces: a word of two or more plain letters ({@code "training"}, {@code "error"})
 * is text, anything else ({@code "\\alpha"}, {@code "s"}, {@code "\\phi_{FP}(d)"}) is math. So
 * {@code "training error \\varepsilon_g"} reads as the words, then the symbol.
 */
public final class LabelText {
    /** One run of a label. */
    public record Run(String text, boolean math) {}

    private LabelText() {}

    public static List<Run> runs(String label) {
        List<Run> runs = new ArrayList<>();
        if (label == null || label.isBlank()) {
            return runs;
        }
        if (label.indexOf('$') >= 0) {
            String[] parts = label.split("\\$", -1);
            for (int i = 0; i < parts.length; i++) {
                append(runs, parts[i], i % 2 == 1);
            }
            return runs;
        }
        String[] words = label.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            boolean text = words[i].matches("\\p{L}{2,}[.,:;]?");
            String gap = i + 1 < words.length ? " " : "";
            if (text) {
                append(runs, words[i] + gap, false);
            } else {
                append(runs, words[i], true);
                if (!gap.isEmpty()) {
                    append(runs, gap, false);
                }
            }
        }
        return runs;
    }

    private static void append(List<Run> runs, String s, boolean math) {
        if (s.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).math() == math) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(last.text() + (math ? " " : "") + s, math));
        } else {
            runs.add(new Run(s, math));
        }
    }

    /** The label as one JLaTeXMath formula: text runs in {@code \text{}}. */
    public static String toJLatexMath(String label) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(label)) {
            sb.append(r.math() ? "{" + r.text() + "}" : "\\text{" + escapeText(r.text()) + "}");
        }
        return sb.toString();
    }

    /** The label for matplotlib: text as is, math between dollars (mathtext). */
    public static String toMathtext(String label) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(label)) {
            sb.append(r.math() ? "$" + r.text().replace("\\text{", "\\mathrm{") + "$" : r.text());
        }
        return sb.toString();
    }

    /** An axis title: label plus unit in parentheses, as a label in the same syntax. */
    public static String withUnit(String label, String unit) {
        if (unit == null || unit.isBlank()) {
            return label == null ? "" : label;
        }
        boolean mathUnit = unit.matches(".*[\\\\^_].*");
        String u = mathUnit ? "$(\\mathrm{" + unit + "})$" : "(" + unit + ")";
        if (label == null || label.isBlank()) {
            return u;
        }
        return label.indexOf('$') >= 0 || mathUnit ? asDollars(label) + " " + u : label + " " + u;
    }

    private static String asDollars(String label) {
        if (label.indexOf('$') >= 0) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(label)) {
            sb.append(r.math() ? "$" + r.text() + "$" : r.text());
        }
        return sb.toString();
    }

    private static String escapeText(String s) {
        return s.replace("\\", "").replace("%", "\\%").replace("&", "\\&").replace("#", "\\#")
                .replace("{", "\\{").replace("}", "\\}");
    }
}
