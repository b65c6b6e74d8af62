package org.phaselab.export.builders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaselab.export.ExportOptions;
import org.phaselab.export.FigureExporter;
import org.phaselab.export.figure.Figure;
import org.phaselab.export.figure.Marker;
import org.phaselab.export.figure.Series;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.deep.PhaseDiagram;
import org.phaselab.service.deep.SweepPair;
import org.phaselab.progress.Monitor;
import org.phaselab.training.Activation;

class DeepTransitionFiguresTest {
    private final DeepTransitionBackend backend = new DeepTransitionBackend();

    private static Series series(Figure f, String key) {
        return f.series().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void orderParameterFigureShowsJumpSpinodalAndSweeps(@TempDir Path dir) throws Exception {
        PhaseDiagram d = backend.phaseDiagram(2, 1.2, 121, Monitor.NONE);
        SweepPair sweeps = backend.sweeps(2, 4, Activation.LINEAR, 0.02, 1.2, 8, 1, Monitor.NONE);
        Figure f = DeepTransitionFigures.orderParameter(d, sweeps);
        List<Marker.Kind> kinds = f.markers().stream().map(Marker::kind).toList();
        assertEquals(List.of(Marker.Kind.TRANSITION, Marker.Kind.SPINODAL), kinds);
        assertEquals(d.transition().gammaC(), f.markers().get(0).x(), 0.0);
        Series global = series(f, "b_global");
        // across gamma_c the global b jumps from b_c = 0.5^(1/3) to 0
        double bc = Math.pow(0.5, 1 / 3.0);
        for (int i = 1; i < global.size(); i++) {
            if (global.x()[i - 1] < d.transition().gammaC() && global.x()[i] > d.transition().gammaC()) {
                assertEquals(bc, global.y()[i - 1], 1e-6);
                assertEquals(0.0, global.y()[i], 0.0);
            }
        }
        assertEquals(8, series(f, "sweep_up").size());
        assertEquals(8, series(f, "sweep_down").size());
        for (String name : new String[] {"order.png"}) {
            FigureExporter.export(f, dir.resolve(name), ExportOptions.oneColumn());
            assertTrue(Files.size(dir.resolve(name)) > 1000);
        }
        FigureExporter.export(DeepTransitionFigures.derivatives(d), dir.resolve("derivatives.png"), ExportOptions.oneColumn());
        FigureExporter.export(DeepTransitionFigures.landscape(backend.landscape(2, 0.42)), dir.resolve("landscape.png"), ExportOptions.oneColumn());
        String keep = System.getProperty("phaselab.keepFigures");
        if (keep != null) {
            for (String name : new String[] {"order.png", "derivatives.png", "landscape.png"}) {
                Files.copy(dir.resolve(name), Path.of(keep).resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void secondDerivativeJumpsForOneHiddenLayer() {
        Figure f = DeepTransitionFigures.derivatives(backend.phaseDiagram(1, 1.2, 121, Monitor.NONE));
        Series d2 = series(f, "d2L_dgamma2");
        for (int i = 0; i < d2.size(); i++) {
            assertEquals(d2.x()[i] < 1.0 ? -2.0 : 0.0, d2.y()[i], 1e-9, "gamma = " + d2.x()[i]);
        }
        assertEquals(1, f.markers().size()); // gamma_c only: no spinodal for a continuous transition
    }
}
