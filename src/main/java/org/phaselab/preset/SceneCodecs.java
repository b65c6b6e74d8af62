package org.phaselab.preset;

import java.util.List;
import java.util.Optional;
import org.phaselab.service.deep.DeepScene;
import org.phaselab.service.jamming.JammingScene;
import org.phaselab.service.randomfeatures.RandomFeaturesScene;
import org.phaselab.service.theory.TheoryScene;
import org.phaselab.service.training.TrainingScene;

/** The preset codec of every panel, each derived from the panel's schema. */
public final class SceneCodecs {
    public static final SchemaCodec<TheoryScene> THEORY = new SchemaCodec<>(TheoryScene.SCHEMA);
    public static final SchemaCodec<DeepScene> DEEP = new SchemaCodec<>(DeepScene.SCHEMA);
    public static final SchemaCodec<JammingScene> JAMMING = new SchemaCodec<>(JammingScene.SCHEMA);
    public static final SchemaCodec<TrainingScene> TRAINING = new SchemaCodec<>(TrainingScene.SCHEMA);
    public static final SchemaCodec<RandomFeaturesScene> RANDOM_FEATURES = new SchemaCodec<>(RandomFeaturesScene.SCHEMA);

    public static final List<SchemaCodec<?>> ALL = List.of(THEORY, DEEP, JAMMING, TRAINING, RANDOM_FEATURES);

    private SceneCodecs() {}

    /** The codec of a panel id ("theory", "deep", ...). */
    public static Optional<SchemaCodec<?>> forPanel(String panel) {
        return ALL.stream().filter(c -> c.panel().equals(panel)).findFirst();
    }
}
