package org.phaselab.progress;

/**
 * What a long computation (a curve of many saddle points) reports to whoever runs it: progress in
 * [0, 1] and whether it should stop. The background service implements it; {@link #NONE} runs to the end.
 */
public interface Monitor {
    Monitor NONE = new Monitor() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void progress(double fraction) {}
    };

    boolean isCancelled();

    void progress(double fraction);

    /** The same cancellation without the progress (for a computation that is one step of a larger one). */
    static Monitor cancellationOf(Monitor monitor) {
        return new Monitor() {
            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }

            @Override
            public void progress(double fraction) {}
        };
    }

    /** Throws {@link CancelledException} if the run should stop; call between points. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
