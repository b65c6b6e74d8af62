package org.phaselab.export.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.figure.Axis;
import org.phaselab.export.figure.Figure;

class FigureSpecTest {
    record Grid(double from, double to, int points) {}

    @Test
    void everyParameterAndSeedIsWrittenEvenOddOnes() throws Exception {
        Object opaque = new Object() {
            @Override
            public String toString() {
                return "opaque-thing";
            }
        };
        Figure f = new Figure("", Axis.auto("x"), Axis.auto("y"), List.of(), List.of(), List.of(), "",
                Map.of("seed", 11L, "teacherSeed", 12L, "alpha", new Grid(0.1, 2.0, 40), "tol", 1e-10,
                        "nan", Double.NaN, "thing", opaque));
        JsonNode json = FigureSpec.of(f, ExportOptions.oneColumn());
        JsonNode p = json.get("parameters");
        assertEquals(11, json.get("seed").asLong());
        assertEquals(12, json.get("seeds").get("teacherSeed").asLong());
        assertEquals(2, json.get("seeds").size());
        assertEquals(40, p.get("alpha").get("points").asInt());
        assertEquals(1e-10, p.get("tol").asDouble(), 0.0);
        assertTrue(p.get("nan").isNumber() && Double.isNaN(p.get("nan").asDouble()) || p.get("nan").isTextual());
        assertEquals("opaque-thing", p.get("thing").asText());
        // strict JSON: NaN goes out as a string, so a standard parser reads the file back
        String text = FigureSpec.mapper().writeValueAsString(json);
        assertEquals("NaN", FigureSpec.mapper().readTree(text).get("parameters").get("nan").asText());
        assertEquals(List.of("alpha", "nan", "seed", "teacherSeed", "thing", "tol"),
                iterable(p.fieldNames()), "sorted by name");
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
