package org.phaselab.ui.app;

import java.util.List;

/**
 * A panel's "what you see": a few sentences on its plots and controls, and the papers it follows.
 *
 * @param text       what the plots show and what to try, for someone who opens the panel the first time
 * @param references the papers, e.g. "Gardner, J. Phys. A 21, 257 (1988)"
 */
public record PanelHelp(String text, List<String> references) {
    public PanelHelp {
        references = List.copyOf(references);
    }
}
