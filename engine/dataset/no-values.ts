import { message } from '../i18n/messages';

/**
 * The problem of a data file that holds no value at all: a header without rows, or rows that name provinces and leave
 * every value blank. Such a file would be accepted as a year of missing values and change nothing anyone asked for.
 */
export function noValues(file: string, rows: number) {
  return rows === 0 ? message('dataFileNoRows', { file }) : message('dataFileNoValues', { file, rows });
}
