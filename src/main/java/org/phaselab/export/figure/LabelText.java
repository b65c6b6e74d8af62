package org.phaselab.export.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a label into runs of plain text and LaTeX math, so the same label can be typeset by
 * JLaTeXMath (screen, PDF, SVG, PNG) and by matplotlib's mathtext (data bundle script).
 *
 * <p>The rule: text between {@code $...$} is math and the rest is text. A label with no {@code $}
 * is split at spaces: a word of two or more plain letters ({@code "training"}, {@code "error,"},
 * {@code "teacher-student"}, {@code "(nats)"}) is text, anything else ({@code "\\alpha"},
 * {@code "s"}, {@code "\\phi_{FP}(d)"}, {@code "="}) is math, and neighbouring math words form one
 * formula. So {@code "training error \\varepsilon_g"} reads as the words, then the symbol, and
 * {@code "measured, N = 1001"} as a word, then the formula {@code N = 1001}.
 */
public final class LabelText {
    /** One run of a label. */
    public record Run(String text, boolean math) {}

    /**
     * A plain word: two or more letters (hyphens, apostrophes and plus signs inside: "CP+R"), maybe in parentheses or
     * with punctuation.
     */
    private static final Pattern TEXT_WORD = Pattern.compile("\\(?\\p{L}[\\p{L}'+-]*\\p{L}[.,:;)]*");

    /** A sub- or superscript that is a word or an abbreviation ("max", "FP", "1st"), not a symbol. */
    private static final Pattern WORD_INDEX = Pattern.compile("([_^])\\{([A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*)\\}");

    private LabelText() {}

    /**
     * Math with its word indices set upright, as physics typesetting wants ("\\kappa_{max}" -> "\\kappa_{\\mathrm{max}}");
     * single letters ("\\varepsilon_g", "x_{i}") stay italic symbols.
     */
    static String uprightIndices(String math) {
        java.util.regex.Matcher m = WORD_INDEX.matcher(math);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group(2);
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    word.length() < 2 ? m.group() : m.group(1) + "{\\mathrm{" + word + "}}"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

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
            boolean text = TEXT_WORD.matcher(words[i]).matches();
            boolean nextText = i + 1 < words.length && TEXT_WORD.matcher(words[i + 1]).matches();
            String gap = i + 1 < words.length ? " " : "";
            if (text) {
                append(runs, words[i] + gap, false);
            } else {
                // consecutive math words form one formula, so TeX spaces "N = 100" itself
                append(runs, words[i], true);
                if (nextText) {
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
            sb.append(r.math() ? "{" + uprightIndices(r.text()) + "}" : "\\text{" + escapeText(r.text()) + "}");
        }
        return sb.toString();
    }

    /** The label for matplotlib: text as is, math between dollars (mathtext). */
    public static String toMathtext(String label) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs(label)) {
            sb.append(r.math() ? "$" + uprightIndices(r.text()).replace("\\text{", "\\mathrm{") + "$" : r.text());
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
            return mathUnit ? u : "$$" + u;
        }
        return asDollars(label) + " " + u;
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

    /** Text for {@code \text{}}: TeX's specials escaped, a plus braced (JLaTeXMath spaced "CP+R" as a sum). */
    private static String escapeText(String s) {
        return s.replace("\\", "").replace("%", "\\%").replace("&", "\\&").replace("#", "\\#")
                .replace("{", "\\{").replace("}", "\\}").replace("+", "{+}");
    }
}
