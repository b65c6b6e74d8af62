package org.phaselab.ui.app;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;
import org.phaselab.ui.common.ParameterPlayer;
import org.phaselab.ui.common.Playable;

/**
 * Play in the tool bar: which parameter of the selected panel to move across its range, how fast (a
 * ControlsFX SegmentedButton), and the play / stop button.
 */
final class PlayControls extends HBox {
    /** Seconds to cross a parameter's whole range, slow to fast. */
    static final double[] SECONDS = {24, 12, 5};
    private final ParameterPlayer player = new ParameterPlayer();
    private final ChoiceBox<Playable> which = new ChoiceBox<>();
    private final ToggleButton play = new ToggleButton("▶ Play");
    private final ToggleGroup speeds = new ToggleGroup();

    PlayControls() {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        setId("play-controls");
        play.setId("play");
        which.setId("play-parameter");
        play.setTooltip(new Tooltip("Move the chosen parameter across its range; the plots follow. Press again to stop."));
        which.setTooltip(new Tooltip("The parameter Play moves"));
        SegmentedButton speed = new SegmentedButton();
        String[] names = {"slow", "normal", "fast"};
        for (int i = 0; i < names.length; i++) {
            ToggleButton b = new ToggleButton(names[i]);
            b.setId("play-" + names[i]);
            b.setUserData(SECONDS[i]);
            b.setTooltip(new Tooltip(String.format("%.0f s across the whole range", SECONDS[i])));
            speed.getButtons().add(b);
        }
        speed.setToggleGroup(speeds);
        speeds.selectToggle(speed.getButtons().get(1));
        speeds.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                speeds.selectToggle(a); // one speed is always chosen
            }
        });
        play.setOnAction(e -> {
            if (play.isSelected()) {
                start();
            } else {
                player.stop();
            }
        });
        player.playingProperty().addListener((o, a, playing) -> {
            play.setSelected(playing);
            play.setText(playing ? "■ Stop" : "▶ Play");
        });
        getChildren().addAll(play, which, speed);
    }

    /** The selected panel changed: offer its parameters, and stop playing the old one. */
    void follow(List<Playable> playable) {
        player.stop();
        which.getItems().setAll(playable);
        if (!playable.isEmpty()) {
            which.getSelectionModel().select(0);
        }
        setDisable(playable.isEmpty());
    }

    private void start() {
        Playable p = which.getValue();
        if (p == null) {
            play.setSelected(false);
            return;
        }
        double seconds = (Double) speeds.getSelectedToggle().getUserData();
        player.play(p.param(), p.value(), seconds);
    }

    ParameterPlayer player() {
        return player;
    }
}
