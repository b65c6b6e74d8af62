package org.phaselab.service.theory;

import org.phaselab.progress.Monitor;

/** Part i of n of a longer computation: maps its progress into [i/n, (i+1)/n] of the parent's. */
final class SubMonitor implements Monitor {
    private final Monitor parent;
    private final int index;
    private final int count;

    private SubMonitor(Monitor parent, int index, int count) {
        this.parent = parent;
        this.index = index;
        this.count = count;
    }

    static Monitor of(Monitor parent, int index, int count) {
        return new SubMonitor(parent, index, count);
    }

    @Override
    public boolean isCancelled() {
        return parent.isCancelled();
    }

    @Override
    public void progress(double fraction) {
        parent.progress((index + fraction) / count);
    }
}
