package org.phaselab.ui.common;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.phaselab.service.param.NumberParam;

/**
 * Play: moves one parameter across its range at a steady speed, in steps of its display precision, so the plots that
 * depend on it follow (a transition happening in front of the audience). It starts where the parameter stands (at the
 * bottom if it stands at the top) and stops at the top, or when stopped.
 */
public final class ParameterPlayer {
    private final SimpleBooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private AnimationTimer timer;

    /** Plays {@code value} (the property of {@code param}) to the top of its range, taking {@code secondsAcrossRange} for all of it. */
    public void play(NumberParam param, DoubleProperty value, double secondsAcrossRange) {
        stop();
        double range = param.max() - param.min();
        double start = value.get() >= param.max() - param.step() / 2 ? param.min() : value.get();
        value.set(start);
        timer = new AnimationTimer() {
            private long t0 = -1;

            @Override
            public void handle(long now) {
                if (t0 < 0) {
                    t0 = now;
                }
                double v = start + range * (now - t0) * 1e-9 / secondsAcrossRange;
                if (v >= param.max()) {
                    value.set(param.max());
                    ParameterPlayer.this.stop();
                    return;
                }
                double stepped = param.min() + Math.round((v - param.min()) / param.step()) * param.step();
                if (stepped != value.get()) {
                    value.set(Math.min(param.max(), stepped));
                }
            }
        };
        playing.set(true);
        timer.start();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        playing.set(false);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }
}
