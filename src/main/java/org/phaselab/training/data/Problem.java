package org.phaselab.training.data;

import org.phaselab.training.net.Network;

/** A drawn learning problem: training set, and for teacher data the teacher (else null) and a test set (null for storage or test size 0). */
public record Problem(DataSpec spec, DataSet train, DataSet test, Network teacher) {
    public boolean hasTeacher() {
        return teacher != null;
    }
}
