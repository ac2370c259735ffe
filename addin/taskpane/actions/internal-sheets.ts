// The province's own PAR index in the workbook: the master workbook's sheets (Definition, Units, Scores with a
// 0..max validation on the score cells), and the Results and Annex sheets with a ranking chart. The layouts are pure
// functions of the engine's objects (tested without Excel), written by internal-excel.ts in Excel and by
// xlsx-layout.ts in Node (the CLI); no Office or DOM here.
import {
  internalGroupName,
  masterHeaderRow,
  SCORE_COLUMNS,
  UNIT_STATUS_NAMES,
  type UnitRounds,
  type UnitStatus,
  type CriteriaSet,
  type InternalResults,
  type InternalUnit,
  type ScoreSheet,
  type UnitResult,
} from '../../../engine/all';
import type { SheetBlock } from './sheet-block';
import { tBoth } from '../i18n';

export interface InternalBlock extends SheetBlock {
  /** a custom validation formula for the block, written relative to its top-left cell (English syntax) */
  readonly validation?: { readonly formula: string; readonly vi: string; readonly en: string };
}

export interface InternalSheetLayout {
  readonly name: string;
  readonly blocks: readonly InternalBlock[];
  readonly columns: string;
  /** printed A4 landscape, fitted to one page width (the publishable annex) */
  readonly landscape?: boolean;
  /** a bar chart of one column against another, with constant series for the class thresholds */
  readonly chart?: {
    readonly title: string;
    readonly categories: string;
    readonly values: string;
    readonly bands: readonly { readonly label: string; readonly address: string }[];
  };
}

export const SHEET_NAMES = {
  definition: 'Định nghĩa',
  units: 'Đơn vị',
  scores: 'Điểm',
  results: 'Kết quả',
  annex: 'Phụ lục',
  /** the Scores sheet as it was before the last consolidation (undo) */
  backup: 'Điểm (trước)',
} as const;

const HEADER_FILL = '#DDEBF7';
const SCORE = '0.00';
const col = (n: number) => String.fromCharCode(64 + n);

/**
 * A master sheet's header block: the engine's header row (masterHeaderRow, the CLI's too), Vietnamese headings with
 * each field name as the cell's note.
 */
function headerBlock(address: string, fields: readonly string[]): InternalBlock {
  const cells = masterHeaderRow(fields);
  return {
    address,
    values: [cells.map((c) => c.heading)],
    notes: [cells.map((c) => c.note)],
    bold: true,
    fill: HEADER_FILL,
  };
}

/**
 * The master workbook's Definition, Units and Scores sheets for a set (scores pre-filled when given), the same layout
 * in the pane and in the CLI: headers from masterHeaderRow (Vietnamese headings, field names as notes).
 */
