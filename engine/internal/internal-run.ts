import type { LocalName } from '../definitions/index-definition';
import type { Bilingual } from '../i18n/catalogue';
import { message } from '../i18n/messages';
import { DEFAULT_CLASSES, parseClassBands, type ClassRule } from './class-bands';
import type { CriteriaSet } from './criteria-set';
import type { ScoreSheet } from './score-entries';
import { internalResults, type InternalResults } from './unit-results';
import type { InternalUnit } from './units';
import { unitRounds, type UnitRounds } from './rounds';

/**
 * The class rule of a set, the same for every caller: among the bands given (`kind:bands` applies to the set's kind
 * only, plain bands to every kind; the last plain one wins), else the set's own `# classes:`, else DEFAULT_CLASSES;
 * the top-class area floor given, else the set's `# top_floor:` (undefined = the set's; null = none).
 *
 * @example internalClassRule(parseCriteriaSet({ file: 'c.csv', text: '# kind: xa\n# top_floor: 95\ncode,parent,name_vi,max,source\n1,,A,100,appraised' }), ['xa:Tốt>=80,Yếu']).topAreaFloor // => 95
 */
export function internalClassRule(
  set: CriteriaSet,
  given: readonly string[] = [],
  topFloor?: number | null,
): ClassRule {
  const bands = given.map((g) => g.trim()).filter((g) => g !== '');
  const forKind = bands.find((g) => set.kind !== null && g.startsWith(`${set.kind}:`));
  const general = bands.filter((g) => !/^[a-z_]+:/.test(g)).at(-1);
  const text = forKind?.slice(set.kind!.length + 1) ?? general ?? set.classes ?? DEFAULT_CLASSES;
  return parseClassBands(
    text,
    topFloor === undefined ? set.topAreaFloor : topFloor,
    forKind ?? general ?? `${set.file} # classes`,
  );
}

/** The names of the usual ranking groups, for a units file without `group_vi` (a code never shows as a name). */
const GROUP_NAMES: Readonly<Record<string, LocalName>> = {
  so_ban_nganh: { vi: 'Sở, ban, ngành', en: 'Departments and agencies' },
  phuong: { vi: 'Phường', en: 'Wards' },
  xa: { vi: 'Xã', en: 'Communes' },
  xa_dac_khu: { vi: 'Xã, đặc khu', en: 'Communes and special zones' },
  dac_khu: { vi: 'Đặc khu', en: 'Special zones' },
  ubnd_xa: { vi: 'Xã, phường, đặc khu', en: 'Communes, wards and special zones' },
  huyen: { vi: 'Huyện, thị xã, thành phố', en: 'Districts, towns and cities' },
};

/**
 * A ranking group's name: the units file's `group_vi`/`group_en` for it, else the usual name of the code, else the
 * code itself.
 *
 * @example internalGroupName([], 'so_ban_nganh').vi // => 'Sở, ban, ngành'
 */
export function internalGroupName(units: readonly InternalUnit[], group: string): LocalName {
  return (
    units.find((u) => u.group === group && u.groupName !== null)?.groupName ??
    GROUP_NAMES[group] ?? { vi: group, en: group }
  );
}

export interface InternalRun {
  readonly results: InternalResults;
  /** each unit's status in the rounds and its total per round */
  readonly rounds: readonly UnitRounds[];
  /** what the reader must know before trusting the ranks: units without any score, incomplete units */
  readonly warnings: readonly Bilingual[];
}

/**
 * The one results pipeline of the CLI and the task pane: the class rule (internalClassRule), internalResults, each
 * unit's status in the rounds (unitRounds), and the warnings of a partial batch (units of the set's kind with no score at all, or with missing leaves: ranks are then
 * among the complete units only; units without their final appraisal: ranked on the latest round entered).
 *
 * @example runInternalIndex({ set: parseCriteriaSet({ file: 'c.csv', text: '# kind: xa\ncode,parent,name_vi,max,source\n1,,A,100,appraised' }), units: parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' }), scores: parseScores({ file: 's.csv', text: 'unit,code,self,appraised\nX1,1,90,80' }, parseCriteriaSet({ file: 'c.csv', text: '# kind: xa\ncode,parent,name_vi,max,source\n1,,A,100,appraised' }), parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa' })) }).warnings[0].en // => 'Only 1 of 2 units have scores (missing: X2): ranks are among the units with every score, not the whole list.'
 */
export function runInternalIndex(input: {
  readonly set: CriteriaSet;
  readonly units: readonly InternalUnit[];
  readonly scores: ScoreSheet;
  readonly previous?: ScoreSheet | null;
  readonly classes?: readonly string[];
  readonly topFloor?: number | null;
}): InternalRun {
  const { set, units, scores } = input;
  const classes = internalClassRule(set, input.classes, input.topFloor);
  const results = internalResults({ set, units, scores, previous: input.previous ?? null, classes });
  const warnings: Bilingual[] = [];
  const unscored = results.units.filter((u) => !scores.byUnit.has(u.unit)).map((u) => u.unit);
  if (unscored.length > 0)
    warnings.push(
      message('internalPartialBatch', {
        scored: results.units.length - unscored.length,
        of: results.units.length,
        missing: unscored.slice(0, 10).join(', ') + (unscored.length > 10 ? ', …' : ''),
      }),
    );
  const incomplete = results.units.filter((u) => !u.complete && scores.byUnit.has(u.unit)).length;
  if (incomplete > 0) warnings.push(message('internalIncompleteUnits', { count: incomplete }));
  const rounds = unitRounds(set, units, scores);
  const notFinal = rounds.filter((r) => r.counted !== null && r.status !== 'final').map((r) => r.unit);
  if (notFinal.length > 0)
    warnings.push(
      message('internalNotFinal', {
        count: notFinal.length,
        units: notFinal.slice(0, 10).join(', ') + (notFinal.length > 10 ? ', …' : ''),
      }),
    );
  return { results, rounds, warnings };
}
