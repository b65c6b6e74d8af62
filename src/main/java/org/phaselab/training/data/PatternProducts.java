package org.phaselab.training.data;

/**
 * Products of the +-1 pattern matrix xi (P x n) with real vectors, {@code xi x} and {@code xi^T c}, from the packed
 * bits: {@code sum_i xi_i x_i = 2 sum_{i: xi_i = +1} x_i - sum_i x_i}, and the first sum is read eight entries at a
 * time from a table of the 256 subset sums of each group of eight consecutive x_i (built once per vector, 32
 * additions per entry of x). A product then costs one table read per eight entries instead of eight multiply-adds.
 * Keeps the pattern bits column by column as well (n x P bits) for the transposed product. Tables and outputs are
 * caller-owned; the methods write only the slots they are given, so disjoint ranges may run on different threads.
 */
public final class PatternProducts {
    private static final int GROUPS_PER_WORD = 8;
    private static final int SUBSETS = 256;

    private final BinaryPatterns patterns;
    private final int rowWords;
    private final int columnWords;
    private final long[] columns;

    public PatternProducts(BinaryPatterns patterns) {
        this.patterns = patterns;
        int p = patterns.count();
        int n = patterns.dimension();
        this.rowWords = patterns.words();
        this.columnWords = (p + 63) >>> 6;
        this.columns = new long[(long) n * columnWords > Integer.MAX_VALUE ? 0 : n * columnWords];
        if (columns.length != n * columnWords) {
            throw new IllegalArgumentException("n x P = " + (long) n * p + " bits is too large for one array");
        }
        for (int mu = 0; mu < p; mu++) {
            byte[] row = patterns.row(mu);
            long bit = 1L << (mu & 63);
            int word = mu >>> 6;
            for (int i = 0; i < n; i++) {
                if (row[i] > 0) {
                    columns[i * columnWords + word] |= bit;
                }
            }
        }
    }

    /** Floats of the table of a vector of the given length: n for {@link #times}, P for {@link #transposeTimes}. */
    public static int tableSize(int length) {
        return ((length + 63) >>> 6) * GROUPS_PER_WORD * SUBSETS;
    }

    /** {@code out[mu] = sum_i xi_mu,i x_i} for mu in [from, to), from the table and the sum of x. */
    public void times(float[] table, double sumX, double[] out, int from, int to) {
        long[] bits = patterns.bitsView();
        for (int mu = from; mu < to; mu++) {
            out[mu] = 2 * subsetSum(bits, mu * rowWords, rowWords, table) - sumX;
        }
    }

    /** {@code out[i] = sum_mu xi_mu,i c_mu} for i in [from, to), from the table and the sum of c. */
    public void transposeTimes(float[] table, double sumC, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = 2 * subsetSum(columns, i * columnWords, columnWords, table) - sumC;
        }
    }

    /** Sum of the x_i whose bit is set in words [offset, offset + count) of bits, eight bits per table read. */
    private static double subsetSum(long[] bits, int offset, int count, float[] table) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int j = 0; j < count; j++) {
            long w = bits[offset + j];
            int t = j * GROUPS_PER_WORD * SUBSETS;
            s0 += table[t + (int) (w & 0xFF)] + table[t + 256 + (int) ((w >>> 8) & 0xFF)];
            s1 += table[t + 512 + (int) ((w >>> 16) & 0xFF)] + table[t + 768 + (int) ((w >>> 24) & 0xFF)];
            s2 += table[t + 1024 + (int) ((w >>> 32) & 0xFF)] + table[t + 1280 + (int) ((w >>> 40) & 0xFF)];
            s3 += table[t + 1536 + (int) ((w >>> 48) & 0xFF)] + table[t + 1792 + (int) (w >>> 56)];
        }
        return ((double) s0 + s1) + ((double) s2 + s3);
    }

    /**
     * Fills table[g * 256 + b] with the sum of x[8g + j] over the set bits j of b (x beyond its length counts as 0;
     * the table has {@link #tableSize}(x.length) floats) and returns sum_i x_i.
     */
    public static double table(float[] x, float[] table) {
        int groups = table.length / SUBSETS;
        double sum = 0;
        for (int g = 0; g < groups; g++) {
            int base = g * SUBSETS;
            table[base] = 0;
            for (int b = 1; b < SUBSETS; b++) {
                int i = g * GROUPS_PER_WORD + Integer.numberOfTrailingZeros(b);
                table[base + b] = table[base + (b & (b - 1))] + (i < x.length ? x[i] : 0);
            }
        }
        for (float v : x) {
            sum += v;
        }
        return sum;
    }
}
