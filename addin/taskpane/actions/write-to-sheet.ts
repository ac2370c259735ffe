import type { LocalName, ProvinceOutcome, Scenario, Standing } from '../../../engine';
import { groupName, type Lang, t, tBoth } from '../i18n';
import { blocksForUnits, UNITS_NOTE } from './units-formulas';
import { safeNumberFormat, type SheetBlock } from './sheet-block';

/** What is written: the scenario, the engine's outcome for the province on screen, and the pane's language. */
export interface SheetInput {
  readonly scenario: Scenario;
  readonly outcome: ProvinceOutcome;
  readonly lang: Lang;
  /** live =PAPI.* formulas (default); false where Excel cannot run custom functions: the same cells as values */
  readonly formulas?: boolean;
  /** the scenario is about one of the 34 units of 1 July 2025: every =PAPI.* formula takes units = 2025 */
  readonly units?: boolean;
}

export type { SheetBlock } from './sheet-block';

/**
 * The one way the add-in writes a block of cells (scenario, plan, internal-index sheets): number formats first (text
 * cells as Text), then values, then formulas, then the look.
 */
export function writeBlock(range: Excel.Range, block: SheetBlock): void {
  const format = safeNumberFormat(block);
  if (format) range.numberFormat = format;
  if (block.values) range.values = block.values;
  if (block.formulas) range.formulas = block.formulas;
  if (block.bold !== undefined) range.format.font.bold = block.bold;
  if (block.fill) range.format.fill.color = block.fill;
}

export interface SheetLayout {
  /** the preferred name (before making it unique) */
  readonly name: string;
  readonly blocks: readonly SheetBlock[];
  /** the column range to autofit */
  readonly columns: string;
}

export const SCORE = '0.00';
export const SIGNED = '+0.00;-0.00;0.00';
export const HEADER_FILL = '#DDEBF7';
const SHEET_NAME_MAX = 31;

/** Both languages in a label, the pane's language first ("Tổng điểm / Total"). */
export function label(lang: Lang, text: LocalName): string {
  return lang === 'vi' ? `${text.vi} / ${text.en}` : `${text.en} / ${text.vi}`;
}

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe.
 *
 * @example sheetName('Kịch bản D3: +1/2') // => 'Kịch bản D3 +12'
 */
export function sheetName(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[:\\/?*[\]]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'PAPI').slice(0, SHEET_NAME_MAX).trim();
}

