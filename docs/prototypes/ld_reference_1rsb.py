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
Run: nice -n 19 python3 ld_reference_1rsb.py  (prints the checks and the alpha = 0.75 results, ~4 min);
     nice -n 19 python3 ld_reference_1rsb.py curve ALPHA  (the static curve S(d), d = 0.008-0.05, LD 17.8).
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




# ---------------------------------------------------------------------------------------------------------------
# Part 2: y -> infinity at fixed x = m y
# ---------------------------------------------------------------------------------------------------------------
def phi_env(h, dh):
    """max_x [ln 2cosh x - (x-h)^2/(2 dh)] for h >= 0 (LD 3.1), Newton from above the largest root."""
    h = np.asarray(h, dtype=float)
    if dh <= 0:
        return ln2cosh(h)
    x = h + dh
    for _ in range(100):
        t = np.tanh(x)
        F = x - h - dh * t
        dx = F / (1 - dh * (1 - t * t))
        x = x - dx
        if np.max(np.abs(dx)) < 1e-14:
            break
    return ln2cosh(x) - (x - h) ** 2 / (2 * dh)


def psi_env(u0, a2):
    """max_v [ln H(v) - (v-u0)^2/(2 a2)] (LD 3.1), Newton from v = u0 (above the root)."""
    u0 = np.asarray(u0, dtype=float)
    if a2 <= 0:
        return lnH(u0)
    v = np.where(u0 > 0, u0 / (1 + a2), u0)
    v = np.minimum(v, u0)
    for _ in range(200):
        r = r_of(v)
        g = v + a2 * r - u0
        dv = g / (1 + a2 * r * (r - v))
        v = v - dv
        if np.max(np.abs(dv)) < 1e-14:
            break
    r = r_of(v)
    return lnH(v) - a2 * r * r / 2


_GLN, _GLW = np.polynomial.legendre.leggauss(12)


def gl_nodes(a, b, panels):
    """Composite Gauss-Legendre nodes/weights on [a, b] (arrays a, b broadcast along a leading axis)."""
    a = np.atleast_1d(a)[:, None]; b = np.atleast_1d(b)[:, None]
    edges = np.linspace(0, 1, panels + 1)
    loc = ((edges[:-1, None] + edges[1:, None]) / 2 + (edges[1:, None] - edges[:-1, None]) / 2 * _GLN[None, :]).ravel()
    wl = ((edges[1:, None] - edges[:-1, None]) / 2 * _GLW[None, :]).ravel()
    return a + (b - a) * loc[None, :], (b - a) * wl[None, :]


Z0_HALF = gl_nodes(0.0, 9.0, 8)         # z0 >= 0 (entropic side is even in z0)
Z0_FULL = gl_nodes(-9.0, 9.0, 16)       # z0 on the line (pattern side)
Z0D_HALF = np.exp(-0.5 * Z0_HALF[0][0] ** 2 - LN2PI_HALF) * Z0_HALF[1][0] * 2
Z0D_FULL = np.exp(-0.5 * Z0_FULL[0][0] ** 2 - LN2PI_HALF) * Z0_FULL[1][0]


def lognorm(t, mu, var):
    return -0.5 * (t - mu) ** 2 / var - 0.5 * np.log(2 * np.pi * var)


def GS_inf(sigma, dh, qh0b, qh0, x, variant="free", panels=20):
    """(1/x) E_z0 ln E_z1 exp(x phi(|sigma| + |g|))  (free)  or  (1/x) E_z0 ln sum_W~ E_z1 exp(x phi(sigma W~ + g))
    (shared), g | z0 ~ N(sqrt(qh0) z0, qh0b - qh0).  qh0 = qh0b: the RS value E phi(|sigma| + sqrt(qh0b)|z|)."""
    z0 = Z0_HALF[0][0]
    v = qh0b - qh0
    sigma = abs(sigma)
    if v <= 1e-14:
        if variant == "free":
            return np.sum(Z0D_HALF * phi_env(sigma + np.sqrt(qh0b) * z0, dh))
        a = x * phi_env(np.abs(sigma + np.sqrt(qh0b) * z0), dh); b = x * phi_env(np.abs(-sigma + np.sqrt(qh0b) * z0), dh)
        return np.sum(Z0D_HALF * np.logaddexp(a, b)) / x
    mu = np.sqrt(qh0) * z0
    if variant == "free":
        val = _fold(sigma, mu, v, x, dh, panels)
    else:
        val = np.logaddexp(_fold(0.0, np.abs(sigma + mu), v, x, dh, panels),
                           _fold(0.0, np.abs(-sigma + mu), v, x, dh, panels))
    return np.sum(Z0D_HALF * val) / x


