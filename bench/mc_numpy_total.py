"""Reference: the rank Monte Carlo of engine/simulation in vectorised NumPy, as an analyst would write it: one draw per province on the TOTAL,
ranks of all provinces, rank histogram per province. Same work as rankDistributions for one year (2019, 63 provinces); prints seconds for N
iterations.
Usage, from the project root: python3 bench/mc_numpy_total.py [iterations] [data/papi folder]
On this machine kind, unset OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for this command alone (env -u ...).
Started as a copy of the shared reference (../shared/bench/mc_numpy_total.py); since issue 20 it implements the engine's
model (change-pool.ts): no look-ahead (only changes t -> t + 1 with t + 1 <= the field year, of the field's methodology
and, rescaled by the ratio of the spreads of totals, of the methodology before it); per iteration one year-wide shift
(a past year's mean change, less the mean of those) for all, plus mean reversion (within-year least-squares slope on the distance from the
year's mean) and a residual per province; no sampling noise added on top of the drawn changes (they contain it). Every
province moves here (a whole year's ranking), so no shift is weighted by an asked province's own change (the engine
does that for one asked province, shiftPosterior in change-pool.ts).
(bench/monte-carlo.ts runs it with those two variables removed from its environment). The time printed is measured
inside the script (time.perf_counter around the simulation loop): Python start-up, imports, CSV reading and the pool's
fit are not in it."""
import csv, sys, time, os
from functools import lru_cache
import numpy as np
DATA = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.getcwd(), 'data', 'papi')

def dims_of(year):
    return [f'd{i}' for i in range(1, 9 if year >= 2018 else 7)]

@lru_cache(maxsize=None)
def load(year):
    dims = dims_of(year)
    rows = [r for r in csv.DictReader(open(os.path.join(DATA, f'papi_{year}_dimensions.csv'), encoding='utf-8')) if all(r.get(d) for d in dims)]
    return [r['province'] for r in rows], np.array([sum(float(r[d]) for d in dims) for r in rows])

def pairs(years, scale=1.0):
    out = []  # (changes, distances) per year pair
    for a, b in zip(years, years[1:]):
        pa, xa = load(a); pb, xb = load(b); ib = {p: i for i, p in enumerate(pb)}
        keep = [i for i, p in enumerate(pa) if p in ib]
        before = xa[keep]; after = np.array([xb[ib[pa[i]]] for i in keep])
        out.append(((after - before) * scale, (before - before.mean()) * scale))
    return out

def pool(year, centred=True):
    """The engine's pool of a field year: year shifts (less their mean when centred), reversion slope, residuals. From
    2018 (8 dimensions) the pairs of 2011-2017 are borrowed, rescaled by the ratio of the spreads of totals."""
    if year >= 2018:
        scale = load(year)[1].std(ddof=1) / load(2017)[1].std(ddof=1)
        ps = pairs(list(range(2011, 2018)), scale) + pairs(list(range(2018, year + 1)))
    else:
        ps = pairs(list(range(2011, year + 1)))
    shifts = np.array([c.mean() for c, _ in ps])
    dev = np.concatenate([c - c.mean() for c, _ in ps]); dist = np.concatenate([d for _, d in ps])
    reversion = (dev * dist).sum() / (dist * dist).sum()
    residuals = dev - reversion * dist
    return (shifts - shifts.mean() if centred else shifts), reversion, residuals

def main(n=100_000, year=2019, seed=1, chunk=10_000):
    provs, tot = load(year)
    shifts, reversion, residuals = pool(year)
    P = len(tot)
    base = tot + reversion * (tot - tot.mean())
    rng = np.random.default_rng(seed)
    hist = np.zeros((P, P), dtype=np.int64)
    t0 = time.perf_counter()
    for s in range(0, n, chunk):
        m = min(chunk, n - s)
        v = base + shifts[rng.integers(0, len(shifts), size=(m, 1))] + residuals[rng.integers(0, len(residuals), size=(m, P))]
        order = np.argsort(-v, axis=1)
        r = np.empty_like(order); np.put_along_axis(r, order, np.broadcast_to(np.arange(P), (m, P)), axis=1)
        np.add.at(hist, (np.broadcast_to(np.arange(P), (m, P)).ravel(), r.ravel()), 1)
    dt = time.perf_counter() - t0
    print(f'numpy total-draw MC (year shift + reversion + residual): {n} x {P} provinces in {dt:.3f} s; pool {len(residuals)} changes, {len(shifts)} years, reversion {reversion:.3f}')

if __name__ == '__main__':
    main(n=int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
