import type { IndexDefinition } from '../../definitions/index-definition';
import type { IndexModule } from '../index-module';
import par2017 from './par-2017-2019.json';
import par2020 from './par-2020-2021.json';
import par2022 from './par-2022-2024.json';

/** PAR INDEX: the Ministry of Home Affairs' administrative reform index, points by area (appraisal and survey). */
export const parModule: IndexModule = {
  id: 'par',
  name: { vi: 'PAR INDEX', en: 'PAR INDEX' },
  title: { vi: 'Chỉ số cải cách hành chính', en: 'Public Administration Reform Index' },
  definitions: [par2017, par2020, par2022] as unknown as IndexDefinition[],
  surveyMean: false,
  provinceProfile: false,
  // Areas a1..a8 in points (their maxima add up; some are not published); groups by bands of the total, per period.
  definitionRules: { codePrefix: 'a', minimaAddUp: false, groups: 'bands', scenario: 'points' },
  publishedResults: {
    years: (dataset) => [...dataset.par.keys()],
    rows: (dataset, year) =>
      dataset.par
        .get(year)
        ?.known.map((r) => ({ province: r.province, total: r.total, rank: r.rank, group: r.group, source: r.source })),
  },
};

/** SIPAS: satisfaction with public administrative services, published results only (no definition to score). */
export const sipasModule: IndexModule = {
  id: 'sipas',
  name: { vi: 'SIPAS', en: 'SIPAS' },
  title: {
    vi: 'Chỉ số hài lòng về sự phục vụ hành chính',
    en: 'Satisfaction Index of Public Administrative Services',
  },
  definitions: [],
  surveyMean: false,
  provinceProfile: false,
  // A percentage and a rank, no group.
  publishedResults: {
    years: (dataset) => [...dataset.sipas.keys()],
    rows: (dataset, year) =>
      dataset.sipas
        .get(year)
        ?.map((r) => ({ province: r.province, total: r.sipas, rank: r.rank, group: null, source: r.source })),
  },
};
