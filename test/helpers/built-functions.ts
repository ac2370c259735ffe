// The setup every test file of the =PAPI.* functions shares: the bundle built once (buildFunctionsForTests), loaded
// into a simulated Excel runtime before the file's tests (loadFunctionsHarness), and the cell error of a call. Kept
// apart from scripts/functions-harness.ts, which the benchmarks import without vitest.
import { beforeAll } from 'vitest';
import {
  buildFunctionsForTests,
  loadFunctionsHarness,
  rejectedCell,
  type CustomFunctionsError,
  type FunctionsHarness,
} from '../../scripts/functions-harness';

/**
 * Call at the top level of a test file. `h` is the harness loaded in that file's beforeAll (reading it before then
 * fails); `cellError(id, ...args)` is the CustomFunctions.Error the call rejects with (fails when it succeeds).
 */
export function builtFunctions(): {
  readonly h: FunctionsHarness;
  readonly cellError: (id: string, ...args: unknown[]) => Promise<CustomFunctionsError>;
} {
  let loaded: FunctionsHarness | undefined;
  beforeAll(async () => {
    loaded = await loadFunctionsHarness({ dir: await buildFunctionsForTests() });
  });
  const harness = (): FunctionsHarness => {
    if (!loaded) throw new Error('the functions harness is read before beforeAll loaded it');
    return loaded;
  };
  const h: FunctionsHarness = {
    call: (id, ...args) => harness().call(id, ...args),
    get ids() {
      return harness().ids;
    },
    get associated() {
      return harness().associated;
    },
    get metadata() {
      return harness().metadata;
    },
    fetches: () => harness().fetches(),
  };
  return { h, cellError: (id, ...args) => rejectedCell(harness(), id, ...args) };
}
