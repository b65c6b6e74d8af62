/**
 * Teacher-student learning of the binary perceptron (THEORY.md section 2; Gyorgyi, PRA 41, 7097 (1990);
 * Sompolinsky, Tishby &amp; Seung, PRL 65, 1683 (1990)): a student w in {+-1}^N drawn uniformly from the version
 * space of P = alpha N examples labelled by a binary teacher (Gibbs learning at zero temperature), replica
 * symmetric on the Nishimori line (student-teacher overlap R = student-student overlap q).
 * <p>
 * Terms and units: alpha = P/N (patterns per weight); q, R in [0, 1]; qhat its conjugate; entropy s in nats per
 * weight; eps_g = arccos(q)/pi, the probability that a typical student disagrees with the teacher on a new input.
 * The q &lt; 1 solution is the generalizing branch ({@link org.phaselab.theory.teacherstudent.BranchPoint});
 * perfect learning q = 1 always solves. {@link org.phaselab.theory.teacherstudent.TransitionFinder} locates
 * the first-order transition (branch entropy 0) and the spinodal (end of the branch);
 * {@link org.phaselab.theory.teacherstudent.TeacherStudentState} says which state is the equilibrium.
 */
package org.phaselab.theory.teacherstudent;
