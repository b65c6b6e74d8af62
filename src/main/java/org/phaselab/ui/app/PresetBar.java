package org.phaselab.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.PresetReader;
import org.phaselab.preset.ShippedPresets;

/**
 * The preset menu: shipped lecture scenes by title, open, save, save as. Problems go to the window's report (a notice
 * and the status line); the preset on show is named in the status bar.
 */
public final class PresetBar {
    private final PresetController controller;
    private final Consumer<Optional<String>> report;
    private final MenuButton menu = new MenuButton("Presets");

    public PresetBar(PresetController controller, Consumer<Optional<String>> report) {
        this.controller = controller;
        this.report = report;
        menu.setId("preset-menu");
        for (String resource : ShippedPresets.resources()) {
            String name;
            try {
                name = PresetReader.readResource(resource).title();
            } catch (PresetException e) {
                name = resource + " (broken: " + e.getMessage() + ")";
            }
            MenuItem item = new MenuItem(name);
            item.setId("preset-" + resource.replaceAll(".*/|\\.json$", ""));
            item.setOnAction(e -> report.accept(controller.openResource(resource)));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open…");
        open.setOnAction(e -> chooseFile(false).ifPresent(p -> report.accept(controller.open(p))));
        MenuItem save = new MenuItem("Save");
        save.setOnAction(e -> controller.currentFile().or(() -> chooseFile(true)).ifPresent(p -> report.accept(controller.saveAs(p))));
        MenuItem saveAs = new MenuItem("Save as…");
        saveAs.setOnAction(e -> chooseFile(true).ifPresent(p -> report.accept(controller.saveAs(p))));
        menu.getItems().addAll(new SeparatorMenuItem(), open, save, saveAs);
    }

    public MenuButton menu() {
        return menu;
    }

    private Optional<Path> chooseFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PhaseLab preset (*.json)", "*.json"));
        File f = save ? chooser.showSaveDialog(menu.getScene().getWindow()) : chooser.showOpenDialog(menu.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
