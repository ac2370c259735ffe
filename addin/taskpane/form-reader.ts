import { EngineError, PAPI_GROUPS, readNumber, requireInteger, type LocalName, type PapiGroup } from '../../engine/all';
import { inBoth, t, tBoth } from './i18n';

/**
 * The pane's one reader of typed form values. Every panel reads its fields through these functions, so a blank or
 * badly typed field is always an EngineError (INVALID_INPUT) that names the field and says what was expected, in
 * Vietnamese and English: never a NaN placeholder passed on to the engine.
 *
 * Numbers follow the engine's one rule (readNumber / requireInteger): "4,5" and "4.5" both read 4.5, a whole number
 * may group thousands ("10.000", "10,000", "10 000"), "1.234,5" reads 1234.5, hex, "5=9" and "Infinity" are refused.
 */

/** A decimal number by the engine's rule, or null when the text is blank or not a number. */
export function readDecimal(text: string): number | null {
  try {
    return readNumber(text, 'input');
  } catch {
    return null;
  }
}

/** A whole number by the engine's rule (thousands may be grouped), or null when the text is not one. */
export function readWhole(text: string): number | null {
  try {
    return requireInteger(text, 'input', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  } catch {
    return null;
  }
}

/** What a numeric field accepts. */
export interface NumberRule {
  /** the field as the pane labels it, in both languages */
  readonly field: LocalName;
  readonly whole?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** the minimum is excluded (e.g. an effort must be above 0) */
  readonly above?: boolean;
}

function expected(rule: NumberRule): LocalName {
  return inBoth((lang) => {
    const kind = t(lang, rule.whole ? 'expectWhole' : 'expectNumber');
    if (rule.min === undefined) return kind;
    if (rule.max !== undefined) return t(lang, 'expectFromTo', kind, rule.min, rule.max);
    return t(lang, rule.above ? 'expectAbove' : 'expectFrom', kind, rule.min);
  });
}

/** The error of one field: names it, quotes what was typed (or says it is blank), says what was expected. */
export function fieldError(rule: { readonly field: LocalName }, text: string, expectation: LocalName): EngineError {
  const blank = text.trim() === '';
  return new EngineError({
    code: 'INVALID_INPUT',
    input: text,
    ...inBoth((lang) =>
      blank
        ? t(lang, 'fieldBlank', rule.field[lang], expectation[lang])
        : t(lang, 'fieldInvalid', rule.field[lang], text.trim(), expectation[lang]),
    ),
  });
}

/** A required number: the value, or an INVALID_INPUT error naming the field (blank, junk, not whole, out of range). */
export function requireNumber(text: string, rule: NumberRule): number {
  const value = rule.whole ? readWhole(text) : readDecimal(text);
  const tooLow = value !== null && rule.min !== undefined && (rule.above ? value <= rule.min : value < rule.min);
  const tooHigh = value !== null && rule.max !== undefined && value > rule.max;
  if (value === null || tooLow || tooHigh) throw fieldError(rule, text, expected(rule));
  return value;
}

/** An optional number: null when blank, otherwise as `requireNumber`. */
export function optionalNumber(text: string, rule: NumberRule): number | null {
  return text.trim() === '' ? null : requireNumber(text, rule);
}

/** Numbers typed per code (effort weights, targets...): blanks are left out, anything else must satisfy the rule. */
export function numbersByCode(
  texts: Readonly<Record<string, string>>,
  rule: (code: string) => NumberRule,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, text] of Object.entries(texts)) {
    const value = optionalNumber(text, rule(code));
    if (value !== null) out[code] = value;
  }
  return out;
}

/** The rank-or-group goal fields of the target, chance and plan panels, as typed. */
export interface GoalFields {
  readonly kind: string;
  readonly rank: string;
  readonly group: string;
  readonly total?: string;
}

export type PaneGoal = { readonly rank: number } | { readonly group: PapiGroup } | { readonly total: number };

const GOAL_RANK: LocalName = tBoth('fieldGoalRank');
const GOAL_GROUP: LocalName = tBoth('targetGroup');
const GOAL_TOTAL: LocalName = tBoth('fieldGoalTotal');

/** The goal a form asks for: a whole rank from 1, one of the four groups, or (where offered) a total. */
export function readGoal(fields: GoalFields): PaneGoal {
  if (fields.kind === 'group') {
    if (!(PAPI_GROUPS as readonly string[]).includes(fields.group))
      throw fieldError({ field: GOAL_GROUP }, fields.group, tBoth('expectOneOf', PAPI_GROUPS.join(', ')));
    return { group: fields.group as PapiGroup };
  }
  if (fields.kind === 'total') return { total: requireNumber(fields.total ?? '', { field: GOAL_TOTAL, min: 0 }) };
  return { rank: requireNumber(fields.rank, { field: GOAL_RANK, whole: true, min: 1 }) };
}
