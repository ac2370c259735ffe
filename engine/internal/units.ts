import type { LocalName } from '../definitions/index-definition';
import type { TextFile } from '../dataset/index-year';
import { EngineError, type DataProblem } from '../errors';
import { readCsv } from '../text/read-csv';
import { masterColumn } from './master-headers';
import { message } from '../i18n/messages';
import type { Bilingual } from '../i18n/catalogue';

export interface InternalUnit {
  readonly unit: string;
  readonly name: LocalName;
  readonly kind: string;
  /** the ranking group: the `group` column, else the kind (communes and wards may be ranked apart) */
  readonly group: string;
  /** the group's name from the `group_vi` (and `group_en`) columns; null when the file gives none */
  readonly groupName: LocalName | null;
  /** false: scored and classified but not ranked */
  readonly ranked: boolean;
  readonly line: number;
}

const YES = ['', '1', 'yes', 'y', 'true', 'x', 'có', 'co'];
const NO = ['0', 'no', 'n', 'false', 'không', 'khong'];

/**
 * Reads the units scored by a province's own index from CSV `unit,name_vi,kind[,group][,ranked][,name_en][,group_vi][,group_en]`
 * (`ranked`: yes/no, có/không, 1/0; blank = yes). Unit codes are unique. All or nothing, every problem with its row.
 *
 * @example parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind,group,ranked\nX1,Xã A,ubnd_xa,xa,\nP1,Phường B,ubnd_xa,phuong,no' })[1].ranked // => false
 */
export function parseUnits(file: TextFile): readonly InternalUnit[] {
  const table = readCsv(file.text, file.file, masterColumn);
  const problems: DataProblem[] = [];
  const problem = (row: number | null, column: string | null, text: Bilingual) =>
    problems.push({ file: file.file, row, column, vi: text.vi, en: text.en });
  for (const column of ['unit', 'name_vi', 'kind'])
    if (!table.header.includes(column)) problem(1, column, message('columnMissing', { column }));
  const units: InternalUnit[] = [];
  const lineOf = new Map<string, number>();
  if (problems.length === 0) {
    for (const { line, cells } of table.rows) {
      const unit = cells.unit ?? '';
      if (unit === '') {
        problem(line, 'unit', message('unitCodeEmpty', {}));
        continue;
      }
      if (lineOf.has(unit)) {
        problem(line, 'unit', message('unitCodeDuplicate', { unit, line: lineOf.get(unit) }));
        continue;
      }
      lineOf.set(unit, line);
      if ((cells.name_vi ?? '') === '') problem(line, 'name_vi', message('unitNameEmpty', {}));
      if ((cells.kind ?? '') === '') problem(line, 'kind', message('unitKindEmpty', {}));
      const rankedText = (cells.ranked ?? '').toLowerCase();
      if (!YES.includes(rankedText) && !NO.includes(rankedText))
        problem(line, 'ranked', message('rankedInvalid', { value: cells.ranked }));
      units.push({
        unit,
        name: { vi: cells.name_vi ?? '', en: (cells.name_en ?? '') === '' ? (cells.name_vi ?? '') : cells.name_en! },
        kind: cells.kind ?? '',
        group: (cells.group ?? '') === '' ? (cells.kind ?? '') : cells.group!,
        groupName:
          (cells.group_vi ?? '') === ''
            ? null
            : { vi: cells.group_vi!, en: (cells.group_en ?? '') === '' ? cells.group_vi! : cells.group_en! },
        ranked: !NO.includes(rankedText),
        line,
      });
    }
  }
  if (problems.length > 0) {
    throw new EngineError({
      code: 'INVALID_DATA',
      input: file.file,
      ...message('unitListInvalid', { file: file.file, count: problems.length }),
      problems,
    });
  }
  return units;
}