export function masterWorkbookLayout(
  set: CriteriaSet,
  units: readonly InternalUnit[],
  scores?: ScoreSheet | null,
): InternalSheetLayout[] {
  const declarations: (string | number)[][] = [
    ['# kind', set.kind ?? ''],
    ['# year', set.year ?? ''],
    ['# scale', set.scale],
    ['# name_vi', set.name?.vi ?? ''],
    ['# name_en', set.name?.en ?? ''],
    ['# classes', set.classes ?? ''],
  ];
  const nodeRows = set.nodes.map((n) => [
    n.code,
    n.parent ?? '',
    n.name.vi,
    n.name.en,
    n.max,
    n.parent === null || set.byCode.get(n.parent)!.source !== n.source ? (n.source ?? '') : '',
    n.children.length === 0 ? (n.rule ?? '') : '',
    n.options.join(';'),
    n.owner ?? '',
  ]);
  const definition: InternalSheetLayout = {
    name: SHEET_NAMES.definition,
    columns: 'A:I',
    blocks: [
      { address: `A1:B${declarations.length}`, values: declarations },
      headerBlock(`A${declarations.length + 1}:I${declarations.length + 1}`, [
        'code',
        'parent',
        'name_vi',
        'name_en',
        'max',
        'source',
        'rule',
        'options',
        'owner',
      ]),
      {
        address: `A${declarations.length + 2}:I${declarations.length + 1 + nodeRows.length}`,
        values: nodeRows,
        numberFormat: nodeRows.map(() => ['@', '@', '@', '@', 'General', '@', '@', '@', '@']),
      },
    ],
  };
  const ofKind = units.filter((u) => set.kind === null || u.kind === set.kind);
  const unitRows = ofKind.map((u) => [u.unit, u.name.vi, u.kind, u.group, u.ranked ? 'yes' : 'no']);
  const unitSheet: InternalSheetLayout = {
    name: SHEET_NAMES.units,
    columns: 'A:E',
    blocks: [
      headerBlock('A1:E1', ['unit', 'name_vi', 'kind', 'group', 'ranked']),
      ...(unitRows.length > 0
        ? [
            {
              address: `A2:E${unitRows.length + 1}`,
              values: unitRows,
              numberFormat: unitRows.map(() => ['@', '@', '@', '@', '@']),
            },
          ]
        : []),
    ],
  };
  const scored = [...set.leaves, ...set.adjustments];
  const scoreRows = ofKind.flatMap((u) =>
    scored.map((leaf) => {
      const e = scores?.byUnit.get(u.unit)?.get(leaf.code);
      const na = e?.final === 'na';
      return [
        u.unit,
        leaf.code,
        leaf.name.vi,
        leaf.max,
        e?.self ?? '',
        na && leaf.source !== 'survey' ? 'na' : (e?.appraised ?? ''),
        na && leaf.source === 'survey' ? 'na' : (e?.survey ?? ''),
        e?.note ?? '',
        e?.evidence ?? '',
        e?.appraised1 ?? '',
        e?.comment1 ?? '',
        e?.response ?? '',
      ];
    }),
  );
  const last = scoreRows.length + 1;
  const scoreSheet: InternalSheetLayout = {
    name: SHEET_NAMES.scores,
    columns: 'A:L',
    blocks: [
      headerBlock('A1:L1', SCORE_COLUMNS),
      ...(scoreRows.length > 0
        ? [
            {
              address: `A2:L${last}`,
              values: scoreRows,
              numberFormat: scoreRows.map(() => [
                '@',
                '@',
                '@',
                'General',
                'General',
                'General',
                'General',
                '@',
                '@',
                'General',
                '@',
                '@',
              ]),
            },
            {
              address: `E2:G${last}`,
              validation: {
                formula: '=OR(E2="na",AND(ISNUMBER(E2),E2>=0,E2<=$D2))',
                ...tBoth('scoreCellValidation'),
              },
            },
          ]
        : []),
    ],
  };
  return [definition, unitSheet, scoreSheet];
}

const COUNTED = {
  final: 'thẩm định cuối cùng / final appraisal',
  appraised_1: 'thẩm định lần 1 / appraisal round 1',
  self: 'tự chấm / self-assessment',
} as const;
const statusText = (status: UnitStatus | undefined) =>
  status === undefined ? '' : `${UNIT_STATUS_NAMES[status].vi} / ${UNIT_STATUS_NAMES[status].en}`;

/** A unit's rank cell; the Results sheet is bilingual (its headers read "vi / en"), so are these words. */
function rankText(u: UnitResult): string {
  if (u.rank !== null) return `${u.rank}/${u.of}`;
  if (!u.ranked) return 'không xếp hạng / not ranked';
  return u.complete ? '' : 'chưa đủ điểm / incomplete';
}

/**
 * The Results sheet (every unit by group and rank: self, appraised, survey, bonus/penalty, total, index %, rank,
 * class, self-vs-appraised gap, change, missing leaves; then the province's criteria that lost the most points by
 * owner; then points lost per area and unit) with a ranking chart and class-threshold series, and the publishable
 * Annex (Vietnamese headings, by group in rank order).
 */
