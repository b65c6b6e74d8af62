package org.phaselab.cli;

/**
 * Memory a request needs, estimated before anything is allocated, against the Java heap. A request that would not
 * fit is refused as bad input (exit 2), naming the options that make it large; sizes that overflow {@code int} are
 * caught here too, since every estimate is computed in {@code double} bytes.
 */
final class Limits {
    /** Largest load alpha = P/N the theory commands accept; far beyond every transition of the models. */
    static final double MAX_ALPHA = 1e6;
    /** Largest |kappa| of the storage and spherical margins; the Gaussian tails underflow long before. */
    static final double MAX_KAPPA = 100;

    /** Part of the heap a single request may take: the rest is the program, the JIT and the output. */
    static final double HEAP_SHARE = 0.8;

    private Limits() {}

    /** The largest heap this JVM will use, in MB. */
    static long heapMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /**
     * Refuses a request whose estimated memory does not fit in the heap.
     *
     * @param request the options that make it large, as the user typed them, e.g. "--n 100000 with --alpha 50"
     * @param bytes   the estimate (arrays and their headers), in bytes
     */
    static void requireMemory(String request, double bytes) {
        double available = HEAP_SHARE * Runtime.getRuntime().maxMemory();
        if (!(bytes <= available)) {
            throw new BadInputException(request + " needs about " + megabytes(bytes) + " MB of memory, more than the "
                    + Math.round(available / (1 << 20)) + " MB this Java heap allows (" + heapMegabytes()
                    + " MB in all); use smaller sizes, or give Java more memory (java -Xmx...)");
        }
    }

    /** Bytes of {@code rows} arrays of {@code columns} elements of {@code elementBytes} each, with their headers. */
    static double matrix(double rows, double columns, int elementBytes) {
        return rows * (16 + columns * elementBytes) + 16 + 8 * rows;
    }

    private static String megabytes(double bytes) {
        return Double.isFinite(bytes) && bytes < 1e15 ? Long.toString(Math.round(bytes / (1 << 20))) : "more than 10^9";
    }
}