def _fold(a, c, v, x, dh, panels):
    """ln int_0^inf [N(t; c, v) + N(t; -c, v)] exp(x phi(a + t)) dt, c >= 0 (the tilt moves the peak right by <= x v)."""
    sd = np.sqrt(v)
    L = np.maximum(0.0, c - 12 * sd)
    T = c + x * v + 12 * sd
    t, w = gl_nodes(L, T, panels)
    lw = x * phi_env(a + t, dh) + np.logaddexp(lognorm(t, c[:, None], v), lognorm(t, -c[:, None], v))
    mx = lw.max(1, keepdims=True)
    return mx[:, 0] + np.log(np.sum(w * np.exp(lw - mx), 1))


def GE_inf(q1, Delta, q0, x, kappa=0.0, panels=14):
    """(1/x) E_z0 ln E_z1 exp(x psi(u0)), u0 | z0 ~ N((kappa - sqrt(q0) z0)/sqrt(1-q1), (q1-q0)/(1-q1))."""
    z0 = Z0_FULL[0][0]
    a2 = Delta / (1 - q1)
    mu = (kappa - np.sqrt(q0) * z0) / np.sqrt(1 - q1)
    v = (q1 - q0) / (1 - q1)
    if v <= 1e-14:
        return np.sum(Z0D_FULL * psi_env(mu, a2))
    sd = np.sqrt(v)
    # the tilted density's mode lies in [mu - x v r(mu), mu]; bisection for it
    lo = mu - x * v * r_of(mu) - 1e-9; hi = mu.copy()
    for _ in range(45):
        mid = 0.5 * (lo + hi)
        eps = 1e-6
        dpsi = (psi_env(mid + eps, a2) - psi_env(mid - eps, a2)) / (2 * eps)
        f = -(mid - mu) / v + x * dpsi
        lo = np.where(f > 0, mid, lo); hi = np.where(f > 0, hi, mid)
    mode = 0.5 * (lo + hi)
    u, w = gl_nodes(mode - 12 * sd, mode + 12 * sd, panels)
    lw = x * psi_env(u, a2) + lognorm(u, mu[:, None], v)
    mx = lw.max(1, keepdims=True)
    val = mx[:, 0] + np.log(np.sum(w * np.exp(lw - mx), 1))
    return np.sum(Z0D_FULL * val) / x


def S_inf(alpha, d, x, sigma, dh, qh0b, qh0, q1, Delta, q0, variant="free", kappa=0.0):
    s = 1 - 2 * d
    lag = -sigma * s - qh0b * (1 - q1 + Delta) / 2 - dh * q1 / 2 - x * (qh0b * q1 - qh0 * q0) / 2
    return lag + GS_inf(sigma, dh, qh0b, qh0, x, variant) + alpha * GE_inf(q1, Delta, q0, x, kappa)


from scipy.optimize import root


def _fd(f, p, i, h):
    pp = list(p); pm = list(p)
    pp[i] += h; pm[i] -= h
    return (f(*pp) - f(*pm)) / (2 * h)


