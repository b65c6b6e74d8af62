package org.phaselab.service.theory;

/**
 * Teacher-student learning: the equilibrium eps_g (the q &lt; 1 branch up to the transition, 0 after),
 * the metastable continuation of the q &lt; 1 branch up to the spinodal, and both transitions.
 */
public record TeacherStudentCurves(TeacherStudentRequest request, Curve equilibrium, Curve metastable,
                                   Threshold transition, Threshold spinodal) {}
