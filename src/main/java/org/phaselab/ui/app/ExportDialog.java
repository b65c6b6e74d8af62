package org.phaselab.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.ui.common.FigureView;
import org.phaselab.ui.common.PlotStatus;

/** Asks which figure, which journal size and resolution, and where; the export itself runs in the background. */
final class ExportDialog {
    /** What the user chose. */
    record Choice(Figure figure, Path out, ExportOptions options, Path bundleDir) {}

    private ExportDialog() {}

    static Optional<Choice> show(Window owner, List<FigureView> figures) {
        List<FigureView> ready = figures.stream().filter(f -> f.getFigure() != null).toList();
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export figure");
        ComboBox<String> which = new ComboBox<>(FXCollections.observableArrayList(ready.stream().map(FigureView::displayName).toList()));
        which.setId("export-figure");
        Label note = new Label();
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("help-text");
        which.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> note.setText(caveat(ready.get(i.intValue()))));
        which.getSelectionModel().select(0);
        ComboBox<String> size = new ComboBox<>(FXCollections.observableArrayList(
                "One column (8.6 cm)", "Two columns (17.8 cm)", "Slide (25 cm, screen style)"));
        size.getSelectionModel().select(0);
        Spinner<Integer> dpi = new Spinner<>(72, 2400, ExportOptions.DEFAULT_DPI, 50);
        dpi.setEditable(true);
        CheckBox bundle = new CheckBox("Bundle: figure, CSV of every series, parameters JSON, matplotlib script");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Figure"), which);
        grid.addRow(1, new Label("Size"), size);
        grid.addRow(2, new Label("PNG dpi"), dpi);
        grid.add(bundle, 0, 3, 2, 1);
        grid.add(new Label("Format follows the file name: .pdf, .svg or .png"), 0, 4, 2, 1);
        grid.add(note, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        FigureView chosen = ready.get(which.getSelectionModel().getSelectedIndex());
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(chosen.getId() + ".pdf");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("PDF (vector)", "*.pdf"),
                new FileChooser.ExtensionFilter("SVG (vector)", "*.svg"),
                new FileChooser.ExtensionFilter("PNG (raster)", "*.png"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        int d = dpi.getValue();
        ExportOptions options = switch (size.getSelectionModel().getSelectedIndex()) {
            case 1 -> new ExportOptions(ExportOptions.TWO_COLUMN_CM, 8.0, d, FigureStyle.JOURNAL);
            case 2 -> new ExportOptions(25, 25 * ExportOptions.ASPECT, d, FigureStyle.SCREEN);
            default -> new ExportOptions(ExportOptions.ONE_COLUMN_CM, ExportOptions.ONE_COLUMN_CM * ExportOptions.ASPECT, d, FigureStyle.JOURNAL);
        };
        Path out = file.toPath();
        Path bundleDir = bundle.isSelected() ? out.resolveSibling(stripExtension(out.getFileName().toString()) + "-bundle") : null;
        return Optional.of(new Choice(chosen.getFigure(), out, options, bundleDir));
    }

    /**
     * What the file will not say by itself: a plot still computing exports what is on screen, and a journal figure
     * leaves the note (rows or points missing) for the caption.
     */
    static String caveat(FigureView f) {
        StringBuilder sb = new StringBuilder();
        PlotStatus s = f.statusProperty().get();
        if (s.isMarked()) {
            sb.append("On screen now: ").append(s.text().isEmpty() ? s.kind().name().toLowerCase(java.util.Locale.ROOT) : s.text())
                    .append(". The file holds the plot as shown. ");
        }
        if (!f.getFigure().note().isEmpty()) {
            sb.append("For the caption (not drawn in journal figures): ").append(f.getFigure().note());
        }
        return sb.toString();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
