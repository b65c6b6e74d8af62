package org.phaselab.export.catalogue;

import static org.phaselab.service.theory.TheoryScene.CURVE_COUNT;
import static org.phaselab.service.theory.TheoryScene.ENTROPY_ALPHA_MAX;
import static org.phaselab.service.theory.TheoryScene.KAPPA_TOP;
import static org.phaselab.service.theory.TheoryScene.LE_ALPHA;
import static org.phaselab.service.theory.TheoryScene.LE_D_MAX;
import static org.phaselab.service.theory.TheoryScene.LE_KAPPA;
import static org.phaselab.service.theory.TheoryScene.LE_KAPPA_REF_TOP;
import static org.phaselab.service.theory.TheoryScene.LE_REF_COUNT;
import static org.phaselab.service.theory.TheoryScene.TS_ALPHA_MAX;

import java.util.List;
import org.phaselab.export.builders.TheoryFigures;
import org.phaselab.service.theory.TheoryBackend;
import org.phaselab.service.theory.TheoryScene;

/** The theory panel's figures: local entropy around references (main), storage entropy, teacher-student ε_g. */
public final class TheoryCatalogue {
    private TheoryCatalogue() {}

    public static FigureCatalogue<TheoryScene> of(TheoryBackend backend) {
        return new FigureCatalogue<>(TheoryScene.SCHEMA,
                new FigureEntry<>("local-entropy", "Local entropy around reference solutions",
                        List.of(LE_ALPHA, LE_KAPPA, LE_KAPPA_REF_TOP, LE_REF_COUNT, LE_D_MAX),
                        (s, m) -> TheoryFigures.localEntropy(backend.localEntropy(s.localEntropyRequest(), m)),
                        (s, m) -> TheoryFigures.localEntropy(backend.localEntropy(s.localEntropyRequest().preview(), m))),
                new FigureEntry<>("entropy", "Entropy of solutions vs load",
                        List.of(KAPPA_TOP, CURVE_COUNT, ENTROPY_ALPHA_MAX),
                        (s, m) -> TheoryFigures.entropy(backend.entropy(s.entropyRequest(), m))),
                new FigureEntry<>("teacher-student", "Teacher-student generalization error",
                        List.of(TS_ALPHA_MAX),
                        (s, m) -> TheoryFigures.teacherStudent(backend.teacherStudent(s.teacherStudentRequest(), m))));
    }
}
