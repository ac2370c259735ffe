"""How the rank chance's model was chosen (issue 20): an exact back-test of model variants, independent of the engine.

Usage, from the project root: python3 bench/forecast_variants.py [data/papi folder]

For every field year Y and province P with a total in Y and Y + 1, P's actual Y + 1 total is compared with the other
provinces of Y moved one year: a year-wide shift (one of the pool's past year means, all equally likely, or weighted by
P's own change) + reversion x distance from the field's mean + a residual from the pool (the engine's pool, no
look-ahead: changes up to Y, the earlier methodology's rescaled). The rank distribution is computed exactly (for each
shift, the count of others above P is a sum of independent Bernoulli draws), so the variants differ by their model
only, with no Monte Carlo noise. Totals are sums of the dimensions here (the engine ranks the published totals: its
figures differ in the third decimal). The variants were scored on field years 2014-2018 (the earlier methodology) and
the one chosen there (lowest mean Brier with coverage of [P5, P95] in [0.87, 0.93]) was then run on 2019-2023.
"""
import os, sys
import numpy as np

import mc_numpy_total as reference  # the project's NumPy reference: its data loading and pool fit, shared

reference.DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.getcwd(), 'data', 'papi')
load, pool = reference.load, reference.pool
EARLY, TEST = [2014, 2015, 2016, 2018], [2019, 2020, 2021, 2022, 2023]


def above_counts(p):
    """Distribution of the number of successes of independent Bernoulli(p[s, j]) per row s."""
    d = np.zeros((p.shape[0], p.shape[1] + 1))
    d[:, 0] = 1
    for j in range(p.shape[1]):
        pj = p[:, j:j + 1]
        d[:, 1:] = d[:, 1:] * (1 - pj) + d[:, :-1] * pj
        d[:, 0] *= 1 - p[:, j]
    return d


def cases(y, centred, weighted, reversion_scale=1.0):
    shifts, reversion, residuals = pool(y, centred)
    reversion *= reversion_scale
    spread = residuals.std()
    ordered = np.sort(residuals)
    codes, totals = load(y)
    next_codes, next_totals = load(y + 1)
    at = {c: i for i, c in enumerate(next_codes)}
    out = []
    for i, code in enumerate(codes):
        if code not in at:
            continue
        x = next_totals[at[code]]
        field = totals.copy()
        field[i] = x
        others = np.delete(totals, i)
        base = others + reversion * (others - field.mean())
        w = np.ones(len(shifts))
        if weighted:
            w = np.exp(-0.5 * ((x - totals[i] - shifts - reversion * (totals[i] - totals.mean())) / spread) ** 2)
        w /= w.sum()
        p = 1 - np.searchsorted(ordered, x - base[None, :] - shifts[:, None], side='right') / len(ordered)
        cdf = np.cumsum((above_counts(p) * w[:, None]).sum(0))  # cdf[r - 1] = P(rank <= r)
        out.append(dict(p5=1 + int(np.searchsorted(cdf, 0.05 - 1e-12)), p95=1 + int(np.searchsorted(cdf, 0.95 - 1e-12)),
                        actual=1 + int((next_totals > x + 1e-9).sum()), prob={k: cdf[k - 1] for k in (10, 20, 32)},
                        change=x - totals[i]))
    return out


def score(rows):
    coverage = np.mean([r['p5'] <= r['actual'] <= r['p95'] for r in rows])
    brier = np.mean([np.mean([(r['prob'][k] - (r['actual'] <= k)) ** 2 for r in rows]) for k in (10, 20, 32)])
    return coverage, brier


VARIANTS = [
    ('shift: past year means (before)', dict(centred=False, weighted=False)),
    ('shift centred', dict(centred=True, weighted=False)),
    ('shift centred, reversion x0.5', dict(centred=True, weighted=False, reversion_scale=0.5)),
    ('shift weighted by own change', dict(centred=False, weighted=True)),
    ('shift centred + weighted (chosen)', dict(centred=True, weighted=True)),
]

if __name__ == '__main__':
    print(f"{'variant':36s} {'2014-2018 coverage':>18s} {'Brier':>7s}   {'2019-2023 coverage':>18s} {'Brier':>7s}")
    for name, v in VARIANTS:
        early = score([r for y in EARLY for r in cases(y, **v)])
        test = score([r for y in TEST for r in cases(y, **v)])
        print(f'{name:36s} {early[0]:18.3f} {early[1]:7.4f}   {test[0]:18.3f} {test[1]:7.4f}')
    print()
    print('Field years 2014-2023 by the province\'s own change: mean predicted P(rank <= K), K = 10, 20, 32, and the share that came true')
    for name, v in [VARIANTS[1], VARIANTS[4]]:
        rows = [r for y in EARLY + TEST for r in cases(y, **v)]
        for low, high, label in [(-99, -1.5, 'fell 1.5+ points'), (-1.5, 1.5, 'within 1.5'), (1.5, 99, 'rose 1.5+ points')]:
            group = [r for r in rows if low <= r['change'] < high]
            predicted = np.mean([[r['prob'][k] for k in (10, 20, 32)] for r in group])
            observed = np.mean([[r['actual'] <= k for k in (10, 20, 32)] for r in group])
            print(f'  {name:36s} {label:17s} {len(group):4d} cases  predicted {predicted:.3f}  came true {observed:.3f}')
