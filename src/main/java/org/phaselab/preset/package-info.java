/**
 * Presets: complete scenes stored as JSON (panel, figure, parameters, export size), read with
 * field-by-field validation (errors name the file, the field and the problem) and written atomically.
 * Each panel contributes a {@link org.phaselab.preset.SceneCodec} for its parameters.
 */
package org.phaselab.preset;
