package org.phaselab.preset;

import java.util.List;
import org.phaselab.export.catalogue.DeepCatalogue;
import org.phaselab.export.catalogue.FigureCatalogue;
import org.phaselab.export.catalogue.FigureEntry;
import org.phaselab.export.catalogue.JammingCatalogue;
import org.phaselab.export.catalogue.RandomFeaturesCatalogue;
import org.phaselab.export.catalogue.TheoryCatalogue;
import org.phaselab.export.catalogue.TrainingCatalogue;
import org.phaselab.export.figure.Figure;
import org.phaselab.progress.CancelledException;
import org.phaselab.progress.Monitor;
import org.phaselab.service.deep.DeepTransitionBackend;
import org.phaselab.service.randomfeatures.RandomFeaturesBackend;
import org.phaselab.service.theory.RsTheoryBackend;
import org.phaselab.service.training.TrainingTheory;

/**
 * Computes the figure a preset names, headless, through the panel's figure catalogue: the same scene, solvers and
 * builders as the panel on screen, so what {@code render} writes is what the app shows.
 */
public final class PresetFigures {
    private PresetFigures() {}

    /** The catalogues of every panel, with the backends a headless render uses (all cores for training). */
    public static List<FigureCatalogue<?>> catalogues() {
        int cores = Runtime.getRuntime().availableProcessors();
        RsTheoryBackend theory = new RsTheoryBackend();
        return List.of(TheoryCatalogue.of(theory), DeepCatalogue.of(new DeepTransitionBackend()), JammingCatalogue.of(cores),
                TrainingCatalogue.of(new TrainingTheory(theory)), RandomFeaturesCatalogue.of(new RandomFeaturesBackend(), cores));
    }

    public static Figure figure(Preset preset, Monitor monitor) throws PresetException {
        return compute(catalogue(preset), preset, monitor);
    }

    /** Decodes and checks the preset's scene and figure as {@link #figure} does, without computing anything. */
    public static void check(Preset preset) throws PresetException {
        FigureCatalogue<?> catalogue = catalogue(preset);
        new SchemaCodec<>(catalogue.schema()).decode(preset.parameters(), preset.source());
        entry(catalogue, preset);
    }

    private static FigureCatalogue<?> catalogue(Preset preset) throws PresetException {
        return catalogues().stream().filter(c -> c.panel().equals(preset.panel())).findFirst()
                .orElseThrow(() -> PresetException.field(preset.source(), "panel", "no panel " + JsonFields.shown(preset.panel())
                        + " (known: " + catalogues().stream().map(FigureCatalogue::panel).toList() + ")"));
    }

    private static <S> FigureEntry<S> entry(FigureCatalogue<S> catalogue, Preset preset) throws PresetException {
        try {
            return preset.figure().isEmpty() ? catalogue.main() : catalogue.entry(preset.figure());
        } catch (IllegalArgumentException e) {
            throw PresetException.field(preset.source(), "figure", e.getMessage());
        }
    }

    private static <S> Figure compute(FigureCatalogue<S> catalogue, Preset preset, Monitor monitor) throws PresetException {
        S scene = new SchemaCodec<>(catalogue.schema()).decode(preset.parameters(), preset.source());
        FigureEntry<S> entry = entry(catalogue, preset);
        try {
            return entry.compute(scene, monitor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }
}
