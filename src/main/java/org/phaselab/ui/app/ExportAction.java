package org.phaselab.ui.app;

import javafx.application.Platform;
import org.phaselab.export.ExportException;
import org.phaselab.export.FigureExporter;

/**
 * Export…: asks which plot of the selected panel, how large and where ({@link ExportDialog}), then writes it in the
 * background; the outcome is a notice, which repeats the figure's note (e.g. rows of a line still missing), since a
 * journal figure leaves the note out.
 */
final class ExportAction {
    private ExportAction() {}

    static void run(MainWindow window) {
        ExportDialog.show(window.getScene().getWindow(), window.selectedPanel().figures()).ifPresent(choice -> {
            window.statusBar().say("Exporting " + choice.out().getFileName() + "…");
            Thread worker = new Thread(() -> {
                String outcome;
                boolean ok;
                try {
                    FigureExporter.export(choice.figure(), choice.out(), choice.options(), choice.bundleDir());
                    outcome = "Exported " + choice.out() + (choice.bundleDir() == null ? "" : " and bundle " + choice.bundleDir())
                            + (choice.figure().note().isEmpty() ? "" : ". Note for the caption: " + choice.figure().note());
                    ok = true;
                } catch (ExportException ex) {
                    outcome = ex.getMessage();
                    ok = false;
                }
                String message = outcome;
                boolean done = ok;
                Platform.runLater(() -> {
                    window.statusBar().say(message);
                    if (done) {
                        Notices.info(window, "Exported", message);
                    } else {
                        Notices.error(window, "Export failed", message);
                    }
                });
            }, "phaselab-export");
            worker.setDaemon(true);
            worker.start();
        });
    }
}
