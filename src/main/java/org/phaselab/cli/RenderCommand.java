package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phaselab.export.ExportException;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.FigureFormat;
import org.phaselab.export.FigureExporter;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetFigures;
import org.phaselab.preset.PresetReader;
import org.phaselab.progress.Monitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render PRESET.json --out FIG.pdf|svg|png}: the preset's figure, headless, as the app shows it. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a preset's figure to PDF, SVG or PNG, headless (no display needed).")
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET.json", description = "a preset file")
    Path preset;

    @Option(names = "--out", required = true, paramLabel = "FIG", description = "output file: .pdf, .svg or .png")
    Path out;

    @Option(names = "--width-cm", paramLabel = "W", description = "final width in cm, 2..100 (default: the preset's, 8.6 = one column)")
    Double widthCm;

    @Option(names = "--height-cm", paramLabel = "H", description = "final height in cm, 2..100 (default: the preset's, scaled with the width)")
    Double heightCm;

    @Option(names = "--dpi", paramLabel = "D", description = "PNG resolution, 30..2400 (default: the preset's, 600)")
    Integer dpi;

    @Option(names = "--bundle", paramLabel = "DIR", description = "also write the figure, data.csv, parameters.json and plot.py into DIR (new or empty)")
    Path bundle;

    @Option(names = "--force", description = "write the bundle into a folder that already holds files, replacing those of the same names")
    boolean force;

    @Mixin
    TimeBudget budget;

    /**
     * Reads the preset and checks every output path before computing anything; writes all files only when the
     * figure is done (temporaries first, then renamed), so a failure leaves existing files as they were.
     */
    @Override
    public Integer call() throws Exception {
        try {
            FigureFormat.of(out);
        } catch (ExportException e) {
            throw new BadInputException("--out: " + e.getMessage());
        }
        Preset p = PresetReader.read(preset);
        double w = widthCm != null ? Ranges.requireIn("--width-cm", widthCm, 2, 100) : p.export().widthCm();
        double h = heightCm != null ? Ranges.requireIn("--height-cm", heightCm, 2, 100) : p.export().heightCm() * w / p.export().widthCm();
        if (heightCm == null && !(h >= 2 && h <= 100)) {
            throw new BadInputException("--width-cm " + w + " scales the preset's height to " + h + " cm, outside 2..100; give --height-cm");
        }
        int d = dpi != null ? Ranges.requireIn("--dpi", dpi, 30, 2400) : p.export().dpi();
        ExportOptions options = new ExportOptions(w, h, d, FigureStyle.JOURNAL);
        FigureExporter.check(out, options, bundle, force);
        Monitor monitor = budget.start();
        long start = System.nanoTime();
        Figure figure = PresetFigures.figure(p, monitor);
        FigureExporter.export(figure, out, options, bundle, force);
        ObjectNode json = Json.object();
        json.put("preset", preset.toString());
        json.put("out", out.toString());
        json.put("width_cm", w);
        json.put("height_cm", h);
        json.put("dpi", options.dpi());
        if (bundle != null) {
            json.put("bundle", bundle.toString());
        }
        json.put("note", figure.note());
        Json.putNumber(json, "seconds", (System.nanoTime() - start) * 1e-9);
        Json.print(spec.commandLine().getOut(), json);
        return ExitCodes.OK;
    }
}
