package org.phaselab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A complete scene: which panel and figure, every parameter of that panel (decoded by the panel's
 * {@link SceneCodec}), and the export size. Stored as JSON in {@code presets/}.
 *
 * @param title       shown in the preset menu
 * @param description two sentences shown in the app
 * @param panel       panel id, e.g. "theory"
 * @param figure      which figure of the panel is the main one, e.g. "local-entropy"
 * @param parameters  the panel's parameters (panel-specific keys, all validated on load)
 * @param export      size of the exported figure
 * @param source      where it was read from (file or resource), for messages
 */
public record Preset(String title, String description, String panel, String figure, ObjectNode parameters, ExportSize export,
                     String source) {
    /** Figure size at print: width and height in cm, raster resolution in dots per inch. */
    public record ExportSize(double widthCm, double heightCm, int dpi) {
        public static final ExportSize ONE_COLUMN = new ExportSize(8.6, 6.4, 600);
    }
}
