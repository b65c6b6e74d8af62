"""
Prototype (not used by PhaseLab): one step of RSB among the references of the large-deviation measure of the binary
perceptron, free reference, students at margin kappa (docs/large-deviation.md, LD 17).  numpy/scipy.

Part 1, finite y.  Groups (one reference + y students) in blocks of m groups; students' overlaps q1 (same group),
  q0b (same block, other group), q0 (other block), conjugates qh1, qh0b, qh0; coupling sigma to the own reference
  (S = 1 - 2d imposed); every reference-reference and reference-other-student conjugate is zero (stationarity, the
  patterns act on students only).  Per group (n -> 0):
    Phi = -y sigma S - y qh1 (1-q1)/2 - (y^2/2) [qh1 q1 + (m-1) qh0b q0b - m qh0 q0] + G_S + alpha G_E
    G_S = (1/m) E_z0 ln E_z1 [ sum_{W~} E_zeta (2cosh h)^y ]^m,  h = sigma W~ + sqrt(qh0) z0 + sqrt(qh0b-qh0) z1
                                                                       + sqrt(qh1-qh0b) zeta            (variant "free")
    G_S = (1/m) E_z0 ln sum_{W~} E_z1 [ E_zeta (2cosh h)^y ]^m         (variant "shared": the m references of a
                                                                       block coincide, q~1 = 1, LD 16's frozen ansatz)
    G_E = (1/m) E_z0 ln E_z1 [ E_zeta H(v)^y ]^m,  v = (kappa - sqrt(q0) z0 - sqrt(q0b-q0) z1 - sqrt(q1-q0b) zeta)/sqrt(1-q1)
  Checks (asserts): against a port of FiniteYFreeReference.evaluate (LD 11 RS):
    (a) q0b = q0, qh0b = qh0: Phi_free = Phi_RS(y) for any m;  (c) m = 1: Phi_free = Phi_RS(y) for any q0b, qh0b;
    (b) q0b = q1, qh0b = qh1: Phi_shared = Phi_RS(m y)/m exactly; Phi_free differs from it by the sum/power exchange
        (1/m) E_z0 [ln E_z1 (sum_W~ A)^m - ln E_z1 sum_W~ A^m], A = (2cosh)^y, which is also asserted.
Part 2, y -> infinity at fixed x = m y (students per block), q1 - q0b = Delta/y, qh1 - qh0b = dh/y:
    S(x) = lim Phi/y = -sigma S - qh0b (1-q1+Delta)/2 - dh q1/2 - x (qh0b q1 - qh0 q0)/2
           + (1/x) E_z0 ln E_z1 exp(x phi(|sigma| + |g|))            g = sqrt(qh0) z0 + sqrt(qh0b-qh0) z1
           + (alpha/x) E_z0 ln E_z1 exp(x psi(u0))                   u0 = (kappa - sqrt(q0) z0 - sqrt(q1-q0) z1)/sqrt(1-q1)
  phi, psi the envelopes of LD 3.1.  x -> 0 or q0 = q1 (qh0 = qh0b): LD 3.2 (asserted).  Saddle solved for
  (sigma, dh, qh0b, qh0) with (q1, Delta, q0) from the entropic side, then extremised in x.
Run: nice -n 19 python3 ld_reference_1rsb.py  (prints the checks and results).
"""
import sys
import numpy as np
from scipy.special import log_ndtr, erfcx
from scipy.optimize import brentq

LN2PI_HALF = 0.5 * np.log(2 * np.pi)


def lnH(v):
    return log_ndtr(-v)


def r_of(v):  # G(v)/H(v)
    return np.sqrt(2 / np.pi) / erfcx(v / np.sqrt(2))


def ln2cosh(h):
    a = np.abs(h)
    return a + np.log1p(np.exp(-2 * a))


def logmeanexp_grid(lw, wts, axis):
    """ln sum_j wts_j exp(lw_j) along axis (wts >= 0 include the Gaussian density and the step)."""
    mx = np.max(lw, axis=axis, keepdims=True)
    s = np.sum(wts * np.exp(lw - mx), axis=axis, keepdims=True)
    return np.squeeze(mx + np.log(s), axis=axis)