def entropic_side(sigma, dh, qh0b, qh0, x, variant, rs=False):
    """(S, q1, Delta, q0) from the derivatives of G_S (finite differences, steps 1e-5)."""
    h = 1e-5
    if rs:
        f = lambda s_, dh_, qh_: GS_inf(s_, dh_, qh_, qh_, x, variant)
        p = [sigma, dh, qh0b]
        S = _fd(f, p, 0, h); q1 = 2 * _fd(f, p, 1, h); dqh = _fd(f, p, 2, h)
        return S, q1, 2 * dqh - 1 + q1, q1
    f = lambda s_, dh_, qb_, q0_: GS_inf(s_, dh_, qb_, q0_, x, variant)
    p = [sigma, dh, qh0b, qh0]
    hq = min(h, 0.5 * (qh0b - qh0))
    S = _fd(f, p, 0, h); q1 = 2 * _fd(f, p, 1, h)
    dqb = _fd(f, p, 2, hq); dq0 = _fd(f, p, 3, hq)
    return S, q1, 2 * dqb - x * q1 - 1 + q1, -2 * dq0 / x


def energetic_side(alpha, q1, Delta, q0, x, rs=False, kappa=0.0):
    """(qh0b, qh0, dh) from the derivatives of G_E."""
    h = 1e-6
    if rs:
        f = lambda q_, D_: GE_inf(q_, D_, q_, x, kappa)
        p = [q1, Delta]
        dq = _fd(f, p, 0, h); dD = _fd(f, p, 1, h)
        qh = 2 * alpha * dD
        return qh, qh, qh + 2 * alpha * dq
    f = lambda q1_, D_, q0_: GE_inf(q1_, D_, q0_, x, kappa)
    p = [q1, Delta, q0]
    hq = min(h, 0.5 * (q1 - q0))
    d1 = _fd(f, p, 0, hq); dD = _fd(f, p, 1, h); d0 = _fd(f, p, 2, hq)
    qh0b = 2 * alpha * dD
    return qh0b, -2 * alpha * d0 / x, qh0b * (1 - x) + 2 * alpha * d1


def _unpack(u, rs):
    sigma, ldh, lqb = u[0], u[1], u[2]
    dh, qh0b = np.exp(ldh), np.exp(lqb)
    qh0 = qh0b if rs else qh0b / (1 + np.exp(-u[3]))
    return sigma, dh, qh0b, qh0


def residual(u, alpha, d, x, variant, rs, out=None):
    sigma, dh, qh0b, qh0 = _unpack(u, rs)
    S, q1, Delta, q0 = entropic_side(sigma, dh, qh0b, qh0, x, variant, rs)
    if not (0 < q1 < 1 and Delta > 0 and 0 < q0 <= q1):
        return np.full(len(u), 10.0)
    nb, n0, ndh = energetic_side(alpha, q1, Delta, q0, x, rs)
    if out is not None:
        out.update(sigma=sigma, dh=dh, qh0b=qh0b, qh0=qh0, q1=q1, Delta=Delta, q0=q0)
    r = [S - (1 - 2 * d), np.log(ndh / dh), np.log(nb / qh0b)]
    if not rs:
        r.append(np.log(n0 / qh0))
    return np.array(r)


def solve_inf(alpha, d, x, guess, variant="free", rs=False, tol=1e-9):
    """Saddle of S(x) for u = (sigma, ln dh, ln qh0b[, logit(qh0/qh0b)]); returns dict with S and the overlaps."""
    sol = root(residual, guess, args=(alpha, d, x, variant, rs), method="hybr", options=dict(xtol=tol))
    info = {}
    res = residual(sol.x, alpha, d, x, variant, rs, info)
    info.update(u=sol.x, res=np.max(np.abs(res)), ok=bool(np.max(np.abs(res)) < 1e-7), x=x)
    info["S"] = S_inf(alpha, d, x, info["sigma"], info["dh"], info["qh0b"], info["qh0"], info["q1"], info["Delta"],
                      info["q0"], variant)
    return info