export function resultsLayout(
  results: InternalResults,
  set: CriteriaSet,
  unitList: readonly InternalUnit[],
  rounds: readonly UnitRounds[] = [],
): InternalSheetLayout[] {
  const roundOf = new Map(rounds.map((r) => [r.unit, r]));
  const units = results.units;
  const groupVi = (group: string) => internalGroupName(unitList, group).vi;
  const header = [
    'Nhóm / Group',
    'Hạng / Rank',
    'Mã / Code',
    'Đơn vị / Unit',
    'Tự chấm / Self',
    'Thẩm định / Appraised',
    'Điều tra XHH / Survey',
    'Thưởng / Bonus',
    'Trừ / Penalty',
    'Tổng / Total',
    'Chỉ số % / Index %',
    'Xếp loại / Class',
    'Tự chấm − thẩm định / Self − appraised',
    '± % năm trước / vs last year',
    'Còn thiếu / Missing',
    'Trạng thái / Status',
    'Thẩm định lần 1 / Round 1',
    'Vòng được tính / Round counted',
  ];
  const rows = units.map((u) => [
    groupVi(u.group),
    rankText(u),
    u.unit,
    u.name.vi,
    u.selfTotal ?? '',
    u.appraisedTotal ?? '',
    u.survey ?? '',
    u.bonus,
    u.penalty,
    u.total ?? '',
    u.percent ?? '',
    u.class ?? '',
    u.selfGap ?? '',
    u.change?.percent ?? '',
    u.missing.join(', '),
    statusText(roundOf.get(u.unit)?.status),
    roundOf.get(u.unit)?.round1 ?? '',
    roundOf.get(u.unit)?.counted ? COUNTED[roundOf.get(u.unit)!.counted!] : '',
  ]);
  const last = rows.length + 3;
  const blocks: InternalBlock[] = [
    {
      address: 'A1',
      values: [[`Kết quả Chỉ số CCHC nội bộ / Internal PAR index results – ${set.name?.vi ?? set.file}`]],
      bold: true,
    },
    { address: `A3:${col(header.length)}3`, values: [header], bold: true, fill: HEADER_FILL },
  ];
  if (rows.length > 0)
    blocks.push({
      address: `A4:${col(header.length)}${last}`,
      values: rows,
      numberFormat: rows.map(() => [
        '@',
        '@',
        '@',
        '@',
        SCORE,
        SCORE,
        SCORE,
        SCORE,
        SCORE,
        SCORE,
        SCORE,
        '@',
        SCORE,
        '+0.00;-0.00;0.00',
        '@',
        '@',
        SCORE,
        '@',
      ]),
    });
  // Class thresholds next to the table, one column per band with a threshold: constant series for the chart.
  const bands = results.classes.bands.filter((b) => b.min !== null);
  const bandStart = header.length + 2;
  blocks.push({
    address: `${col(bandStart)}3:${col(bandStart + bands.length - 1)}3`,
    values: [bands.map((b) => `${b.label} ≥ ${b.min}`)],
    bold: true,
    fill: HEADER_FILL,
  });
  if (rows.length > 0)
    blocks.push({
      address: `${col(bandStart)}4:${col(bandStart + bands.length - 1)}${last}`,
      values: rows.map(() => bands.map((b) => b.min!)),
    });
  let row = last + 2;
  blocks.push({
    address: `A${row}`,
    values: [['Tiêu chí mất nhiều điểm nhất (toàn tỉnh) / Criteria that lost the most points']],
    bold: true,
  });
  blocks.push({
    address: `A${row + 1}:E${row + 1}`,
    values: [
      ['Mã / Code', 'Tiêu chí / Criterion', 'Cơ quan chủ trì / Owner', 'Điểm mất / Points lost', 'Số đơn vị / Units'],
    ],
    bold: true,
    fill: HEADER_FILL,
  });
  const lost = results.criteriaLost.map((c) => [c.code, c.name.vi, c.owner ?? '', c.points, c.units]);
  if (lost.length > 0)
    blocks.push({
      address: `A${row + 2}:E${row + 1 + lost.length}`,
      values: lost,
      numberFormat: lost.map(() => ['@', '@', '@', SCORE, '0']),
    });
  row += lost.length + 3;
  blocks.push({ address: `A${row}`, values: [['Điểm mất theo lĩnh vực / Points lost per area']], bold: true });
  blocks.push({
    address: `A${row + 1}:${col(2 + set.areas.length)}${row + 1}`,
    values: [['Mã / Code', 'Đơn vị / Unit', ...set.areas.map((a) => `${a}. ${set.byCode.get(a)!.name.vi}`)]],
    bold: true,
    fill: HEADER_FILL,
  });
  const perArea = units.map((u) => [u.unit, u.name.vi, ...u.areas.map((a) => a.lost)]);
  if (perArea.length > 0)
    blocks.push({ address: `A${row + 2}:${col(2 + set.areas.length)}${row + 1 + perArea.length}`, values: perArea });
  const resultsSheet: InternalSheetLayout = {
    name: SHEET_NAMES.results,
    columns: `A:${col(bandStart + bands.length - 1)}`,
    blocks,
    chart:
      rows.length > 0
        ? {
            title: 'Chỉ số CCHC nội bộ theo đơn vị / Internal PAR index by unit',
            categories: `C4:C${last}`,
            values: `K4:K${last}`,
            bands: bands.map((b, i) => ({
              label: `${b.label} ≥ ${b.min}`,
              address: `${col(bandStart + i)}4:${col(bandStart + i)}${last}`,
            })),
          }
        : undefined,
  };
  const annexHeader = [
    'STT',
    'Tên cơ quan, đơn vị',
    'Điểm tự đánh giá',
    'Điểm thẩm định',
    'Điểm điều tra xã hội học',
    'Điểm thưởng/trừ',
    'Tổng điểm',
    'Chỉ số CCHC (%)',
    'Xếp hạng',
    'Xếp loại',
  ];
  const groups = [...new Set(units.map((u) => u.group))];
  const annexBlocks: InternalBlock[] = [
    { address: 'A1', values: [['PHỤ LỤC']], bold: true },
    {
      address: 'A2',
      values: [
        [
          `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${set.year === null ? '' : ` NĂM ${set.year}`} CỦA CÁC ${groups
            .map((g) => groupVi(g).toLocaleUpperCase('vi'))
            .join('; ')}`,
        ],
      ],
      bold: true,
    },
    { address: 'A3', values: [['(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh …)']] },
  ];
  let r = 5;
  for (const group of groups) {
    const members = units.filter((u) => u.group === group && u.complete);
    annexBlocks.push({ address: `A${r}`, values: [[`Nhóm: ${groupVi(group)}`]], bold: true });
    annexBlocks.push({ address: `A${r + 1}:J${r + 1}`, values: [annexHeader], bold: true, fill: HEADER_FILL });
    const body = members.map((u, i) => [
      i + 1,
      u.name.vi,
      u.selfTotal ?? '',
      u.appraisedTotal ?? '',
      u.survey ?? '',
      u.bonus - u.penalty,
      u.total ?? '',
      u.percent ?? '',
      u.rank ?? 'Không xếp hạng',
      u.class ?? '',
    ]);
    if (body.length > 0)
      annexBlocks.push({
        address: `A${r + 2}:J${r + 1 + body.length}`,
        values: body,
        numberFormat: body.map(() => ['0', '@', SCORE, SCORE, SCORE, SCORE, SCORE, SCORE, '0', '@']),
      });
    r += body.length + 3;
  }
  return [resultsSheet, { name: SHEET_NAMES.annex, columns: 'A:J', blocks: annexBlocks, landscape: true }];
}
