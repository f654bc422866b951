# Reference values for tests/spatial/markov.cpp: a numpy re-implementation of the spatial
# Markov chain as giddy's Spatial_Markov computes it (classes by each period's quantiles,
# mapclassify's boundary rule: class = number of cut points below the value; lags by
# row-standardised weights) and of giddy's homogeneity test, on a 3 x 3 rook lattice.
# Run: /usr/bin/python3 tests/spatial/reference/spatial_markov.py
import numpy as np
from scipy import stats

# The values (drawn once with np.random.default_rng(7).integers(1, 10, size=(9, 4))).
y = np.array([[9, 6, 7, 9], [6, 7, 8, 3], [1, 3, 3, 8], [9, 1, 5, 8], [2, 8, 2, 5],
              [8, 3, 4, 3], [7, 3, 9, 5], [5, 5, 6, 5], [5, 9, 8, 8]], float)
n, T = y.shape
W = np.zeros((n, n))
for r in range(3):
    for c in range(3):
        for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            if 0 <= r + dr < 3 and 0 <= c + dc < 3:
                W[3 * r + c, 3 * (r + dr) + c + dc] = 1
W /= W.sum(1, keepdims=True)
L = W @ y


def classes(col, k):
    cuts = np.percentile(col, [100 * j / k for j in range(1, k)])
    return np.searchsorted(cuts, col, side="left")


def homogeneity(Ms):
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


k = 3
C = np.column_stack([classes(y[:, t], k) for t in range(T)])
LC = np.column_stack([classes(L[:, t], k) for t in range(T)])
Tm = np.zeros((k, k, k))
for t in range(T - 1):
    for i in range(n):
        Tm[LC[i, t], C[i, t], C[i, t + 1]] += 1
print("classes", C.tolist())
print("lag classes", LC.tolist())
print("lag cut points, period 0", np.percentile(L[:, 0], [100 / 3, 200 / 3]).tolist())
print("conditional counts", Tm.astype(int).tolist())
Q, LR, dof = homogeneity(Tm)
print("Q", repr(Q), "LR", repr(LR), "dof", dof, "p", repr(stats.chi2.sf(Q, dof)), repr(stats.chi2.sf(LR, dof)))
