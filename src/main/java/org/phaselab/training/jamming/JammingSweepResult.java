package org.phaselab.training.jamming;

import java.util.List;

/**
 * A finished sweep with what the panel draws beside it: N*, and the Hessian spectra of one run
 * below, nearest to and above N* (empty when N* was not bracketed).
 */
public record JammingSweepResult(List<WidthPoint> points, CriticalSize nStar, List<LabelledSpectrum> spectra) {
    public JammingSweepResult {
        points = List.copyOf(points);
        spectra = List.copyOf(spectra);
    }

    /** A Hessian spectrum and the run it belongs to. */
    public record LabelledSpectrum(String label, int weightCount, boolean sat, int nDelta, HessianSpectrum spectrum) {}

    /** Spectra of the first seed at the points just below, closest to, and just above N* (each once). */
    public static JammingSweepResult analyse(List<WidthPoint> points, int maxHessianWeights) {
        CriticalSize nStar = CriticalSize.of(points);
        List<LabelledSpectrum> spectra = new java.util.ArrayList<>();
        if (nStar.found()) {
            List<WidthPoint> sorted = points.stream().sorted(java.util.Comparator.comparingInt(WidthPoint::weightCount)).toList();
            int closest = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (Math.abs(sorted.get(i).weightCount() - nStar.nStar()) < Math.abs(sorted.get(closest).weightCount() - nStar.nStar())) {
                    closest = i;
                }
            }
            String[] names = {"below N*", "at N*", "above N*"};
            for (int k = -1; k <= 1; k++) {
                int i = closest + k;
                if (i >= 0 && i < sorted.size() && sorted.get(i).weightCount() <= maxHessianWeights) {
                    JammingRun run = sorted.get(i).runs().get(0);
                    spectra.add(new LabelledSpectrum(names[k + 1], run.weightCount(), run.sat(), run.nDelta(), run.hessian()));
                }
            }
        }
        return new JammingSweepResult(points, nStar, spectra);
    }

    /** The point whose N is closest to N* (or the middle point), whose gaps are the most critical. */
    public WidthPoint nearestToJamming() {
        WidthPoint best = points.get(points.size() / 2);
        if (nStar.found()) {
            for (WidthPoint p : points) {
                if (Math.abs(p.weightCount() - nStar.nStar()) < Math.abs(best.weightCount() - nStar.nStar())) {
                    best = p;
                }
            }
        }
        return best;
    }
}
