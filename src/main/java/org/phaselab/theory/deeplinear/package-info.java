/**
 * Exact first- and second-order transitions of weight-decayed deep linear networks
 * (Ziyin &amp; Ueda, "Exact phase transitions in deep learning", arXiv:2205.12510; THEORY.md section 5).
 *
 * <p>Terms. {@code depth} D is the number of hidden layers (D = 0 is ridge regression, as in Ziyin, Li &amp;
 * Meng, arXiv:2202.04777, footnote 1); the net has D + 1 weight matrices, each decayed with strength
 * {@code gamma}. At the balanced rank-one solution every layer has Frobenius norm {@code b} (the order
 * parameter) and the training loss reduces to
 * <pre>  L(b) = a b^(2(D+1)) - 2 c b^(D+1) + (D+1) gamma b^2 + E[y^2],  a = n.E[x x^T].n,  c = n.E[x y].</pre>
 * {@code ySquared} = E[y^2] only shifts L; by default it is c^2/a (a noiseless target), so that the
 * unregularised minimum has loss 0. All quantities are dimensionless; a, c &gt; 0.
 *
 * <p>The sum of squared weights is (D+1) b^2 = dL_min/dgamma (envelope theorem): a jump of b is a jump
 * of the first derivative of the minimal loss (first order), a kink of b^2 a jump of the second (second order).
 */
package org.phaselab.theory.deeplinear;
