import { describe, expect, it } from 'vitest';
import { rankChance, type ChanceQuery } from '../../../engine';
import { startChance, type WorkerFactory } from '../../../addin/taskpane/chance/chance-client';
import type { FromWorker, ToWorker } from '../../../addin/taskpane/chance/protocol';
import { runChance } from '../../../addin/taskpane/chance/run-chance';
import { dataset } from '../../helpers/published';

const query: ChanceQuery = { year: 2019, province: 'An Giang', goal: { rank: 15 }, iterations: 1000, seed: 7, changes: [{ province: 'An Giang', measure: 'd3', add: 1 }] };

describe('chance runner (the worker body)', () => {
  it('posts progress every chunk and a result equal to rankChance', () => {
    const messages: FromWorker[] = [];
    const result = runChance(dataset, query, (m) => messages.push(m), 300);
    expect(messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : -1))).toEqual([0, 300, 600, 900, 1000]);
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

/** A worker in the same thread: runs the query on postMessage, delivering messages asynchronously like a real one. */
function inlineWorker(log: string[]): WorkerFactory {
  return () => {
    const worker = {
      onmessage: null as ((event: MessageEvent<FromWorker>) => void) | null,
      onerror: null,
      terminated: false,
      postMessage(message: ToWorker) {
        log.push('start');
        const queue: FromWorker[] = [];
        runChance(dataset, message.query, (m) => queue.push(m), message.chunk);
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
      startChance(query, { progress: (done) => progress.push(done), result: resolve, error: reject }, inlineWorker(log), 250);
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
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['progress 0', 'progress 100', 'progress 200']);
    expect(log).toEqual(['start', 'terminate']);
  });
});
