package org.phaselab.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.phaselab.service.param.Param;
import org.phaselab.service.param.Values;

/**
 * Undo, redo and reset of a panel's parameters. Changes that follow each other closely (a slider drag, a play across
 * a range, a preset setting every parameter) settle into one step once the parameters have been quiet for a moment;
 * undo and redo settle a pending step first. Reset goes back to the preset the panel was opened with, or to the
 * declared defaults; it is a step too, so undo brings the parameters back.
 */
public final class ParameterHistory {
    private static final Duration SETTLE = Duration.millis(400);
    private static final int MAX_STEPS = 200;
    private final SceneProperties<?> parameters;
    private final Deque<Values> undo = new ArrayDeque<>();
    private final Deque<Values> redo = new ArrayDeque<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo", false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo", false);
    private Values committed;
    private Values resetPoint;
    private boolean restoring;

    public ParameterHistory(SceneProperties<?> parameters) {
        this.parameters = parameters;
        this.committed = parameters.values();
        this.resetPoint = parameters.schema().defaultValues();
        settle.setOnFinished(e -> commit());
        parameters.onAnyChange(this::changed);
    }

    /** The values Reset returns to from now on (the preset just applied); settles them as the current step. */
    public void setResetPoint() {
        commit();
        resetPoint = committed;
    }

    public void undo() {
        commit();
        if (!undo.isEmpty()) {
            redo.push(committed);
            restore(undo.pop());
        }
    }

    public void redo() {
        commit();
        if (!redo.isEmpty()) {
            undo.push(committed);
            restore(redo.pop());
        }
    }

    /** Back to the preset's values (or the defaults), as one undoable step. */
    public void reset() {
        commit();
        if (!same(committed, resetPoint)) {
            push(committed);
            redo.clear();
            restore(resetPoint);
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    private void changed() {
        if (!restoring) {
            canUndo.set(true);
            settle.playFromStart();
        }
    }

    /** Makes the pending changes (if any) one step. */
    private void commit() {
        settle.stop();
        Values now = parameters.values();
        if (!same(now, committed)) {
            push(committed);
            redo.clear();
            committed = now;
        }
        flags();
    }

    private void push(Values v) {
        undo.push(v);
        if (undo.size() > MAX_STEPS) {
            undo.removeLast();
        }
    }

    private void restore(Values v) {
        restoring = true;
        try {
            parameters.apply(v);
        } finally {
            restoring = false;
        }
        committed = parameters.values();
        flags();
    }

    private void flags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private boolean same(Values a, Values b) {
        for (Param<?> p : parameters.schema().params()) {
            if (!a.get(p).equals(b.get(p))) {
                return false;
            }
        }
        return true;
    }
}
