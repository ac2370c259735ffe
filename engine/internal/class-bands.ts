import { EngineError } from '../errors';
import { message, type MessageId, type MessageParams } from '../i18n/messages';
import { SCORE_EPSILON } from '../scoring/score-order';

/** One class: its label and the least index % that earns it (null = every index below the previous band). */
export interface ClassBand {
  readonly label: string;
  readonly min: number | null;
}

export interface ClassRule {
  readonly bands: readonly ClassBand[];
  /** the top class also needs every area at this % of its applicable maximum or more (null = no floor) */
  readonly topAreaFloor: number | null;
}

/** The sample bands (Xuất sắc >= 90, Tốt >= 80, Khá >= 70, Trung bình >= 50, Yếu): a default to override, not a rule. */
export const DEFAULT_CLASSES = 'Xuất sắc>=90,Tốt>=80,Khá>=70,Trung bình>=50,Yếu';

/**
 * Reads class bands `label>=min,...,label` (comma or semicolon separated), highest first; the last band may have no
 * threshold (everything below). Thresholds are index % in [0, 100] and strictly decreasing.
 *
 * @example parseClassBands('Tốt>=80;Khá>=65;Yếu').bands[1] // => { label: 'Khá', min: 65 }
 */
export function parseClassBands(text: string, topAreaFloor: number | null = null, input = text): ClassRule {
  const fail = <K extends MessageId>(reason: K, params: MessageParams[K]): never => {
    throw new EngineError({
      code: 'INVALID_INPUT',
      input,
      ...message('classBandsInvalid', { text, example: DEFAULT_CLASSES, reason: message(reason, params) }),
    });
  };
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) fail('classBandsEmpty', {});
  const bands = parts.map((part, i): ClassBand => {
    const match = /^(.+?)\s*>=\s*([\d.]+)\s*%?$/.exec(part);
    if (!match) {
      if (i < parts.length - 1 || part.includes('>') || part.includes('=')) fail('classBandForm', { part });
      return { label: part, min: null };
    }
    const min = Number(match[2]);
    if (!(min >= 0 && min <= 100)) fail('classThresholdRange', { threshold: match[2]! });
    return { label: match[1]!, min };
  });
  for (let i = 1; i < bands.length; i++) {
    if (bands[i]!.min !== null && !(bands[i]!.min! < bands[i - 1]!.min!)) fail('classThresholdsOrder', {});
  }
  if (new Set(bands.map((b) => b.label)).size < bands.length) fail('classLabelRepeated', {});
  if (topAreaFloor !== null && !(topAreaFloor > 0 && topAreaFloor <= 100))
    fail('classAreaFloorRange', { floor: topAreaFloor });
  return { bands, topAreaFloor };
}

/**
 * The class of an index %: the first band whose threshold it reaches (to SCORE_EPSILON); the top class also needs every area %
 * at the floor or above, else the unit gets the next band it reaches. null = no band (or a missing index).
 *
 * @example classOf(parseClassBands('Xuất sắc>=90,Tốt>=80,Yếu', 85), 92, [95, 84]) // => 'Tốt'
 */
export function classOf(rule: ClassRule, percent: number | null, areaPercents: readonly number[] = []): string | null {
  if (percent === null) return null;
  const floorMet = rule.topAreaFloor === null || areaPercents.every((a) => a >= rule.topAreaFloor! - SCORE_EPSILON);
  for (let i = 0; i < rule.bands.length; i++) {
    const band = rule.bands[i]!;
    if (band.min !== null && percent < band.min - SCORE_EPSILON) continue;
    if (i === 0 && !floorMet) continue;
    return band.label;
  }
  return null;
}

/**
 * The least index % that earns a class (ignoring the area floor), or null when the label is not a band.
 *
 * @example classThreshold(parseClassBands('Tốt>=80,Yếu'), 'Yếu') // => 0
 */
export function classThreshold(rule: ClassRule, label: string): number | null {
  const i = rule.bands.findIndex((b) => b.label === label);
  if (i < 0) return null;
  return rule.bands[i]!.min ?? 0;
}
