"""Reference: the rank Monte Carlo of engine/simulation in vectorised NumPy, as an analyst would write it: one draw per province on the TOTAL (empirical total
year-on-year change + normal sampling noise), ranks of all provinces, rank histogram per province.
Same work as rankDistributions for one year (2019, 63 provinces); prints seconds for N iterations.
Usage, from the project root: python3 bench/mc_numpy_total.py [iterations] [data/papi folder]
On this machine kind, unset OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for this command alone (env -u ...).
Copied unchanged (apart from this docstring) from the shared reference into the project for `npm run bench`
(bench/monte-carlo.ts runs it with those two variables removed from its environment). The time printed is measured
inside the script (time.perf_counter around the simulation loop): Python start-up, imports and CSV reading are not in it."""
import csv, sys, time, os
import numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.getcwd(), 'data', 'papi')
DIMS = [f'd{i}' for i in range(1, 9)]

def load(year):
    rows = [r for r in csv.DictReader(open(os.path.join(DATA, f'papi_{year}_dimensions.csv'), encoding='utf-8')) if all(r[d] for d in DIMS)]
    return [r['province'] for r in rows], np.array([sum(float(r[d]) for d in DIMS) for r in rows])

def changes(years):
    out = []
    for a, b in zip(years, years[1:]):
        pa, xa = load(a); pb, xb = load(b); ib = {p: i for i, p in enumerate(pb)}
        out += [xb[ib[p]] - xa[i] for i, p in enumerate(pa) if p in ib]
    return np.array(out)

def main(n=100_000, year=2019, seed=1, chunk=10_000):
    provs, tot = load(year)
    ch = changes([2018, 2019, 2020]) if year <= 2020 else changes(list(range(2021, year + 1)))
    P = len(tot); se = np.full(P, 0.25)
    rng = np.random.default_rng(seed)
    hist = np.zeros((P, P), dtype=np.int64)
    t0 = time.perf_counter()
    for s in range(0, n, chunk):
        m = min(chunk, n - s)
        v = tot + ch[rng.integers(0, len(ch), size=(m, P))] + rng.standard_normal((m, P)) * se
        order = np.argsort(-v, axis=1)
        r = np.empty_like(order); np.put_along_axis(r, order, np.broadcast_to(np.arange(P), (m, P)), axis=1)
        np.add.at(hist, (np.broadcast_to(np.arange(P), (m, P)).ravel(), r.ravel()), 1)
    dt = time.perf_counter() - t0
    print(f'numpy total-draw MC: {n} x {P} provinces in {dt:.3f} s')

if __name__ == '__main__':
    main(n=int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
