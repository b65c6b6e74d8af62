package org.phaselab.theory.largedeviation;

/**
 * The students' projections onto the latent space in the random-features large-deviation saddle
 * (docs/large-deviation.md, LD 15), s = F^T W/sqrt(N) per latent dimension.
 *
 * @param m      s.W_T/D, overlap with the teacher
 * @param r      |s|^2/D
 * @param qs1    s^a.s^b/D for two students around the same reference
 * @param deltaS y (qs1 - qs0), the scaled spread between references
 */
public record LatentProjection(double m, double r, double qs1, double deltaS) {}
