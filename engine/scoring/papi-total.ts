import { shippedDefinitions, topComponents } from '../definitions/catalog';
import type { IndexDefinition } from '../definitions/index-definition';
import { EngineError } from '../errors';
import { message } from '../i18n/messages';

/**
 * The aggregate PAPI score from dimension scores, by the published rule: each dimension scaled by its weight in the
 * definition and summed (every PAPI weight is 1, so the published aggregate is the unweighted sum). A missing
 * dimension makes the total missing (null), as in the published files, never a sum of the rest.
 *
 * With `definitionId` (e.g. 'papi-2018') the scores must be that methodology's dimensions in order (6 before 2018,
 * 8 from 2018) and within each dimension's bounds; without it they are summed as given.
 *
 * @example papiTotal([5, 5, 5, 5, 5, 5, 5, 5.5], 'papi-2021-') // => 40.5
 * @example papiTotal([5, null, 5]) // => null
 */
export function papiTotal(scores: readonly (number | null)[], definitionId?: string | null): number | null {
  const definition = definitionId ? papiDefinition(definitionId) : null;
  const dimensions = definition ? topComponents(definition) : null;
  if (scores.length === 0 || (dimensions !== null && scores.length !== dimensions.length)) {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input: JSON.stringify(scores),
      ...message('papiScoreCount', {
        expected: dimensions?.length ?? null,
        definition: definition ? ` (${definition.id})` : '',
        got: scores.length,
      }),
    });
  }
  let total = 0;
  let missing = false;
  scores.forEach((score, i) => {
    if (score === null) {
      missing = true;
      return;
    }
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      throw new EngineError({
        code: 'INVALID_INPUT',
        input: String(score),
        ...message('scoreNotNumber', { position: i + 1, score: String(score) }),
      });
    }
    const dimension = dimensions?.[i];
    if (dimension && (score < dimension.min || (dimension.max !== null && score > dimension.max))) {
      throw new EngineError({
        code: 'OUT_OF_RANGE',
        input: String(score),
        ...message('scoreOutOfRange', {
          measure: dimension.code.toUpperCase(),
          score,
          min: dimension.min,
          max: dimension.max,
        }),
      });
    }
    total += score * (dimension?.weight ?? 1);
  });
  return missing ? null : total;
}

function papiDefinition(id: string): IndexDefinition {
  const found = shippedDefinitions.find((d) => d.index === 'papi' && d.id === id);
  if (found) return found;
  const known = shippedDefinitions
    .filter((d) => d.index === 'papi')
    .map((d) => d.id)
    .join(', ');
  throw new EngineError({ code: 'INVALID_INPUT', input: id, ...message('papiMethodologyUnknown', { id, known }) });
}
