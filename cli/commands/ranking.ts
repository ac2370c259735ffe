import { papiRanking, EngineError } from '../../engine';
import { option, yearOption } from '../args';
import { OPTION } from '../options';
import type { CliCommand } from '../command';
import { groupName, score, t, table } from '../format';
import { indexName } from '../index-option';
import { withUserData } from '../user-data';

export const command: CliCommand = {
  name: 'ranking',
  summary: { vi: 'Bảng xếp hạng PAPI một năm (tổng điểm hoặc một chỉ số)', en: "A year's PAPI ranking (total or one measure)" },
  options: { index: OPTION.index, year: OPTION.year, dimension: OPTION.dimension, boundary: OPTION.boundary, data: OPTION.data, 'allow-partial': OPTION['allow-partial'] },
  example: 'ranking --year 2019 --dimension d3',
  run(args, context) {
    const year = yearOption(args);
    if (indexName(args) === 'par') {
      throw new EngineError({ code: 'INVALID_INPUT', input: '--index par', vi: 'Chưa có bảng xếp hạng PAR INDEX đầy đủ (chỉ có kết quả một phần); dùng "score --index par" để ước tính thứ hạng.', en: 'No full PAR INDEX ranking is published here (partial results only); use "score --index par" for a rank estimate.' });
    }
    const dataset = withUserData(context.dataset(), args, year);
    const measure = option(args, 'dimension') ?? option(args, 'measure');
    const rows = papiRanking(dataset, { year, measure, boundary: option(args, 'boundary') });
    const json = rows.map((r) => ({ province: r.nameVi, province_ascii: r.nameAscii, gso_code: r.code, year, measure: measure ?? 'total', total: r.score, rank: r.rank, of: r.of, group: r.group }));
    return {
      json,
      text: (lang) =>
        [
          t(lang, `PAPI ${year} – ${measure ? measure.toUpperCase() : 'tổng điểm'}`, `PAPI ${year} – ${measure ? measure.toUpperCase() : 'total'}`),
          '',
          table(t(lang, 'Hạng|Tỉnh, thành phố|Điểm|Nhóm', 'Rank|Province|Score|Group').split('|'), rows.map((r) => [r.rank, lang === 'vi' ? r.nameVi : r.nameAscii, score(r.score), groupName(r.group, lang)])),
        ].join('\n'),
    };
  },
};