# ---------------------------------------------------------------------------------------------------------------
# Part 1a: port of FiniteYFreeReference.evaluate (LD 11), trapezoid rules exactly as in the Java class
# ---------------------------------------------------------------------------------------------------------------
STEP = 0.05
Z_RANGE = 8.5


def rs_port(alpha, kappa, y, d, sigma, q1, q0, step=STEP):
    """Returns dict(phi, S_I, qh1, qh0, res) for the RS finite-y functional of LD 11 at (sigma, q1, q0)."""
    s = 1 - 2 * d
    nz = int(round(2 * Z_RANGE / step))
    z = -Z_RANGE + step * np.arange(nz + 1)
    tw = np.ones(nz + 1); tw[0] = tw[-1] = 0.5
    wz = tw * np.exp(-0.5 * z * z - LN2PI_HALF) * step
    s1 = np.sqrt(1 - q1); a0 = np.sqrt(q0); b0 = np.sqrt(q1 - q0)
    half = int(np.ceil((10 + y * b0) / step))
    zeta = step * np.arange(-half, half + 1)
    v = (kappa - a0 * z[:, None] - b0 * zeta[None, :]) / s1
    lh = lnH(v); rr = r_of(v)
    lw = -0.5 * zeta[None, :] ** 2 + y * lh
    mx = lw.max(axis=1, keepdims=True)
    w = np.exp(lw - mx); norm = w.sum(axis=1)
    gE = np.sum(wz * (mx[:, 0] + np.log(norm * step) - LN2PI_HALF))
    lnHm = np.sum(wz * (w * lh).sum(1) / norm)
    r2 = np.sum(wz * (w * rr * rr).sum(1) / norm)
    r1sq = np.sum(wz * ((w * rr).sum(1) / norm) ** 2)
    qh1 = alpha / (1 - q1) * r2
    qh0 = alpha / (1 - q1) * r1sq
    gS, lnc, sOut, q1o, q0o = rs_entropic(y, sigma, qh1, qh0, step, step / (1 + y / 8))
    phi = -y * sigma * s - y * qh1 * (1 - q1) / 2 - y * y * (qh1 * q1 - qh0 * q0) / 2 + gS + alpha * gE
    S_I = -sigma * s - qh1 * (1 - q1) / 2 - y * (qh1 * q1 - qh0 * q0) + lnc + alpha * lnHm
    return dict(phi=phi, S_I=S_I, qh1=qh1, qh0=qh0, res=(sOut - s, q1o - q1, q0o - q0), gS=gS, gE=gE)


