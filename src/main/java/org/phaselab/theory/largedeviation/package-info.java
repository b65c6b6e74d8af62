/**
 * The large-deviation ("robust ensemble") local entropy of the binary perceptron: references W~ weighted by
 * exp(y N S_I(W~, d)), S_I the entropy per weight of solutions (margin kappa) at Hamming distance d from W~,
 * with y real replicas coupled to the reference, replica symmetric in the replicated system (Baldassi, Ingrosso,
 * Lucibello, Saglietti, Zecchina, PRL 115, 128101 (2015); J. Stat. Mech. (2016) 023301). The derivation, with
 * every step, is docs/large-deviation.md; section numbers below ("LD 3.2") refer to it. Implemented: the reference
 * unconstrained ({@code FreeReference...}) in the limit y -&gt; infinity (the densest references at each d), and the
 * loads where that curve changes character ({@link org.phaselab.theory.largedeviation.LargeDeviationTransition});
 * finite y with a free reference ({@code FiniteYFreeReference}, LD 11); the reference itself a solution of margin
 * kappaRef at finite y ({@code FiniteYSolutionReference}, LD 12; y = 0 is Franz-Parisi around typical references) and
 * as y -&gt; infinity ({@code SolutionReferenceLimit}, LD 13) with its thresholds ({@code SolutionReferenceTransition},
 * LD 14). Not implemented: any breaking of replica symmetry between references.
 * Entropies in nats per weight; d in (0, 1/2); S = 1 - 2d.
 */
package org.phaselab.theory.largedeviation;
