package org.phaselab.export.figure;

import java.util.Map;

/** Plain-Unicode rendering of the small LaTeX subset used in labels, for places that draw plain text. */
public final class LatexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\alpha", "α"), Map.entry("\\beta", "β"), Map.entry("\\gamma", "γ"),
            Map.entry("\\kappa", "κ"), Map.entry("\\tilde{\\kappa}", "κ̃"), Map.entry("\\phi", "φ"),
            Map.entry("\\varepsilon", "ε"), Map.entry("\\epsilon", "ε"), Map.entry("\\Delta", "Δ"),
            Map.entry("\\theta", "θ"), Map.entry("\\ln", "ln"), Map.entry("\\le", "≤"), Map.entry("\\ge", "≥"),
            Map.entry("\\approx", "≈"), Map.entry("\\infty", "∞"), Map.entry("\\,", " "), Map.entry("\\mathrm", ""),
            Map.entry("\\rm", ""));

    private LatexText() {}

    public static String plain(String latex) {
        if (latex == null) {
            return "";
        }
        String s = latex.replace("$", "");
        // longest keys first so "\tilde{\kappa}" wins over "\kappa"
        for (String key : SYMBOLS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            s = s.replace(key, SYMBOLS.get(key));
        }
        s = s.replaceAll("_\\{([^}]*)}", "$1").replaceAll("\\^\\{([^}]*)}", "^$1");
        s = s.replace("_", "").replace("{", "").replace("}", "");
        return s;
    }
}
