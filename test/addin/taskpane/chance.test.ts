import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, papiUnitsView, rankChance, type ChanceQuery } from '../../../engine';
import { fieldWorkers, startChance, type WorkerFactory } from '../../../addin/taskpane/chance/chance-client';
import type { FromWorker, ToWorker } from '../../../addin/taskpane/chance/protocol';
import { handleChanceMessage, runChance } from '../../../addin/taskpane/chance/run-chance';
import { dataFiles, dataset } from '../../helpers/published';

const query: ChanceQuery = {
  year: 2019,
  province: 'An Giang',
  goal: { rank: 15 },
  iterations: 1000,
  seed: 7,
  changes: [{ province: 'An Giang', measure: 'd3', add: 1 }],
};

describe('chance runner (the worker body)', () => {
  it('posts progress every chunk and a result equal to rankChance', () => {
    const messages: FromWorker[] = [];
    const result = runChance(dataset, query, (m) => messages.push(m), 300);
    expect(messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : -1))).toEqual([
      0, 300, 600, 900, 1000,
    ]);
    expect(messages.at(-1)).toEqual({ type: 'result', result });
    expect(result).toEqual(rankChance(dataset, query));
  });

  it('posts an engine error as plain bilingual data', () => {
    const messages: FromWorker[] = [];
    expect(runChance(dataset, { ...query, province: 'Quang Tri x' }, (m) => messages.push(m))).toBeNull();
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(message.type).toBe('error');
    if (message.type !== 'error') return;
    expect(message.error.code).toBe('UNKNOWN_PROVINCE');
    expect(message.error.suggestions).toContain('Quảng Trị');
    expect(structuredClone(message)).toEqual(message);
  });
});

/**
 * A worker in the same thread: runs the query on postMessage, delivering messages asynchronously like a real one. Its
 * data is the published dataset, plus the year files a message carries (as the real worker adds them to the deployed
 * files).
 */
function inlineWorker(log: string[]): WorkerFactory {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
      onerror: null,
      terminated: false,
      async postMessage(message: ToWorker) {
        log.push(message.type);
        const queue: FromWorker[] = [];
        // what the real worker does with the message (structured clone, as postMessage copies it)
        await handleChanceMessage(
          structuredClone(message),
          async (yearFiles) =>
            Object.keys(yearFiles).length === 0 ? dataset : loadDataset({ ...dataFiles, ...yearFiles }),
          (m) => queue.push(structuredClone(m)),
        );
        const deliver = () => {
          const next = queue.shift();
          if (!next || worker.terminated) return;
          worker.onmessage?.({ data: next } as MessageEvent<FromWorker>);
          setTimeout(deliver, 0);
        };
        setTimeout(deliver, 0);
      },
      terminate() {
        log.push('terminate');
        worker.terminated = true;
      },
    };
    return worker as unknown as Worker;
  };
}

