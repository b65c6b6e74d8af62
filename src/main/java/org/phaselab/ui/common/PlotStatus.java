package org.phaselab.ui.common;

/**
 * What a plot shows, measured against the current parameters; {@link FigureView} marks every state but CURRENT.
 *
 * <ul>
 * <li>EMPTY: nothing computed yet (a placeholder says what fills it and how);</li>
 * <li>CURRENT: the result of the current parameters;</li>
 * <li>STALE: the result of earlier parameters while the new one is computed ({@code text}: "updating to α = 0.745");</li>
 * <li>PREVIEW: a quick, coarse result of the current parameters while the full one is computed ({@code text} says so);</li>
 * <li>FAILED: the last request did not give a result ({@code text}: why; the plot keeps the older result, marked).</li>
 * </ul>
 */
public record PlotStatus(Kind kind, String text) {
    /** The states of a plot. */
    public enum Kind { EMPTY, CURRENT, STALE, PREVIEW, FAILED }

    public static final PlotStatus EMPTY = new PlotStatus(Kind.EMPTY, "");
    public static final PlotStatus CURRENT = new PlotStatus(Kind.CURRENT, "");

    public PlotStatus {
        text = text == null ? "" : text;
    }

    public static PlotStatus stale(String text) {
        return new PlotStatus(Kind.STALE, text);
    }

    public static PlotStatus preview(String text) {
        return new PlotStatus(Kind.PREVIEW, text);
    }

    public static PlotStatus failed(String reason) {
        return new PlotStatus(Kind.FAILED, reason);
    }

    /** Whether the plot shows something other than the result of the current parameters. */
    public boolean isMarked() {
        return kind != Kind.CURRENT && kind != Kind.EMPTY;
    }
}
