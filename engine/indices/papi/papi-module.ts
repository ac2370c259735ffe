import type { IndexDefinition } from '../../definitions/index-definition';
import type { IndexModule } from '../index-module';
import papi2011 from './papi-2011-2017.json';
import papi2018 from './papi-2018.json';
import papi2019 from './papi-2019-2020.json';
import papi2021 from './papi-2021-.json';

/** PAPI: a population-weighted survey mean of citizens' experience, eight dimensions (six before 2018). */
export const papiModule: IndexModule = {
  id: 'papi',
  name: { vi: 'PAPI', en: 'PAPI' },
  title: {
    vi: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh',
    en: 'Provincial Governance and Public Administration Performance Index',
  },
  definitions: [papi2011, papi2018, papi2019, papi2021] as unknown as IndexDefinition[],
  surveyMean: true,
  provinceProfile: true,
  // Dimensions d1..d8 (sub-dimensions d3_2), each the sum of its children, minima and maxima alike; quartile groups.
  definitionRules: { codePrefix: 'd', minimaAddUp: true, groups: 'quartile', scenario: 'field' },
};
