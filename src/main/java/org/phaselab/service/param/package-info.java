/**
 * Parameter declarations: each panel parameter is written once (key, label, range, default, display format, help)
 * as a {@link org.phaselab.service.param.Param}, and a panel's {@link org.phaselab.service.param.SceneSchema} lists
 * them with the scene accessor that reads each. Validation, preset JSON, sliders and command-line limits derive
 * from these declarations. Pure Java, no JavaFX.
 */
package org.phaselab.service.param;
