package org.phaselab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phaselab.export.ExportException;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.FigureExporter;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.preset.Preset;
import org.phaselab.preset.PresetException;
import org.phaselab.preset.PresetFigures;
import org.phaselab.preset.PresetReader;
import org.phaselab.progress.Monitor;
import picocli.CommandLine.Command;
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

    @Option(names = "--width-cm", paramLabel = "W", description = "final width in cm (default: the preset's, 8.6 = one column)")
    Double widthCm;

    @Option(names = "--height-cm", paramLabel = "H", description = "final height in cm (default: the preset's, scaled with the width)")
    Double heightCm;

    @Option(names = "--dpi", paramLabel = "D", description = "PNG resolution (default: the preset's, 600)")
    Integer dpi;

    @Option(names = "--bundle", paramLabel = "DIR", description = "also write the figure, data.csv, parameters.json and plot.py into DIR")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        Preset p;
        try {
            p = PresetReader.read(preset);
        } catch (PresetException e) {
            throw new BadInputException(e.getMessage());
        }
        double w = widthCm != null ? widthCm : p.export().widthCm();
        double h = heightCm != null ? heightCm : p.export().heightCm() * w / p.export().widthCm();
        ExportOptions options;
        try {
            options = new ExportOptions(w, h, dpi != null ? dpi : p.export().dpi(), FigureStyle.JOURNAL);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        long start = System.nanoTime();
        Figure figure;
        try {
            figure = PresetFigures.figure(p, Monitor.NONE);
        } catch (PresetException e) {
            throw new BadInputException(e.getMessage());
        }
        try {
            FigureExporter.export(figure, out, options, bundle);
        } catch (ExportException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
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
