package org.phaselab.training.trainer;

/**
 * The least-action choice for committee machines (Nilsson; Mitchison and Durbin 1989; as used in
 * BinaryCommitteeMachineRSGD.jl, compute_gd!): when the vote is wrong by a margin m = -y sum_k tau_k > 0,
 * the (m + 1)/2 hidden units with the wrong sign and the smallest |field| are the ones to correct.
 */
final class LeastAction {
    private LeastAction() {}

    /** Sign of a field with sign(0) = +1. */
    static int sign(double f) {
        return f >= 0 ? 1 : -1;
    }

    /** y times the vote sum_k sign(f_k). */
    static int voteMargin(double[] fields, int y) {
        int v = 0;
        for (double f : fields) {
            v += sign(f);
        }
        return y * v;
    }

    /**
     * Writes into {@code chosen} the units to correct and returns how many; zero when the vote is right.
     * Caller-owned arrays of length K.
     */
    static int unitsToCorrect(double[] fields, int y, int[] chosen) {
        int margin = voteMargin(fields, y);
        if (margin > 0) {
            return 0;
        }
        int need = (-margin + 1) / 2;
        int count = 0;
        for (int k = 0; k < fields.length; k++) {
            if (sign(fields[k]) != y) {
                chosen[count++] = k;
            }
        }
        // partial selection sort by |field|, count <= K is small
        for (int a = 0; a < need; a++) {
            int best = a;
            for (int b = a + 1; b < count; b++) {
                if (Math.abs(fields[chosen[b]]) < Math.abs(fields[chosen[best]])) {
                    best = b;
                }
            }
            int t = chosen[a];
            chosen[a] = chosen[best];
            chosen[best] = t;
        }
        return need;
    }
}
