package org.phaselab.ui.randomfeatures;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.phaselab.service.LatestWinsService;
import org.phaselab.service.Outcome;
import org.phaselab.service.RequestListener;
import org.phaselab.service.randomfeatures.AtypicalBackend;
import org.phaselab.service.randomfeatures.LocalEntropyLine;
import org.phaselab.service.randomfeatures.LocalEntropyRow;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;

/**
 * The slow local-entropy work of the panel, in the background: the alpha_LE line of the phase diagram, one row per
 * request after the alpha_c rows (the diagram fills in as rows arrive; the backend keeps them for the session), and
 * alpha_LE at the cut's alpha_D (the newest cut wins). Results land in properties on the FX thread.
 */
final class LocalEntropyJobs implements AutoCloseable {
    /** alpha_LE at the cut: {@code result} null while it is computed. */
    record AtCut(double alphaD, LocalEntropyRow result) {}

    final ObjectProperty<LocalEntropyLine> line = new SimpleObjectProperty<>(this, "line");
    final BooleanProperty lineBusy = new SimpleBooleanProperty(this, "lineBusy", false);
    final DoubleProperty lineProgress = new SimpleDoubleProperty(this, "lineProgress", 0);
    /** Why the line stopped (failed or cancelled); empty while it runs or once it is complete. */
    final StringProperty lineMessage = new SimpleStringProperty(this, "lineMessage", "");
    final ObjectProperty<AtCut> atCut = new SimpleObjectProperty<>(this, "atCut");

    private final RandomFeaturesBackend backend;
    private final AtypicalBackend atypical;
    private final LatestWinsService<LocalEntropyLine> rows;
    private final LatestWinsService<LocalEntropyRow> cut;

    LocalEntropyJobs(RandomFeaturesBackend backend, Executor fxThread) {
        this.backend = backend;
        this.atypical = backend.atypical();
        rows = new LatestWinsService<>("rf-le-line", fxThread);
        cut = new LatestWinsService<>("rf-le-cut", fxThread);
        line.set(atypical.line());
        line.addListener((o, a, b) -> {
            AtCut c = atCut.get();
            if (c != null && c.result() == null && atypical.knownRow(c.alphaD()) != null) {
                atCut.set(new AtCut(c.alphaD(), atypical.knownRow(c.alphaD())));
            }
        });
    }

    /** Computes the next missing row of the line, then the next, until the line is complete; no-op while running. */
    void startLine() {
        if (lineBusy.get() || atypical.line().complete()) {
            line.set(atypical.line());
            return;
        }
        lineBusy.set(true);
        lineMessage.set("");
        int done = atypical.line().rows().size();
        int total = AtypicalBackend.LINE_ALPHA_D.length;
        rows.submit(backend::nextLocalEntropyRow, new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {
                lineProgress.set((done + Math.min(fraction, 1)) / total);
            }

            @Override
            public void onOutcome(Outcome<LocalEntropyLine> outcome) {
                lineBusy.set(false);
                if (outcome instanceof Outcome.Done<LocalEntropyLine> d) {
                    line.set(d.value());
                    if (!d.value().complete()) {
                        startLine();
                    }
                } else if (outcome instanceof Outcome.Failed<LocalEntropyLine> f) {
                    lineMessage.set("Stopped: " + f.message());
                } else {
                    line.set(atypical.line()); // rows the cut computed meanwhile
                    lineMessage.set(String.format(Locale.ROOT, "Paused at %d of %d rows; moving the cut resumes it",
                            atypical.line().rows().size(), total));
                }
            }
        });
    }

    void cancelLine() {
        rows.cancel();
    }

    /** alpha_LE at this alpha_D: at once if known, else in the background (a newer cut supersedes it). */
    void requestAtCut(double alphaD) {
        LocalEntropyRow known = atypical.knownRow(alphaD);
        AtCut current = atCut.get();
        if (known != null) {
            if (current != null && current.result() == null && current.alphaD() != alphaD) {
                cut.cancel(); // the older cut's alpha_LE is superseded; its outcome is ignored below
            }
            atCut.set(new AtCut(alphaD, known));
            return;
        }
        if (current != null && current.alphaD() == alphaD && current.result() == null) {
            return; // already on its way
        }
        atCut.set(new AtCut(alphaD, null));
        cut.submit(m -> atypical.row(alphaD, m), new RequestListener<>() {
            @Override
            public void onProgress(double fraction) {}

            @Override
            public void onOutcome(Outcome<LocalEntropyRow> outcome) {
                LocalEntropyRow r;
                if (outcome instanceof Outcome.Done<LocalEntropyRow> d) {
                    r = d.value();
                } else if (outcome instanceof Outcome.Failed<LocalEntropyRow> f) {
                    r = LocalEntropyRow.failed(alphaD, f.message());
                } else {
                    r = LocalEntropyRow.cancelled(alphaD);
                }
                AtCut waiting = atCut.get();
                if (waiting != null && waiting.alphaD() == alphaD && waiting.result() == null) {
                    atCut.set(new AtCut(alphaD, r)); // only for the cut still waiting for it
                }
                if (atypical.line().rows().size() > line.get().rows().size()) {
                    line.set(atypical.line()); // the cut's alpha_D is a row of the line: the diagram shows it now
                }
            }
        });
    }

    @Override
    public void close() {
        rows.close();
        cut.close();
    }
}
