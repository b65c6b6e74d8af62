package org.phaselab.theory.teacherstudent;

/**
 * The two thresholds of teacher-student Gibbs learning of the binary perceptron (THEORY.md section 2).
 *
 * @param alphaTransition first-order transition to perfect generalization: the q &lt; 1 branch's entropy is 0
 *                        (literature 1.245: Gyorgyi 1990; Sompolinsky, Tishby &amp; Seung 1990)
 * @param qTransition     the branch's overlap there
 * @param alphaSpinodal   where the q &lt; 1 branch ends (fold, d alpha/dq = 0); literature 1.493
 * @param qSpinodal       the branch's overlap at the fold
 * @param iterations      root-finder evaluations used (both roots)
 */
public record Transitions(double alphaTransition, double qTransition, double alphaSpinodal, double qSpinodal,
                          int iterations) {}
