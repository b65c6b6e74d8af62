package org.phaselab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import org.phaselab.service.training.TrainingScene;
import org.phaselab.service.training.TrainingScene.DataKind;
import org.phaselab.service.training.TrainingScene.StudentKind;
import org.phaselab.training.trainer.Algorithm;

/**
 * The training lab's parameters in a preset; missing keys take {@link TrainingScene#DEFAULT}. Ranges are
 * checked field by field; combinations (a tree with N not divisible by K) by the scene, reported on "parameters".
 */
public final class TrainingSceneCodec implements SceneCodec<TrainingScene> {
    private static final Set<String> KEYS = Set.of("student", "k", "data", "n", "alpha", "algorithm", "sbpi_ps",
            "rsgd_replicas", "sa_sweeps", "seed", "trainer_seed", "max_epochs", "max_seconds", "stop_at_zero_errors", "sweep_alpha_min",
            "sweep_alpha_max", "sweep_points", "sweep_seeds", "sweep_seconds");

    @Override
    public String panel() {
        return "training";
    }

    @Override
    public TrainingScene decode(ObjectNode p, String source) throws PresetException {
        JsonFields f = PresetReader.fields(p, source, "parameters.");
        f.rejectUnknown(KEYS);
        TrainingScene d = TrainingScene.DEFAULT;
        StudentKind student = enumField(f, source, "student", StudentKind.class, d.student());
        DataKind data = enumField(f, source, "data", DataKind.class, d.data());
        String algorithmKey = f.text("algorithm", false, d.algorithm().key());
        Algorithm algorithm;
        try {
            algorithm = Algorithm.fromKey(algorithmKey);
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters.algorithm", e.getMessage());
        }
        try {
            return new TrainingScene(student, f.integer("k", 1, 15, d.k()), data, f.integer("n", 11, 20001, d.n()),
                    f.number("alpha", 1e-6, 5, d.alpha()), algorithm, f.number("sbpi_ps", 0, 1, d.sbpiPs()),
                    f.integer("rsgd_replicas", 1, 21, d.rsgdReplicas()), f.integer("sa_sweeps", 10, 1_000_000, d.saSweeps()),
                    f.integer("seed", 1, Integer.MAX_VALUE, d.seed()), f.integer("trainer_seed", 1, Integer.MAX_VALUE, d.trainerSeed()),
                    f.integer("max_epochs", 1, Integer.MAX_VALUE, d.maxEpochs()), f.number("max_seconds", 1e-3, 3600, d.maxSeconds()),
                    f.bool("stop_at_zero_errors", d.stopAtZeroErrors()),
                    f.number("sweep_alpha_min", 1e-6, 5, d.sweepAlphaMin()), f.number("sweep_alpha_max", 1e-6, 5, d.sweepAlphaMax()),
                    f.integer("sweep_points", 1, 40, d.sweepPoints()), f.integer("sweep_seeds", 1, 100, d.sweepSeeds()),
                    f.number("sweep_seconds", 1e-3, 3600, d.sweepSeconds()));
        } catch (IllegalArgumentException e) {
            throw PresetException.field(source, "parameters", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumField(JsonFields f, String source, String field, Class<E> type, E fallback)
            throws PresetException {
        String v = f.text(field, false, fallback.name()).toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw PresetException.field(source, "parameters." + field, "unknown value '" + v.toLowerCase(Locale.ROOT) + "'");
    }

    @Override
    public ObjectNode encode(TrainingScene s) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("student", s.student().name().toLowerCase(Locale.ROOT));
        o.put("k", s.k());
        o.put("data", s.data().name().toLowerCase(Locale.ROOT));
        o.put("n", s.n());
        o.put("alpha", s.alpha());
        o.put("algorithm", s.algorithm().key());
        o.put("sbpi_ps", s.sbpiPs());
        o.put("rsgd_replicas", s.rsgdReplicas());
        o.put("sa_sweeps", s.saSweeps());
        o.put("seed", s.seed());
        o.put("trainer_seed", s.trainerSeed());
        o.put("max_epochs", s.maxEpochs());
        o.put("max_seconds", s.maxSeconds());
        o.put("stop_at_zero_errors", s.stopAtZeroErrors());
        o.put("sweep_alpha_min", s.sweepAlphaMin());
        o.put("sweep_alpha_max", s.sweepAlphaMax());
        o.put("sweep_points", s.sweepPoints());
        o.put("sweep_seeds", s.sweepSeeds());
        o.put("sweep_seconds", s.sweepSeconds());
        return o;
    }
}
