package org.phaselab.service.theory;

import org.phaselab.progress.Monitor;

/** The theory computations behind the theory panel and the command line's figures. */
public interface TheoryBackend {
    EntropyFamily entropy(EntropyRequest request, Monitor monitor);

    TeacherStudentCurves teacherStudent(TeacherStudentRequest request, Monitor monitor);

    LocalEntropyFamily localEntropy(LocalEntropyRequest request, Monitor monitor);

    /** Completes when alpha_LE is known (it is computed once, in the background), so plots can redraw with it. */
    default java.util.concurrent.CompletionStage<Threshold> alphaLocalEntropyWhenReady() {
        return java.util.concurrent.CompletableFuture.completedFuture(new Threshold("\\alpha_{LE}", Double.NaN, false, "not computed"));
    }

    /**
     * The large-deviation thresholds (docs/large-deviation.md LD 6: non-monotonic, then negative) if already computed,
     * otherwise none.
     */
    default java.util.List<Threshold> largeDeviationThresholdsIfReady() {
        return java.util.List.of();
    }
}
