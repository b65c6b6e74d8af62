package org.phaselab.service.randomfeatures;

import java.util.List;

/**
 * The local-entropy line alpha_LE(alpha_D) as far as it is computed: rows arrive one at a time (each costs
 * 5-60 s), so the diagram draws a partial line and says how much is missing.
 *
 * @param grid  the alpha_D rows asked for, in order
 * @param rows  the rows computed so far, in the order of the grid (converged or not)
 * @param scope how the grid was chosen, for the note (e.g. "headless render: the cut's row only"); empty if plain
 */
public record LocalEntropyLine(double[] grid, List<LocalEntropyRow> rows, String scope) {
    public LocalEntropyLine {
        grid = grid.clone();
        rows = List.copyOf(rows);
        scope = scope == null ? "" : scope;
    }

    /** A copy: the record keeps its own array. */
    @Override
    public double[] grid() {
        return grid.clone();
    }

    public boolean complete() {
        return rows.size() >= grid.length;
    }

    public long convergedRows() {
        return rows.stream().filter(LocalEntropyRow::converged).count();
    }

    public long failedRows() {
        return rows.size() - convergedRows();
    }

    /** The row at alphaD, or null if it is not computed (yet). */
    public LocalEntropyRow row(double alphaD) {
        return rows.stream().filter(r -> r.alphaD() == alphaD).findFirst().orElse(null);
    }
}
