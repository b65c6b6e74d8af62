package org.phaselab.export.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phaselab.service.param.SceneSchema;

/**
 * The figures of one panel by id, the first being the panel's main one: the single map from figure name to
 * computation, shared by the panel on screen, {@code render} and the command line.
 */
public final class FigureCatalogue<S> {
    private final SceneSchema<S> schema;
    private final List<FigureEntry<S>> entries;

    @SafeVarargs
    public FigureCatalogue(SceneSchema<S> schema, FigureEntry<S>... entries) {
        this.schema = schema;
        this.entries = List.of(entries);
    }

    public String panel() {
        return schema.panel();
    }

    public SceneSchema<S> schema() {
        return schema;
    }

    public List<FigureEntry<S>> entries() {
        return entries;
    }

    /** The figure drawn when a preset names none. */
    public FigureEntry<S> main() {
        return entries.get(0);
    }

    public Optional<FigureEntry<S>> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entry with this id; IllegalArgumentException listing the panel's figures otherwise. */
    public FigureEntry<S> entry(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("the " + panel() + " panel has "
                + ids() + ", not '" + (id.length() > 60 ? id.substring(0, 60) + "..." : id) + "'"));
    }

    /** The ids, e.g. "'entropy', 'local-entropy' and 'teacher-student'". */
    public String ids() {
        List<String> quoted = entries.stream().map(e -> "'" + e.id() + "'").toList();
        return quoted.size() == 1 ? quoted.get(0)
                : quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                        + quoted.get(quoted.size() - 1);
    }
}