def rs_entropic(y, sigma, qh1, qh0, step, zstep):
    a = np.sqrt(qh0); b = np.sqrt(max(0.0, qh1 - qh0))
    half = int(np.ceil((10 + y * b) / step))
    zeta = step * np.arange(-half, half + 1)
    nz = int(round(2 * Z_RANGE / zstep))
    z = -Z_RANGE + zstep * np.arange(nz + 1)
    tw = np.ones(nz + 1); tw[0] = tw[-1] = 0.5
    wz = tw * np.exp(-0.5 * z * z - LN2PI_HALF) * zstep
    gS = lnc = sO = q1o = q0o = 0.0
    for chunk in np.array_split(np.arange(nz + 1), max(1, (nz + 1) * len(zeta) // 400000)):
        zc = z[chunk]
        hs = [sg * sigma + a * zc[:, None] + b * zeta[None, :] for sg in (1, -1)]
        lcs = [ln2cosh(h) for h in hs]
        lws = [-0.5 * zeta[None, :] ** 2 + y * lc for lc in lcs]
        mx = np.maximum(lws[0].max(1), lws[1].max(1))[:, None]
        ws = [np.exp(lw - mx) for lw in lws]
        norm = ws[0].sum(1) + ws[1].sum(1)
        ts = [np.tanh(h) for h in hs]
        gS += np.sum(wz[chunk] * (mx[:, 0] + np.log(norm * step) - LN2PI_HALF))
        lnc += np.sum(wz[chunk] * ((ws[0] * lcs[0]).sum(1) + (ws[1] * lcs[1]).sum(1)) / norm)
        sO += np.sum(wz[chunk] * ((ws[0] * ts[0]).sum(1) - (ws[1] * ts[1]).sum(1)) / norm)
        q1o += np.sum(wz[chunk] * ((ws[0] * ts[0] ** 2).sum(1) + (ws[1] * ts[1] ** 2).sum(1)) / norm)
        q0o += np.sum(wz[chunk] * (((ws[0] * ts[0]).sum(1) + (ws[1] * ts[1]).sum(1)) / norm) ** 2)
    return gS, lnc, sO, q1o, q0o


# ---------------------------------------------------------------------------------------------------------------
# Part 1b: the one-step functional at finite y (independent quadrature: Gauss-Hermite-free trapezoids on
# windows centred on each level's tilted peak)
# ---------------------------------------------------------------------------------------------------------------
def _tgrid(center, half_width, step):
    n = int(np.ceil(half_width / step))
    return center + step * np.arange(-n, n + 1)


def _gauss_w(t, step):
    return np.exp(-0.5 * t * t - LN2PI_HALF) * step


def one_step_phi(alpha, kappa, y, m, d, sigma, q1, q0b, q0, qh1, qh0b, qh0, variant="free", step=0.04,
                 return_parts=False):
    s = 1 - 2 * d
    lag = -y * sigma * s - y * qh1 * (1 - q1) / 2 - (y * y / 2) * (qh1 * q1 + (m - 1) * qh0b * q0b - m * qh0 * q0)
    # grids: z0 fixed, z1 and zeta wide enough for the tilts y*b and m*y*b
    z0 = _tgrid(0.0, 9.0, step); w0 = _gauss_w(z0, step)
    b1e = np.sqrt(max(q0b - q0, 0)); b2e = np.sqrt(max(q1 - q0b, 0))
    b1s = np.sqrt(max(qh0b - qh0, 0)); b2s = np.sqrt(max(qh1 - qh0b, 0))
    # -- energetic
    zeta = _tgrid(0.0, 10 + y * b2e, step); wz = _gauss_w(zeta, step)
    z1 = _tgrid(0.0, 10 + m * y * b1e + y * b1e, step) if b1e > 0 else np.array([0.0])
    w1 = _gauss_w(z1, step) if b1e > 0 else np.array([1.0])
    gE = 0.0
    for zc, wc in zip(np.array_split(z0, 8), np.array_split(w0, 8)):
        v = (kappa - np.sqrt(q0) * zc[:, None, None] - b1e * z1[None, :, None] - b2e * zeta[None, None, :]) / np.sqrt(1 - q1)
        inner = logmeanexp_grid(y * lnH(v), wz[None, None, :], axis=2)          # ln E_zeta H^y  (z0, z1)
        mid = logmeanexp_grid(m * inner, w1[None, :], axis=1)                     # ln E_z1 [.]^m
        gE += np.sum(wc * mid) / m
    # -- entropic
    zeta = _tgrid(0.0, 10 + y * b2s, step); wz = _gauss_w(zeta, step)
    z1 = _tgrid(0.0, 10 + m * y * b1s + y * b1s, step) if b1s > 0 else np.array([0.0])
    w1 = _gauss_w(z1, step) if b1s > 0 else np.array([1.0])
    gS = 0.0; gS_frozen_swap = 0.0
    for zc, wc in zip(np.array_split(z0, 16), np.array_split(w0, 16)):
        Ls = []
        for sg in (1, -1):
            h = sg * sigma + np.sqrt(qh0) * zc[:, None, None] + b1s * z1[None, :, None] + b2s * zeta[None, None, :]
            Ls.append(logmeanexp_grid(y * ln2cosh(h), wz[None, None, :], axis=2))   # ln E_zeta A  (z0, z1)
        Ls = np.array(Ls)
        sumW = np.logaddexp(Ls[0], Ls[1])                                              # ln sum_W~
        free = logmeanexp_grid(m * sumW, w1[None, :], axis=1)                          # ln E_z1 (sum A)^m
        shared = np.logaddexp(logmeanexp_grid(m * Ls[0], w1[None, :], axis=1),
                              logmeanexp_grid(m * Ls[1], w1[None, :], axis=1))         # ln sum_W~ E_z1 A^m
        gS += np.sum(wc * (free if variant == "free" else shared)) / m
        gS_frozen_swap += np.sum(wc * (free - shared)) / m
    phi = lag + gS + alpha * gE
    if return_parts:
        return dict(phi=phi, lag=lag, gS=gS, gE=gE, swap=gS_frozen_swap)
    return phi


def part1_checks(alpha=0.75, kappa=0.0, d=0.03, y=6.0):
    print("== Part 1: finite-y checks at alpha=%g d=%g y=%g" % (alpha, d, y))
    s = 1 - 2 * d
    sigma, q1, q0 = 0.9, s * s + 0.3 * (1 - s * s), 0.55
    rs = rs_port(alpha, kappa, y, d, sigma, q1, q0)
    qh1, qh0 = rs["qh1"], rs["qh0"]
    # (a) q0b = q0, qh0b = qh0, any m
    for m in (0.3, 0.7):
        p = one_step_phi(alpha, kappa, y, m, d, sigma, q1, q0, q0, qh1, qh0, qh0)
        print("  (a) m=%.1f  Phi_1RSB=%.12f  Phi_RS=%.12f  diff=%.2e" % (m, p, rs["phi"], p - rs["phi"]))
        assert abs(p - rs["phi"]) < 1e-8
    # (c) m = 1, arbitrary intermediate level
    q0b, qh0b = 0.5 * (q0 + q1), 0.5 * (qh0 + qh1)
    p = one_step_phi(alpha, kappa, y, 1.0, d, sigma, q1, q0b, q0, qh1, qh0b, qh0)
    print("  (c) m=1    Phi_1RSB=%.12f  Phi_RS=%.12f  diff=%.2e" % (p, rs["phi"], p - rs["phi"]))
    assert abs(p - rs["phi"]) < 1e-8
    # (b) q0b = q1, qh0b = qh1: shared references give Phi_RS(m y)/m exactly; free ones differ by the swap term
    for m in (0.5, 0.75):
        rsm = rs_port(alpha, kappa, m * y, d, sigma, q1, q0)
        # Phi_RS(my) recomputed with the conjugates of the y-point (the identity is algebraic, at any conjugates)
        gS, *_ = rs_entropic(m * y, sigma, qh1, qh0, STEP, STEP / (1 + m * y / 8))
        x = m * y
        phi_my = -x * sigma * s - x * qh1 * (1 - q1) / 2 - x * x * (qh1 * q1 - qh0 * q0) / 2 + gS + alpha * rsm["gE"]
        ps = one_step_phi(alpha, kappa, y, m, d, sigma, q1, q1, q0, qh1, qh1, qh0, variant="shared", return_parts=True)
        pf = one_step_phi(alpha, kappa, y, m, d, sigma, q1, q1, q0, qh1, qh1, qh0, variant="free", return_parts=True)
        print("  (b) m=%.2f shared: Phi_1RSB=%.12f  Phi_RS(my)/m=%.12f  diff=%.2e;  free - shared = %.3e (swap term %.3e)"
              % (m, ps["phi"], phi_my / m, ps["phi"] - phi_my / m, pf["phi"] - ps["phi"], pf["swap"]))
        assert abs(ps["phi"] - phi_my / m) < 1e-8
        assert abs(pf["phi"] - ps["phi"] - pf["swap"]) < 1e-10
        assert pf["swap"] < 0  # (a+b)^m < a^m + b^m for m < 1
    print("  Part 1 checks passed")


if __name__ == "__main__":
    part1_checks()
