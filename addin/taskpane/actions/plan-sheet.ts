import type { PlanReview } from '../../../engine';
import { groupName, t, tBoth, type Lang, codeLabel } from '../i18n';
import { blocksForUnits, UNITS_NOTE } from './units-formulas';
import {
  HEADER_FILL,
  label,
  SCORE,
  SIGNED,
  sheetName,
  outcomeBlocks,
  VALUES_NOTE,
  type SheetBlock,
  type SheetLayout,
} from './write-to-sheet';

/** What is written: the reviewed plan (engine), the pane's language, and whether Excel runs the =PAPI.* functions. */
export interface PlanSheetInput {
  readonly review: PlanReview;
  readonly lang: Lang;
  /** live =PAPI.* formulas (default); false where Excel cannot run custom functions: the same cells as values */
  readonly formulas?: boolean;
}

/**
 * The plan as a worksheet: province, baseline, target and field years and the goal; one row per target (dimension,
 * baseline =PAPI.SCORE, target, change, agency, the rank the target would have in that measure's own ranking of the
 * field year =PAPI.RANKOF); then the baseline and implied standing (=PAPI.SIMULATE over the targets, spilling total,
 * rank, of and group) and the engine's values at the time of writing. Where Excel cannot run custom functions, every
 * formula cell gets the value the engine computed instead (and a line says so).
 */
export function planSheetLayout(input: PlanSheetInput): SheetLayout {
  const { review, lang } = input;
  const live = input.formulas ?? true;
  const report = review.report;
  const plan = report.plan;
  const fieldYear = review.fieldYear ?? plan.baselineYear;
  const field = report.fields.find((f) => f.year === fieldYear) ?? null;
  const lines = report.dimensions;
  const first = 11;
  const last = first + Math.max(1, lines.length) - 1;
  const groupLang = `"${lang}"`;
  const goal = [
    plan.goal.rank !== undefined ? label(lang, tBoth('sheetGoalRank', plan.goal.rank)) : null,
    plan.goal.group !== undefined ? groupName(plan.goal.group, lang) : null,
    plan.goal.total !== undefined ? label(lang, tBoth('sheetGoalTotal', plan.goal.total)) : null,
  ].filter((g): g is string => g !== null);
  const blocks: SheetBlock[] = [
    { address: 'A1', values: [[`${label(lang, tBoth('sheetPlan'))}: ${plan.name}`]], bold: true },
    {
      address: 'A3:B7',
      values: [
        [label(lang, tBoth('province')), report.province.nameVi],
        [label(lang, tBoth('planBaselineYear')), plan.baselineYear],
        [label(lang, tBoth('planTargetYear')), plan.targetYear],
        [label(lang, tBoth('sheetFieldYear')), fieldYear],
        [label(lang, tBoth('sheetGoal')), goal.join('; ')],
      ],
    },
    { address: 'A3:A7', bold: true },
    {
      address: `A${first - 1}:H${first - 1}`,
      values: [
        [
          label(lang, tBoth('measure')),
          label(lang, tBoth('sheetBaselineScore', plan.baselineYear)),
          label(lang, tBoth('planTarget')),
          label(lang, tBoth('sheetChange')),
          label(lang, tBoth('sheetAgency')),
          label(lang, tBoth('sheetTargetRank', fieldYear)),
          label(lang, tBoth('code')),
          label(lang, tBoth('sheetTargetForSimulate')),
        ],
      ],
      bold: true,
      fill: HEADER_FILL,
    },
  ];
  if (lines.length > 0) {
    const rankIn = (code: string) => field?.dimensions.find((d) => d.code === code);
    blocks.push(
      { address: `A${first}:A${last}`, values: lines.map((l) => [`${codeLabel(l.code)} ${l.name[lang]}`]) },
      { address: `C${first}:C${last}`, values: lines.map((l) => [l.target]), numberFormat: lines.map(() => [SCORE]) },
      { address: `E${first}:E${last}`, values: lines.map((l) => [plan.agencies?.[l.code] ?? '']) },
      { address: `G${first}:G${last}`, values: lines.map((l) => [l.code]), numberFormat: lines.map(() => ['@']) },
      live
        ? {
            address: `B${first}:B${last}`,
            formulas: lines.map((_, i) => [`=PAPI.SCORE($B$3,$B$4,G${first + i})`]),
            numberFormat: lines.map(() => [SCORE]),
          }
        : {
            address: `B${first}:B${last}`,
            values: lines.map((l) => [l.baseline ?? '']),
            numberFormat: lines.map(() => [SCORE]),
          },
      live
        ? {
            address: `D${first}:D${last}`,
            formulas: lines.map((_, i) => [
              `=IF(OR(B${first + i}="",C${first + i}=""),"",C${first + i}-B${first + i})`,
            ]),
            numberFormat: lines.map(() => [SIGNED]),
          }
        : {
            address: `D${first}:D${last}`,
            values: lines.map((l) => [l.gap ?? '']),
            numberFormat: lines.map(() => [SIGNED]),
          },
      // The rank each target would have among the field year's published scores of that measure (dimension lines;
      // the engine's field ranks sub-dimensions too when they are on the plan).
      live
        ? {
            address: `F${first}:F${last}`,
            formulas: lines.map((_, i) => [`=PAPI.RANKOF(C${first + i},$B$6,G${first + i},$B$3)`]),
            numberFormat: lines.map(() => ['0']),
          }
        : {
            address: `F${first}:F${last}`,
            values: lines.map((l) => [rankIn(l.code)?.rank ?? '']),
            numberFormat: lines.map(() => ['0']),
          },
      live
        ? {
            address: `H${first}:H${last}`,
            formulas: lines.map((_, i) => [`=C${first + i}`]),
            numberFormat: lines.map(() => [SCORE]),
          }
        : {
            address: `H${first}:H${last}`,
            values: lines.map((l) => [l.target]),
            numberFormat: lines.map(() => [SCORE]),
          },
    );
  }
  const head = last + 2;
  blocks.push(
    ...outcomeBlocks({
      head,
      lang,
      live,
      labels: [tBoth('sheetPublishedYear', plan.baselineYear), tBoth('sheetImpliedByTargets', fieldYear)],
      base: review.baseline,
      after: field,
      simulate: `=PAPI.SIMULATE($B$3,$B$6,$G$${first}:$H$${last},${groupLang})`,
    }),
  );
  if (!live) blocks.push({ address: 'A2', values: [[VALUES_NOTE[lang]]] });
  // A plan for a 2025 unit: every =PAPI.* formula asks for the 34 units, as the pane did.
  const forUnits = plan.units === 'units-2025';
  if (forUnits) blocks.push({ address: 'D3', values: [[label(lang, UNITS_NOTE)]] });
  return {
    name: sheetName(`${t(lang, 'sheetPlan')} ${plan.name}`),
    blocks: forUnits ? blocksForUnits(blocks) : blocks,
    columns: 'A:H',
  };
}
