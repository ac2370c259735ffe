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
};
