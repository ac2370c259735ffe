// Its own file: the kernel module is compiled once per realm, so this must run before anything compiles it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRankRun, isEngineError } from '../../../engine/all';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the WebAssembly rank kernel, refused by the page', () => {
  it("says in both languages that the page must allow 'wasm-unsafe-eval', with the runtime's reason", () => {
    vi.spyOn(WebAssembly, 'Module').mockImplementation(function refused() {
      throw new WebAssembly.CompileError('Refused to compile or instantiate WebAssembly module');
    });
    const model = {
      totals: Float64Array.of(2, 1),
      noise: new Float64Array(2),
      moves: new Uint8Array(2),
      changes: new Float64Array(0),
      steps: 1,
    };
    let caught: unknown = null;
    try {
      createRankRun(model, { iterations: 10, seed: 1, target: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isEngineError(caught) && caught.code).toBe('UNSUPPORTED');
    expect(isEngineError(caught) && caught.en).toMatch(/'wasm-unsafe-eval'.*Content-Security-Policy/);
    expect(isEngineError(caught) && caught.vi).toMatch(/Không nạp được.*wasm-unsafe-eval/);
    expect(isEngineError(caught) && caught.en).toContain('Refused to compile');
    vi.restoreAllMocks();
    // once allowed, the same realm compiles it (nothing cached from the refusal)
    const run = createRankRun(model, { iterations: 10, seed: 1, target: 0 });
    expect(run.step(10)).toBe(10);
  });
});