def dS_dx(alpha, d, info, variant="free", h=1e-4):
    """Explicit x-derivative of S at fixed order parameters (= dS/dx along the saddle, envelope theorem)."""
    x = info["x"]
    f = lambda xx: S_inf(alpha, d, xx, info["sigma"], info["dh"], info["qh0b"], info["qh0"], info["q1"],
                         info["Delta"], info["q0"], variant)
    return (f(x + h) - f(x - h)) / (2 * h)


def residual_static(u, alpha, d, variant, out=None):
    x = np.exp(u[4])
    r = residual(u[:4], alpha, d, x, variant, False, out)
    if out is not None and "q1" in out:
        out["x"] = x
        r = np.append(r, 100 * dS_dx(alpha, d, out, variant))
    else:
        r = np.append(r, 10.0)
    return r


def solve_static(alpha, d, guess5, variant="free", tol=1e-9):
    """The saddle together with Parisi's condition dS/dx = 0 (the minimum over x), u = (sigma, ln dh, ln qh0b,
    logit(qh0/qh0b), ln x)."""
    def fun(u):
        return residual_static(u, alpha, d, variant, {})
    sol = root(fun, guess5, method="hybr", options=dict(xtol=tol))
    # fallbacks (the residual carries finite-difference noise ~1e-10, which can stall hybr's own Jacobian):
    # hybr with other Jacobian steps, then Levenberg-Marquardt, each from the same guess; keep the best
    for method, opts in (("hybr", dict(xtol=tol, epsfcn=1e-12)), ("hybr", dict(xtol=tol, epsfcn=1e-10)),
                         ("lm", dict(xtol=tol, ftol=1e-14))):
        if np.max(np.abs(fun(sol.x))) <= 1e-6:
            break
        sol2 = root(fun, guess5, method=method, options=opts)
        if np.max(np.abs(fun(sol2.x))) < np.max(np.abs(fun(sol.x))):
            sol = sol2
    info = {}
    res = residual_static(sol.x, alpha, d, variant, info)
    info.update(u=sol.x, res=np.max(np.abs(res)), ok=bool(np.max(np.abs(res)) < 1e-6))
    info["S"] = S_inf(alpha, d, info["x"], info["sigma"], info["dh"], info["qh0b"], info["qh0"], info["q1"],
                      info["Delta"], info["q0"], variant)
    return info


def fmt(r):
    return ("x=%.4f S=%.6f sigma=%.4f dh=%.4f qh0b=%.4f qh0=%.4f q1=%.4f Delta=%.4f q0=%.4f res=%.1e"
            % tuple([r[k] for k in ("x", "S", "sigma", "dh", "qh0b", "qh0", "q1", "Delta", "q0", "res")]))


def limit_check(alpha, d, info, ys=(8, 16, 32), step=0.05):
    """The finite-y functional (Part 1, free references) at the y -> infinity point mapped back
    (m = x/y, q0b = q1 - Delta/y, qh1 = qh0b + dh/y): y (Phi/y - S) must approach a constant (Phi = y S + O(1))."""
    out = []
    for y in ys:
        p = one_step_phi(alpha, 0.0, float(y), info["x"] / y, d, info["sigma"], info["q1"], info["q1"] - info["Delta"] / y,
                         info["q0"], info["qh0b"] + info["dh"] / y, info["qh0b"], info["qh0"], step=step)
        out.append((y, p / y, y * (p / y - info["S"])))
    return out


