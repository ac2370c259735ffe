// The header row of the master workbook's Definition, Units and Scores sheets: a heading in Vietnamese for the
// officer, the field name the engine reads kept as the cell's note (the sheets are read back through the notes).
import type { Bilingual } from '../i18n/catalogue';
import { message, type MessageId } from '../i18n/messages';

type HeadingId = Extract<MessageId, `sheetCol${string}`>;

const HEADING: Readonly<Record<string, HeadingId>> = {
  code: 'sheetColCode',
  parent: 'sheetColParent',
  name_vi: 'sheetColNameVi',
  name_en: 'sheetColNameEn',
  max: 'sheetColMax',
  source: 'sheetColSource',
  rule: 'sheetColRule',
  options: 'sheetColOptions',
  owner: 'sheetColOwner',
  unit: 'sheetColUnitCode',
  kind: 'sheetColKind',
  group: 'sheetColGroup',
  ranked: 'sheetColRanked',
  self: 'sheetColSelf',
  appraised: 'sheetColAppraised',
  survey: 'sheetColSurvey',
  note: 'sheetColNote',
  evidence: 'sheetColEvidence',
  appraised_1: 'sheetColRound1',
  comment_1: 'sheetColComment1',
  response: 'sheetColResponse',
};

/**
 * The heading of a master-sheet field in both languages, or null for a name that is not a master field.
 *
 * @example masterFieldHeading('parent')?.vi // => 'Mã mục cha'
 */
export function masterFieldHeading(field: string): Bilingual | null {
  const key = HEADING[field];
  return key === undefined ? null : message(key as 'sheetColCode');
}

/** A header cell of a master sheet as it is written: the heading shown, the field name kept as the cell's note. */
export interface MasterHeaderCell {
  readonly heading: string;
  /** the field name (null for a column that is not a master field: its name is the heading, without a note) */
  readonly note: string | null;
}

/**
 * The header row of a master sheet (Definition, Units, Scores) as the CLI's `papi internal workbook` and the task
 * pane's "Tạo sổ tổng hợp" both write it: each field's Vietnamese heading with the field name as the cell's note; a
 * column that is not a master field keeps its name, without a note. A heading or a note read back gives the field
 * again (masterFieldOf), so the sheet reads like its CSV file.
 *
 * @example masterHeaderRow(['unit', 'group_vi']) // => [{ heading: 'Mã đơn vị', note: 'unit' }, { heading: 'group_vi', note: null }]
 */
export function masterHeaderRow(fields: readonly string[]): MasterHeaderCell[] {
  return fields.map((field) => {
    const name = masterFieldHeading(field);
    return name === null ? { heading: field, note: null } : { heading: name.vi, note: field };
  });
}

/**
 * The field a master header cell stands for: its note when the note is a field name, else the field it names, else
 * the field whose
 * Vietnamese or English heading the cell shows (a note deleted by hand), else null (the cell is left as it is).
 *
 * @example masterFieldOf('Mã mục cha', 'parent') // => 'parent'
 */
export function masterFieldOf(heading: unknown, note: string | null): string | null {
  if (note !== null && HEADING[note.trim()] !== undefined) return note.trim();
  if (typeof heading !== 'string') return null;
  const text = heading.trim();
  if (HEADING[text] !== undefined) return text;
  for (const field of Object.keys(HEADING)) {
    const name = masterFieldHeading(field)!;
    if (name.vi === text || name.en === text) return field;
  }
  return null;
}

/**
 * The column name a reader uses for a header cell: the field a master-sheet heading stands for, else the cell as it
 * is (so a Definition, Units or Scores sheet with Vietnamese headings reads like its CSV file, also in the task pane).
 *
 * @example masterColumn('Điểm tự chấm') // => 'self'
 * @example masterColumn('group_vi') // => 'group_vi'
 */
export function masterColumn(header: string): string {
  return masterFieldOf(header, null) ?? header;
}
