package org.phaselab.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.PresetReader;
import org.phaselab.preset.ShippedPresets;

/** The preset menu (shipped lecture scenes, open, save, save as) and the current scene's title and description. */
public final class PresetBar {
    private final PresetController controller;
    private final MenuButton menu = new MenuButton("Presets");
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label error = new Label();
    private final VBox info = new VBox(2, title, description, error);

    public PresetBar(PresetController controller) {
        this.controller = controller;
        menu.setId("preset-menu");
        title.setId("preset-title");
        description.setId("preset-description");
        error.setId("preset-error");
        title.getStyleClass().add("preset-title");
        description.getStyleClass().add("help-text");
        description.setWrapText(true);
        error.setStyle("-fx-text-fill: #AA3377;");
        error.setWrapText(true);
        info.setPadding(new Insets(2, 8, 4, 8));
        for (String resource : ShippedPresets.resources()) {
            String name;
            try {
                name = PresetReader.readResource(resource).title();
            } catch (PresetException e) {
                name = resource + " (broken: " + e.getMessage() + ")";
            }
            MenuItem item = new MenuItem(name);
            item.setId("preset-" + resource.replaceAll(".*/|\\.json$", ""));
            item.setOnAction(e -> report(controller.openResource(resource)));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open…");
        open.setOnAction(e -> chooseFile(false).ifPresent(p -> report(controller.open(p))));
        MenuItem save = new MenuItem("Save");
        save.setOnAction(e -> controller.currentFile().or(() -> chooseFile(true)).ifPresent(p -> report(controller.saveAs(p))));
        MenuItem saveAs = new MenuItem("Save as…");
        saveAs.setOnAction(e -> chooseFile(true).ifPresent(p -> report(controller.saveAs(p))));
        menu.getItems().addAll(new SeparatorMenuItem(), open, save, saveAs);
        controller.currentProperty().addListener((o, a, p) -> {
            title.setText(p == null ? "" : p.title());
            description.setText(p == null ? "" : p.description());
        });
    }

    public MenuButton menu() {
        return menu;
    }

    /** Title, description and the last error, shown under the tool bar. */
    public VBox info() {
        return info;
    }

    public void report(Optional<String> problem) {
        error.setText(problem.orElse(""));
    }

    private Optional<Path> chooseFile(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PhaseLab preset (*.json)", "*.json"));
        File f = save ? chooser.showSaveDialog(menu.getScene().getWindow()) : chooser.showOpenDialog(menu.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
