import { estimateNoteOf, findProvince, papiYearOf, papiSensitivity } from '../../engine';
import { requireOption, yearOption } from '../args';
import type { CliCommand } from '../command';
import { score, t, table } from '../format';
import { withUserData } from '../user-data';
import { provinceTitle } from '../units-option';

export const command: CliCommand = {
  name: 'sensitivity',
  usage: { vi: 'sensitivity --index papi --year <năm> --province <tên> [--units 2025]', en: 'sensitivity --index papi --year <year> --province <name> [--units 2025]' },
  run(args, context) {
    const year = yearOption(args);
    const province = requireOption(args, 'province', { vi: 'tên tỉnh, ví dụ "An Giang"', en: 'a province name, e.g. "An Giang"' });
    const dataset = withUserData(context.dataset(), args, year);
    const r = papiSensitivity(dataset, { year, province });
    const estimate = estimateNoteOf(papiYearOf(dataset, year));
    const title = (lang: 'vi' | 'en') => provinceTitle(dataset, findProvince(dataset.provinces, province), lang);
    const steps = r.steps.map((s) => `+${s}`);
    return {
      json: { year, province: findProvince(dataset.provinces, province).nameVi, gso_code: findProvince(dataset.provinces, province).code, warnings: estimate ? [estimate] : [], base_rank: r.baseRank, of: r.of, steps: r.steps, dimensions: r.rows.map((row) => ({ code: row.code, base: row.base, rank_gain: row.rankGain, dimension_rank_gain: row.dimensionRankGain })) },
      text: (lang) =>
        [
          title(lang),
          t(lang, `Hạng hiện tại ${r.baseRank}/${r.of}. Số bậc tăng của tổng điểm (và của riêng chỉ số nội dung) khi tăng một chỉ số:`, `Current rank ${r.baseRank} of ${r.of}. Places gained in the total (and in the dimension itself) by raising one dimension:`),
          '',
          table([t(lang, 'Mã', 'Code'), t(lang, 'Điểm', 'Score'), ...steps], r.rows.map((row) => [row.code.toUpperCase(), score(row.base), ...row.rankGain.map((g, i) => (g === null ? null : `${g} (${row.dimensionRankGain[i]})`))])),
          ...(estimate ? [`! ${estimate[lang]}`] : []),
        ].join('\n'),
    };
  },
};
