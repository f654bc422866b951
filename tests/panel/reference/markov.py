# Reference values for tests/panel/markov.cpp: giddy's homogeneity test re-implemented in
# numpy, mean first passage times by per-target linear solves (not Kemeny-Snell's formula
# the library uses), the steady state from numpy's eigenvectors, chi-squared p-values and
# Kendall's tau-b from scipy.
# Run: /usr/bin/python3 tests/panel/reference/markov.py
import numpy as np
from scipy import stats


def homogeneity(Ms):  # as giddy's Homogeneity_Results._homogeneity (dof with giddy's formula)
    M = np.array(Ms, float)
    Tp = M.sum(0)
    ni = Tp.sum(1)
    p = Tp / np.where(ni > 0, ni, 1)[:, None]
    Q, LR, b = 0.0, 0.0, np.zeros(len(Tp))
    for N in M:
        nr = N.sum(1)
        b += nr > 0
        pm = N / np.where(nr > 0, nr, 1)[:, None]
        Q += (nr[:, None] * (pm - p) ** 2 / np.where(p > 0, p, 1)).sum()
        mask = (N > 0) & (p > 0)
        LR += (N[mask] * np.log(pm[mask] / p[mask])).sum()
    A = (Tp > 0).sum(1)
    return Q, 2 * LR, int(((b - 1) * (A - 1)).sum())


def mfpt(P):
    k = len(P)
    M = np.zeros((k, k))
    for j in range(k):
        idx = [i for i in range(k) if i != j]
        m = np.linalg.solve(np.eye(k - 1) - P[np.ix_(idx, idx)], np.ones(k - 1))
        M[idx, j] = m
        M[j, j] = 1 + P[j, idx] @ m
    return M


T = np.array([[729, 71, 1, 0, 0], [72, 567, 80, 3, 0], [0, 81, 631, 86, 2], [0, 3, 86, 573, 56], [0, 0, 1, 57, 741.]])
P = T / T.sum(1, keepdims=True)
v, d = np.linalg.eig(P.T)
s = np.abs(d[:, np.argmax(v.real)].real)
print("steady state", (s / s.sum()).tolist())
print("shorrocks", (5 - np.trace(P)) / 4)
M = mfpt(P)
print("mfpt row 0", M[0].tolist(), "row 4", M[4].tolist())

R1 = [[10, 5, 0], [3, 12, 5], [0, 4, 6]]
R2 = [[4, 6, 1], [6, 8, 2], [0, 0, 0]]
Q, LR, dof = homogeneity([R1, R2])
print("homogeneity", repr(Q), repr(LR), dof, repr(stats.chi2.sf(Q, dof)), repr(stats.chi2.sf(LR, dof)))
R3 = [[2, 1, 0, 0], [1, 3, 1, 0], [0, 1, 2, 0], [0, 0, 0, 0]]
R4 = [[1, 2, 0, 0], [0, 2, 2, 0], [1, 0, 3, 0], [0, 0, 0, 0]]
Q, LR, dof = homogeneity([R3, R4])
print("empty pooled row (giddy dof)", repr(Q), repr(LR), dof,
      "p with 5 dof", repr(stats.chi2.sf(Q, 5)), repr(stats.chi2.sf(LR, 5)))
for x, k in [(3.84145882069412, 1), (200.624, 60), (0.5, 3), (30.0, 10), (1e-3, 2), (150.0, 4),
             (5000.0, 4900), (2.0, 2), (60.0, 60), (1e-8, 7)]:
    print("chi2.sf", x, k, repr(stats.chi2.sf(x, k)))
x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
y = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4]
print("tau", repr(stats.kendalltau(x, y).statistic),
      repr(stats.kendalltau([1, 2, 3, 4, 5, 6, 7, 8], [1, 3, 2, 4, 6, 5, 8, 7]).statistic))