/** The name with " (n)" for the n-th try, shortened so that it still fits in 31 characters. */
export function numberedSheetName(name: string, attempt: number): string {
  if (attempt <= 1) return name;
  const suffix = ` (${attempt})`;
  return `${name.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
}

/**
 * The worksheet for a scenario: province and year, a table of the dimensions (code, scenario score as an input,
 * published score by =PAPI.SCORE, difference), the outcome published (=PAPI.SCORE, =PAPI.RANK, =PAPI.GROUP) and under
 * the scenario (=PAPI.SIMULATE over the table, spilling total, rank, of, group), the engine's values at the time of
 * writing (so the sheet reads right even before the functions load), and the scenario's own change list.
 * Every dimension row sets that dimension, which is the same scenario whatever level it was edited at: a sub-dimension
 * change moves its dimension by the same amount.
 */
export function scenarioSheetLayout(input: SheetInput): SheetLayout {
  const { scenario, outcome, lang } = input;
  const live = input.formulas ?? true;
  const dims = outcome.dimensions;
  const first = 7;
  const last = first + dims.length - 1;
  const groupLang = `"${lang}"`;
  const blocks: SheetBlock[] = [
    { address: 'A1', values: [[`${label(lang, tBoth('scenario'))}: ${scenario.name}`]], bold: true },
    {
      address: 'A3:B4',
      values: [
        [label(lang, tBoth('province')), outcome.nameVi],
        [label(lang, tBoth('year')), scenario.year],
      ],
      bold: false,
    },
    { address: 'A3:A4', bold: true },
    {
      address: 'A6:E6',
      values: [
        [
          label(lang, tBoth('code')),
          label(lang, tBoth('scenario')),
          label(lang, tBoth('sheetPublished')),
          label(lang, tBoth('sheetDifference')),
          label(lang, tBoth('sheetDimension')),
        ],
      ],
      bold: true,
      fill: HEADER_FILL,
    },
    {
      address: `A${first}:B${last}`,
      values: dims.map((d) => (d.score === null ? ['', ''] : [d.code, d.score])),
      numberFormat: dims.map(() => ['@', SCORE]),
    },
    live
      ? {
          address: `C${first}:D${last}`,
          formulas: dims.map((d, i) =>
            d.score === null
              ? ['', '']
              : [
                  `=PAPI.SCORE($B$3,$B$4,A${first + i})`,
                  `=IF(OR(B${first + i}="",C${first + i}=""),"",B${first + i}-C${first + i})`,
                ],
          ),
          numberFormat: dims.map(() => [SCORE, SIGNED]),
        }
      : {
          address: `C${first}:D${last}`,
          values: dims.map((d) => (d.score === null ? ['', ''] : [d.base ?? '', d.change ?? ''])),
          numberFormat: dims.map(() => [SCORE, SIGNED]),
        },
    {
      address: `E${first}:E${last}`,
      values: dims.map((d) => [d.score === null ? t(lang, 'sheetNoScore', d.name[lang]) : d.name[lang]]),
    },
  ];
  const head = last + 2;
  const changes = `$A$${first}:$B$${last}`;
  blocks.push(
    ...outcomeBlocks({
      head,
      lang,
      live,
      labels: [tBoth('sheetPublished'), tBoth('sheetScenarioSimulate')],
      base: outcome.base,
      after: outcome.scenario,
      // One spilling formula: [total, rank, of, group] of the province after the table's scores.
      simulate: `=PAPI.SIMULATE($B$3,$B$4,${changes},${groupLang})`,
    }),
  );
  const list = head + 5;
  blocks.push({
    address: `A${list}:D${list}`,
    values: [
      [
        label(lang, tBoth('sheetChangesEntered')),
        label(lang, tBoth('sheetProvinceShort')),
        label(lang, tBoth('sheetSetTo')),
        label(lang, tBoth('sheetAdd')),
      ],
    ],
    bold: true,
    fill: HEADER_FILL,
  });
  if (scenario.changes.length > 0) {
    blocks.push({
      address: `A${list + 1}:D${list + scenario.changes.length}`,
      values: scenario.changes.map((c) => [c.measure, c.province, c.set ?? '', c.add ?? '']),
      numberFormat: scenario.changes.map(() => ['@', '@', SCORE, SIGNED]),
    });
  } else {
    blocks.push({ address: `A${list + 1}`, values: [[t(lang, 'none')]] });
  }
  if (!live) blocks.push({ address: 'A2', values: [[VALUES_NOTE[lang]]] });
  if (input.units) blocks.push({ address: 'C3', values: [[label(lang, UNITS_NOTE)]] });
  return {
    name: sheetName(`${t(lang, 'scenario')} ${scenario.name}`),
    blocks: input.units ? blocksForUnits(blocks) : blocks,
    columns: 'A:E',
  };
}

/** Written on a sheet of values (no custom functions): the cells will not follow later changes. */
/**
 * The outcome table of a scenario or plan sheet, from row `head`: a header (total, rank, of, group), then the
 * published standing (=PAPI.SCORE/RANK/GROUP of $B$3 and $B$4), the standing after the changes (one spilling
 * =PAPI.SIMULATE), and the engine's values at the time of writing. Without live formulas, values in every row.
 */
export function outcomeBlocks(input: {
  readonly head: number;
  readonly lang: Lang;
  readonly live: boolean;
  /** the labels of the published row and of the row after the changes */
  readonly labels: readonly [LocalName, LocalName];
  readonly base: NonNullable<Parameters<typeof standingValues>[0]>;
  readonly after: Parameters<typeof standingValues>[0];
  readonly simulate: string;
}): SheetBlock[] {
  const { head, lang, live } = input;
  const groupLang = `"${lang}"`;
  const row = (n: number, standing: Parameters<typeof standingValues>[0]): SheetBlock => ({
    address: `B${n}:E${n}`,
    values: [standingValues(standing, lang)],
    numberFormat: [[SCORE, '0', '0', '@']],
  });
  return [
    {
      address: `A${head}:E${head}`,
      values: [
        [
          label(lang, tBoth('sheetOutcome')),
          label(lang, tBoth('sheetTotal')),
          label(lang, tBoth('sheetRank')),
          label(lang, tBoth('sheetOf')),
          label(lang, tBoth('sheetGroup')),
        ],
      ],
      bold: true,
      fill: HEADER_FILL,
    },
    {
      address: `A${head + 1}:A${head + 3}`,
      values: [
        [label(lang, input.labels[0])],
        [label(lang, input.labels[1])],
        [label(lang, tBoth('sheetValuesWhenWritten'))],
      ],
      bold: true,
    },
    live
      ? {
          address: `B${head + 1}:E${head + 1}`,
          formulas: [
            [
              '=PAPI.SCORE($B$3,$B$4)',
              '=PAPI.RANK($B$3,$B$4)',
              String(input.base.of),
              `=PAPI.GROUP($B$3,$B$4,,${groupLang})`,
            ],
          ],
          numberFormat: [[SCORE, '0', '0', '@']],
        }
      : row(head + 1, input.base),
    live
      ? { address: `B${head + 2}`, formulas: [[input.simulate]], numberFormat: [[SCORE]] }
      : row(head + 2, input.after),
    row(head + 3, input.after),
  ];
}

export const VALUES_NOTE = tBoth('sheetValuesNote');

/** Total, rank, of, group of a standing as cells (a missing value, or a missing standing, is empty cells). */
export function standingValues(
  standing: Pick<Standing, 'total' | 'rank' | 'of' | 'group'> | null,
  lang: Lang,
): (string | number)[] {
  if (standing === null) return ['', '', '', ''];
  return [
    standing.total ?? '',
    standing.rank ?? '',
    standing.of,
    standing.group === null ? '' : groupName(standing.group, lang),
  ];
}

/** Excel's error codes for a name that is taken (the API reports one or the other depending on the build). */
const NAME_TAKEN = new Set(['ItemAlreadyExists', 'InvalidArgument']);
const MAX_ATTEMPTS = 50;

/**
 * Adds a worksheet for the scenario (a new, unique name: "Kịch bản X", then "Kịch bản X (2)"...), writes the layout,
 * formats the headers and numbers, autofits the columns and activates it. Returns the sheet's name. Excel host only.
 */
export async function writeScenarioToSheet(input: SheetInput): Promise<string> {
  return writeLayout(scenarioSheetLayout(input));
}

/** Adds a uniquely named worksheet and writes a layout on it (any layout: scenario or plan). Excel host only. */
export async function writeLayout(layout: SheetLayout): Promise<string> {
  return Excel.run(async (context) => {
    let sheet: Excel.Worksheet | null = null;
    let name = layout.name;
    for (let attempt = 1; sheet === null; attempt++) {
      name = numberedSheetName(layout.name, attempt);
      try {
        const added = context.workbook.worksheets.add(name);
        await context.sync();
        sheet = added;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (!NAME_TAKEN.has(code) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
    for (const block of layout.blocks) writeBlock(sheet.getRange(block.address), block);
    sheet.getRange(layout.columns).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
