package org.phaselab.training.trainer;

/**
 * The focusing protocol of fBP (Baldassi, Borgs, Chayes, Ingrosso, Lucibello, Saglietti, Zecchina, PNAS 113, E7655
 * (2016)): how the number of replicas y and the coupling gamma to their reference grow, sweep by sweep. A parameter
 * rho rises towards 1 geometrically, {@code 1 - rho_t = (1 - dRho)^t}, and gives
 * <pre>
 *   tanh(gamma) = rho^x,    y = 1 + rho^(1 - 2x) / (1 - rho)
 * </pre>
 * (the "pseudo-reinforcement" family of the reference implementation BinaryCommitteeMachineFBP.jl): x = 0 is the
 * plain reinforcement of Braunstein and Zecchina (PRL 96, 030201 (2006)), gamma = infinity and y = 1/(1 - rho);
 * x = 1/2 couples y = (2 - rho)/(1 - rho) replicas with tanh(gamma) = sqrt(rho), both growing.
 *
 * @param dRho step of 1 - rho per sweep, in (0, 1)
 * @param x    exponent of the family, in [0, 1/2]
 */
public record FocusingSchedule(double dRho, double x) {
    public FocusingSchedule {
        if (!(dRho > 0 && dRho < 1) || !(x >= 0 && x <= 0.5)) {
            throw new IllegalArgumentException("need 0 < dRho < 1 and 0 <= x <= 1/2, got " + dRho + ", " + x);
        }
    }

    /** rho after t sweeps. */
    public double rho(int t) {
        return -Math.expm1(t * Math.log1p(-dRho));
    }

    /** tanh(gamma) after t sweeps: the fraction of a replica's field that reaches the reference (1 for x = 0). */
    public double polarization(int t) {
        return x == 0 ? 1 : Math.pow(rho(t), x);
    }

    /** y after t sweeps, growing without bound (the coupling starts at gamma = 0 for x > 0, so y then does not act yet). */
    public double replicas(int t) {
        double rho = rho(t);
        return 1 + Math.pow(rho, 1 - 2 * x) / (1 - rho); // Math.pow(0, 0) = 1
    }
}
