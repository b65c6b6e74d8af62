package org.phaselab.ui.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.PresetReader;
import org.phaselab.preset.PresetWriter;

/**
 * Loads presets into the window's panels and saves the current scene. A preset that fails to decode
 * leaves every panel as it was; the error message names the file, the field and the problem.
 */
public final class PresetController {
    private final MainWindow window;
    private final ObjectProperty<Preset> current = new SimpleObjectProperty<>(this, "current");
    private Path currentFile;

    public PresetController(MainWindow window) {
        this.window = window;
    }

    public ObjectProperty<Preset> currentProperty() {
        return current;
    }

    /** Applies a preset; returns an error message, or empty on success. */
    public Optional<String> apply(Preset preset) {
        Optional<Panel> panel = window.panels().stream().filter(p -> p.id().equals(preset.panel())).findFirst();
        if (panel.isEmpty()) {
            return Optional.of(preset.source() + ": field 'panel': no panel '" + preset.panel() + "' in this version");
        }
        try {
            panel.get().apply(preset);
        } catch (PresetException e) {
            return Optional.of(e.getMessage());
        }
        panel.get().feature(preset.figure()); // the plot the preset is about, large
        window.select(panel.get());
        current.set(preset);
        return Optional.empty();
    }

    public Optional<String> open(Path file) {
        try {
            Optional<String> error = apply(PresetReader.read(file));
            if (error.isEmpty()) {
                currentFile = file;
            }
            return error;
        } catch (PresetException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Optional<String> openResource(String resource) {
        try {
            Optional<String> error = apply(PresetReader.readResource(resource));
            if (error.isEmpty()) {
                currentFile = null;
            }
            return error;
        } catch (PresetException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The file that Save writes to (the last opened or saved), if any. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(currentFile);
    }

    /** Saves the selected panel's scene; returns an error message, or empty on success. */
    public Optional<String> saveAs(Path file) {
        Panel panel = window.selectedPanel();
        ObjectNode params;
        try {
            params = panel.parameters();
        } catch (PresetException e) {
            return Optional.of(e.getMessage());
        }
        Preset old = current.get();
        String title = old != null && old.panel().equals(panel.id()) ? old.title() : panel.title() + " scene";
        String description = old != null && old.panel().equals(panel.id()) ? old.description() : "";
        Preset.ExportSize size = old != null ? old.export() : Preset.ExportSize.ONE_COLUMN;
        String figure = panel.figures().isEmpty() ? "" : panel.figures().get(0).getId();
        Preset p = new Preset(title, description, panel.id(), figure, params, size, file.toString());
        try {
            PresetWriter.write(p, file);
        } catch (PresetException e) {
            return Optional.of(e.getMessage());
        }
        currentFile = file;
        current.set(p);
        return Optional.empty();
    }
}