describe('chance client (the pane side)', () => {
  it('relays progress and the result, then terminates the worker', async () => {
    const log: string[] = [];
    const progress: number[] = [];
    const result = await new Promise((resolve, reject) => {
      startChance(
        query,
        { progress: (done) => progress.push(done), result: resolve, error: reject },
        inlineWorker(log),
        250,
      );
    });
    expect(progress).toEqual([0, 250, 500, 750, 1000]);
    expect(result).toEqual(rankChance(dataset, query));
    expect(log).toEqual(['start', 'terminate']);
  });

  it('cancel terminates the worker and nothing is reported afterwards', async () => {
    const log: string[] = [];
    const seen: string[] = [];
    const handle = startChance(
      query,
      {
        progress: (done) => {
          seen.push(`progress ${done}`);
          if (done >= 200) handle.cancel();
        },
        result: () => seen.push('result'),
        error: () => seen.push('error'),
      },
      inlineWorker(log),
      100,
    );
    // wait for the cancel (however loaded the machine), then a while more: nothing may follow it
    await vi.waitFor(() => expect(log).toContain('terminate'), { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['progress 0', 'progress 100', 'progress 200']);
    expect(log).toEqual(['start', 'terminate']);
  });
});

describe('chance client on several workers (navigator.hardwareConcurrency)', () => {
  const run = (workers: number, log: string[], progress: number[]) =>
    new Promise((resolve, reject) => {
      startChance(
        { ...query, iterations: 7500 },
        { progress: (done) => progress.push(done), result: resolve, error: (e) => reject(new Error(e.en)) },
        inlineWorker(log),
        500,
        workers,
      );
    });

  it('1, 2 and 3 workers give the same result, equal to rankChance; progress rises to the total', async () => {
    const expected = rankChance(dataset, { ...query, iterations: 7500 });
    for (const workers of [1, 2, 3]) {
      const log: string[] = [];
      const progress: number[] = [];
      expect(await run(workers, log, progress)).toEqual(expected);
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(7500);
      expect(progress.every((d, i) => i === 0 || d >= progress[i - 1]!)).toBe(true);
      // one worker runs the query; with more, one plans and the run is split in whole-block shares over `workers`
      if (workers === 1) expect(log).toEqual(['start', 'terminate']);
      else {
        expect(log.filter((m) => m === 'plan')).toHaveLength(1);
        expect(log.filter((m) => m === 'share')).toHaveLength(Math.min(8, workers * 4));
        expect(log.filter((m) => m === 'terminate')).toHaveLength(workers);
      }
    }
  });

  it('cancel terminates every worker and nothing is reported afterwards', async () => {
    const log: string[] = [];
    const seen: string[] = [];
    const handle = startChance(
      { ...query, iterations: 20_000 },
      {
        progress: (done) => {
          seen.push('progress');
          if (done >= 1000) handle.cancel();
        },
        result: () => seen.push('result'),
        error: () => seen.push('error'),
      },
      inlineWorker(log),
      250,
      3,
    );
    await vi.waitFor(() => expect(log.filter((m) => m === 'terminate')).toHaveLength(3), { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).not.toContain('result');
    expect(seen).not.toContain('error');
    const after = seen.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.length).toBe(after);
    expect(log.filter((m) => m === 'terminate')).toHaveLength(3);
  });
});

describe('chance on the 2025 units (the pane switch)', () => {
  const units2024: ChanceQuery = { year: 2024, province: 'An Giang', goal: { rank: 25 }, iterations: 1000, seed: 7 };
  const run = (on: () => boolean, workers: number, log: string[] = []) =>
    new Promise<unknown>((resolve, reject) => {
      startChance(
        units2024,
        { progress: () => {}, result: resolve, error: reject },
        fieldWorkers(inlineWorker(log), () => ({ units: on(), yearFiles: {} })),
        250,
        workers,
      );
    });

  it('a run started with the switch on is about the new An Giang among the 34 units, with one worker or several', async () => {
    const expected = rankChance(papiUnitsView(dataset), units2024);
    expect(await run(() => true, 1)).toEqual(expected);
    expect(await run(() => true, 2)).toEqual(expected);
    expect(expected).not.toEqual(rankChance(dataset, units2024));
  });

  it('with the switch off the same query is about the former An Giang', async () => {
    expect(await run(() => false, 1)).toEqual(rankChance(dataset, units2024));
  });
});

describe('chance on a year a planner added in the pane', () => {
  const year2025 = {
    'papi/papi_2025_dimensions.csv': readFileSync(
      join(import.meta.dirname, '../../fixtures/papi_2025_dimensions_SYNTHETIC_34_units.csv'),
      'utf8',
    ),
  };
  const query2025: ChanceQuery = { year: 2025, province: 'An Giang', goal: { rank: 10 }, iterations: 1000, seed: 7 };
  const run = (yearFiles: Record<string, string>, workers: number) =>
    new Promise<unknown>((resolve, reject) => {
      startChance(
        query2025,
        { progress: () => {}, result: resolve, error: (e) => reject(new Error(e.en)) },
        fieldWorkers(inlineWorker([]), () => ({ units: true, yearFiles })),
        250,
        workers,
      );
    });

  it('the workers get the added year files with the query (2025 units switch on), with one worker or several', async () => {
    const expected = rankChance(papiUnitsView(loadDataset({ ...dataFiles, ...year2025 })), query2025);
    expect(await run(year2025, 1)).toEqual(expected);
    expect(await run(year2025, 2)).toEqual(expected);
  });

  it('without them the year is unknown to the workers (what the pane did before)', async () => {
    await expect(run({}, 1)).rejects.toThrow('No PAPI data for 2025');
  });
});
