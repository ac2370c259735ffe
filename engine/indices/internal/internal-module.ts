import type { IndexModule } from '../index-module';

/**
 * A province's own PAR index of its departments and districts: its criteria set is the user's file (criteria-set.ts),
 * so it registers no shipped definition.
 */
export const internalModule: IndexModule = {
  id: 'internal',
  name: { vi: 'Chỉ số nội bộ', en: 'Internal index' },
  title: { vi: 'Chỉ số cải cách hành chính nội bộ của tỉnh', en: "A province's internal PAR index" },
  definitions: [],
  surveyMean: false,
  provinceProfile: false,
};
