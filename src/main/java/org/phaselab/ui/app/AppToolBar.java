package org.phaselab.ui.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.ToggleSwitch;

/**
 * The one line at the top: presets, export, undo / redo / reset of the selected panel's parameters, play, help
 * (what you see in this panel, about), the controls column and lecture mode (a ControlsFX ToggleSwitch).
 */
final class AppToolBar extends HBox {
    private final MainWindow window;
    private final Button undo = button("undo", "↶", "Undo the last change of this panel's parameters (Ctrl+Z)");
    private final Button redo = button("redo", "↷", "Redo (Ctrl+Shift+Z)");
    private final Button reset = button("reset", "Reset", "Back to the parameters of the preset you opened, or the defaults");
    private final PlayControls play = new PlayControls();
    private final MenuButton help = new MenuButton("Help");
    private PopOver panelHelp;

    AppToolBar(MainWindow window, PresetBar presets) {
        super(5);
        this.window = window;
        setId("tool-bar");
        getStyleClass().add("app-tool-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Label title = new Label("PhaseLab");
        title.getStyleClass().add("app-title");
        Button export = button("export-button", "Export…", "Vector PDF/SVG or PNG at journal size, optionally with the data behind it");
        export.setOnAction(e -> ExportAction.run(window));
        undo.setOnAction(e -> window.undo());
        redo.setOnAction(e -> window.redo());
        reset.setOnAction(e -> window.reset());
        help.setId("help-menu");
        MenuItem what = new MenuItem("What you see in this panel (F1)");
        what.setId("help-panel");
        what.setOnAction(e -> showPanelHelp());
        MenuItem about = new MenuItem("About PhaseLab");
        about.setId("help-about");
        about.setOnAction(e -> AboutDialog.show(window.getScene().getWindow()));
        help.getItems().addAll(what, about);
        ToggleButton controls = new ToggleButton("Controls");
        controls.setId("controls-toggle");
        controls.setTooltip(new Tooltip("Show or hide the controls column (hide it to give the plots the whole window)"));
        controls.selectedProperty().bindBidirectional(window.controlsShownProperty());
        ToggleSwitch lecture = new ToggleSwitch();
        lecture.setId("lecture-mode");
        lecture.setTooltip(new Tooltip("Large type and lines for a projector; advanced controls hidden"));
        lecture.selectedProperty().bindBidirectional(window.lectureModeProperty());
        Label lectureName = new Label("Lecture"); // the switch itself toggles only on its track: the name does too
        lectureName.setTooltip(new Tooltip("Lecture mode: large type and lines for a projector"));
        lectureName.setOnMouseClicked(e -> lecture.setSelected(!lecture.isSelected()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, presets.menu(), export, separator(), undo, redo, reset, separator(), play, separator(),
                help, spacer, controls, lectureName, lecture);
        // nothing is cut to "Pres…": below 1200 px the app's name (also the window's title) makes room
        title.visibleProperty().bind(widthProperty().greaterThan(1200));
        title.managedProperty().bind(title.visibleProperty());
        getChildren().forEach(n -> {
            if (n instanceof javafx.scene.layout.Region r && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
    }

    /** The selected panel changed: undo, redo, reset and play act on it. */
    void follow(Panel p) {
        undo.disableProperty().unbind();
        redo.disableProperty().unbind();
        p.history().ifPresentOrElse(h -> {
            undo.disableProperty().bind(h.canUndoProperty().not());
            redo.disableProperty().bind(h.canRedoProperty().not());
            reset.setDisable(false);
        }, () -> {
            undo.setDisable(true);
            redo.setDisable(true);
            reset.setDisable(true);
        });
        play.follow(p.playable());
        if (panelHelp != null) {
            panelHelp.hide();
        }
    }

    /** "What you see": the selected panel's help and papers, in a PopOver under the Help menu. */
    void showPanelHelp() {
        Panel p = window.selectedPanel();
        PanelHelp h = p.help();
        Text text = new Text(h.text());
        text.setWrappingWidth(460);
        VBox box = new VBox(8, text);
        if (!h.references().isEmpty()) {
            Text refs = new Text("Papers: " + String.join("; ", h.references()));
            refs.setWrappingWidth(460);
            refs.getStyleClass().add("help-text");
            box.getChildren().add(refs);
        }
        box.setPadding(new Insets(10));
        box.setId("panel-help");
        if (panelHelp != null) {
            panelHelp.hide();
        }
        panelHelp = new PopOver(box);
        panelHelp.setTitle("What you see: " + p.title());
        panelHelp.setHeaderAlwaysVisible(true);
        panelHelp.setDetachable(false);
        panelHelp.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        panelHelp.show(help);
    }

    void stopPlaying() {
        play.player().stop();
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
