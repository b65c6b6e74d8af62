package org.phaselab.preset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lecture presets shipped in the jar ({@code presets/index.txt} lists them in menu order). */
public final class ShippedPresets {
    public static final String DEFAULT = "/presets/default.json";

    private ShippedPresets() {}

    /** Resource names of every shipped preset, e.g. "/presets/capacity.json". */
    public static List<String> resources() {
        try (InputStream in = ShippedPresets.class.getResourceAsStream("/presets/index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add("/presets/" + line.trim());
                }
            }
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }
}
