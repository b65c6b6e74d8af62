package org.phaselab.export.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Band;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.FigureStyle;
import org.phaselab.export.figure.LabelText;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;

/**
 * The figure as JSON: every parameter and seed ({@link Figure#parameters()}, sorted by name) and
 * everything needed to redraw it (axes, series with their CSV columns, colours, dashes, markers,
 * bands, size in cm). Written as parameters.json and embedded in the matplotlib script.
 */
public final class FigureSpec {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FigureSpec() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode of(Figure f, ExportOptions o) {
        ObjectNode root = MAPPER.createObjectNode();
        Map<String, Object> params = new TreeMap<>(f.parameters());
        root.set("parameters", MAPPER.valueToTree(params));
        Object seed = params.get("seed");
        root.set("seed", seed == null ? MAPPER.nullNode() : MAPPER.valueToTree(seed));
        ObjectNode fig = root.putObject("figure");
        fig.put("title", f.title());
        fig.put("titleMathtext", LabelText.toMathtext(f.title()));
        fig.put("note", f.note());
        fig.put("widthCm", o.widthCm());
        fig.put("heightCm", o.heightCm());
        fig.put("fontSizePt", o.style().fontSize());
        fig.put("lineWidthPt", o.style().lineWidth());
        fig.set("x", axis(f.x()));
        fig.set("y", axis(f.y()));
        ArrayNode series = fig.putArray("series");
        List<SeriesCsv.Columns> cols = SeriesCsv.layout(f);
        for (int i = 0; i < f.series().size(); i++) {
            series.add(series(f.series().get(i), cols.get(i), o.style()));
        }
        ArrayNode markers = fig.putArray("markers");
        for (Marker m : f.markers()) {
            markers.addObject().put("x", m.x()).put("label", m.label())
                    .put("mathtext", LabelText.toMathtext(m.label())).put("kind", m.kind().name());
        }
        ArrayNode bands = fig.putArray("bands");
        for (Band b : f.bands()) {
            bands.addObject().put("from", b.from()).put("to", b.to()).put("label", b.label())
                    .put("mathtext", LabelText.toMathtext(b.label()));
        }
        return root;
    }

    private static ObjectNode axis(Axis a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("label", a.label());
        n.put("unit", a.unit());
        n.put("mathtext", LabelText.toMathtext(LabelText.withUnit(a.label(), a.unit())));
        putFinite(n, "min", a.hasRange() ? a.min() : Double.NaN);
        putFinite(n, "max", a.hasRange() ? a.max() : Double.NaN);
        n.put("log", a.log());
        return n;
    }

    private static ObjectNode series(Series s, SeriesCsv.Columns c, FigureStyle style) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("key", s.key());
        n.put("label", s.label());
        n.put("mathtext", LabelText.toMathtext(s.label()));
        n.put("style", s.style().name());
        n.put("xColumn", c.x());
        n.put("yColumn", c.y());
        n.put("errColumn", c.err());
        Color col = (Color) style.colour(s.colour());
        n.put("colour", String.format("#%06X", col.getRGB() & 0xFFFFFF));
        float[] dash = style.dashes(s.style(), s.colour());
        ArrayNode d = n.putArray("dashPt");
        if (dash != null) {
            for (float v : dash) {
                d.add(v);
            }
        }
        n.put("marker", FigureStyle.shapeName(s.colour()));
        return n;
    }

    private static void putFinite(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }
}