def part2(alpha=0.75):
    print("== Part 2: y -> infinity at fixed x = m y, alpha=%g" % alpha)
    rs = solve_inf(alpha, 0.03, 1.0, [0.3, 0.0, np.log(2.0)], rs=True)
    print("  RS (LD 3) at d=0.03: S_LD=%.6f sigma=%.4f q1=%.4f Delta=%.4f (LD 6/11: 0.0427)" % (rs["S"], rs["sigma"], rs["q1"], rs["Delta"]))
    assert rs["ok"] and abs(rs["S"] - 0.0427) < 1e-4
    # RS limits of S(x): qh0 = qh0b, q0 = q1 at any x
    for x in (0.5, 3.0):
        v = S_inf(alpha, 0.03, x, rs["sigma"], rs["dh"], rs["qh0b"], rs["qh0b"], rs["q1"], rs["Delta"], rs["q1"])
        print("  S(x=%.1f) at q0=q1, qh0=qh0b: %.12f  (RS %.12f, diff %.1e)" % (x, v, rs["S"], v - rs["S"]))
        assert abs(v - rs["S"]) < 1e-10
    # the one-step saddle at fixed x, then Parisi's minimum over x
    g = list(rs["u"]) + [0.0]
    print("  S(x) along the one-step saddle at d=0.03 (x -> 0 is RS):")
    for x in (0.5, 2.0, 4.0, 6.0):
        r = solve_inf(alpha, 0.03, x, g)
        print("    " + fmt(r))
        if r["ok"]:
            g = list(r["u"])
    u = np.array([0.3463, np.log(0.2033), np.log(0.8655), np.log(0.6335 / (0.8655 - 0.6335)), np.log(4.67)])
    res = {}
    for d in (0.03, 0.02, 0.04):
        r = solve_static(alpha, d, u)
        res[d] = r
        print("  static (dS/dx = 0) d=%.3f ok=%s %s" % (d, r["ok"], fmt(r)))
        assert r["ok"] and r["q0"] < r["q1"] - 0.05 and r["qh0"] < r["qh0b"] - 0.05   # not RS
    r = res[0.03]
    # Parisi's extremum is a minimum: S(x* +- 0.5) at their own saddles lie above S(x*)
    for dx in (-0.5, 0.5):
        rr = solve_inf(alpha, 0.03, r["x"] + dx, r["u"][:4])
        print("    S(x*%+.1f) - S(x*) = %.2e" % (dx, rr["S"] - r["S"]))
        assert rr["S"] > r["S"]
    # the y -> infinity formula against the finite-y functional (free references) at the mapped point
    for y, pv, gap in limit_check(alpha, 0.03, r, ys=(8, 16, 32)):
        print("  finite y=%d: Phi/y=%.7f  S=%.7f  Phi/y - S=%.2e" % (y, pv, r["S"], pv - r["S"]))


ANCHOR_075_003 = np.array([0.3463, np.log(0.2033), np.log(0.8655), np.log(0.6335 / (0.8655 - 0.6335)), np.log(4.67)])


def curve(alpha, ds_down=(0.025, 0.02, 0.016, 0.013, 0.011, 0.010, 0.009, 0.008), ds_up=(0.035, 0.04, 0.05)):
    """The static one-step curve S(d) at alpha (LD 17.8): continued in alpha at d = 0.03 from the alpha = 0.75 anchor
    (steps <= 0.01), then in d down and up; a failed d-step is retried through halved steps (down to 1e-4)."""
    u = ANCHOR_075_003.copy(); a = 0.75
    r = solve_static(a, 0.03, u)
    while a < alpha - 1e-12:
        a = min(alpha, a + 0.01)
        r = solve_static(a, 0.03, r["u"])
        assert r["ok"], "continuation in alpha failed at %g" % a
    out = {0.03: r}
    print("  alpha=%.4f d=0.0300 %s" % (alpha, fmt(r)), flush=True)
    for seq in (ds_down, ds_up):
        cur, d0 = r, 0.03
        for d in seq:
            step = d - d0
            while abs(step) >= 1e-4:
                t = solve_static(alpha, d0 + step, cur["u"])
                if t["ok"]:
                    cur, d0 = t, d0 + step
                    step = d - d0
                else:
                    step /= 2
            if abs(d - d0) > 1e-12:
                print("  alpha=%.4f d=%.4f failed (continuation stalled at d=%.4f)" % (alpha, d, d0), flush=True)
                break
            out[d] = cur
            print("  alpha=%.4f d=%.4f %s" % (alpha, d, fmt(cur)), flush=True)
    return out


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "curve":     # python3 ld_reference_1rsb.py curve 0.78
        curve(float(sys.argv[2]))
    else:
        part1_checks()
        part2()
