import type { LocalName } from '../definitions/index-definition';
import type { PapiGroup } from '../scoring/quartile-groups';

/** The names plans and reports use for the four PAPI groups. */
export const PAPI_GROUP_NAMES: Readonly<Record<PapiGroup, LocalName>> = {
  best: { vi: 'Nhóm đạt điểm cao nhất', en: 'Best performers' },
  'high-average': { vi: 'Nhóm đạt điểm trung bình cao', en: 'High average' },
  'low-average': { vi: 'Nhóm đạt điểm trung bình thấp', en: 'Low average' },
  poor: { vi: 'Nhóm đạt điểm thấp nhất', en: 'Poor performers' },
};

/**
 * Reads a group as users type it: the code, its Vietnamese or English name, or a short form ("cao nhất", "top", "1").
 *
 * @example parsePapiGroup('trung bình cao') // => 'high-average'
 */
export function parsePapiGroup(input: string): PapiGroup | null {
  const key = input.normalize('NFC').trim().toLowerCase();
  const forms: Record<PapiGroup, string[]> = {
    best: ['best', '1', 'top', 'cao nhất', 'cao nhat', 'nhóm đạt điểm cao nhất', 'best performers'],
    'high-average': [
      'high-average',
      'high average',
      '2',
      'trung bình cao',
      'trung binh cao',
      'nhóm đạt điểm trung bình cao',
    ],
    'low-average': [
      'low-average',
      'low average',
      '3',
      'trung bình thấp',
      'trung binh thap',
      'nhóm đạt điểm trung bình thấp',
    ],
    poor: ['poor', '4', 'bottom', 'thấp nhất', 'thap nhat', 'nhóm đạt điểm thấp nhất', 'poor performers'],
  };
  return (Object.keys(forms) as PapiGroup[]).find((g) => forms[g].includes(key)) ?? null;
}

/**
 * The name of a group in one language, or null for a province without a group: the one group-name helper of the CLI,
 * the custom functions and the task pane.
 *
 * @example groupName('poor', 'en') // => 'Poor performers'
 */
export function groupName(group: PapiGroup | null, lang: 'vi' | 'en'): string | null {
  return group === null ? null : PAPI_GROUP_NAMES[group][lang];
}
