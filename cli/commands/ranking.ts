import { estimateNoteOf, papiRanking, papiYearOf, EngineError, sipasResults, type Dataset } from '../../engine/all';
import { sipasOutput } from '../par-units-output';
import { option, yearOption } from '../args';
import { COMPOSITE_OPTIONS, INDEX_WITH_SIPAS, OPTION, UNITS_OPTIONS } from '../options';
import { compositeRankingOutput } from '../composite-output';
import type { CliArgs, CliCommand, CommandResult } from '../command';
import { groupName, score, table } from '../format';
import { cliMessage, say } from '../i18n/messages';
import { runByIndex } from '../index-option';
import { withUserData } from '../user-data';

export const command: CliCommand = {
  name: 'ranking',
  summary: cliMessage('summaryRanking'),
  options: {
    index: INDEX_WITH_SIPAS,
    year: OPTION.year,
    dimension: OPTION.dimension,
    boundary: OPTION.boundary,
    data: OPTION.data,
    'allow-partial': OPTION['allow-partial'],
    ...UNITS_OPTIONS,
    ...COMPOSITE_OPTIONS,
  },
  exclusive: [['data', 'data-dir']],
  example: 'ranking --year 2019 --dimension d3',
  run(args, context) {
    const year = yearOption(args);
    return runByIndex(
      args,
      {
        papi: () => papiRankingOutput(args, context.dataset(), year),
        par: () => {
          throw new EngineError({
            code: 'INVALID_INPUT',
            input: '--index par',
            ...cliMessage('parRankingUnavailable'),
          });
        },
        sipas: () => sipasOutput(year, sipasResults(withUserData(context.dataset(), args, year), { year })),
      },
      { dataset: context.dataset, run: (data) => compositeRankingOutput(args, data) },
    );
  },
};

function papiRankingOutput(args: CliArgs, published: Dataset, year: number): CommandResult {
  const dataset = withUserData(published, args, year);
  const measure = option(args, 'dimension') ?? option(args, 'measure');
  const rows = papiRanking(dataset, { year, measure, boundary: option(args, 'boundary') });
  const units = dataset.provinces.set === 'units-2025';
  const papiYear = papiYearOf(dataset, year);
  const estimate = estimateNoteOf(papiYear);
  const formersOf = (code: string) =>
    (dataset.provinces.byCode.get(code)!.formerProvinces ?? []).map((c) => dataset.provinces.former!.byCode.get(c)!);
  const unitFields = (code: string) =>
    units
      ? {
          units: 2025,
          former_provinces: formersOf(code).map((p) => p.nameVi),
          estimated: papiYear.estimate?.units.get(code)?.merged === true,
        }
      : {};
  const unitCell = (code: string, lang: 'vi' | 'en') => {
    const unit = dataset.provinces.byCode.get(code)!;
    const formers = formersOf(code);
    const name = lang === 'vi' ? unit.nameVi : unit.nameAscii;
    return formers.length > 1
      ? `${name}* (${formers.map((f) => (lang === 'vi' ? f.nameVi : f.nameAscii)).join(' + ')})`
      : name;
  };
  const json = rows.map((r) => ({
    province: r.nameVi,
    province_ascii: r.nameAscii,
    gso_code: r.code,
    year,
    measure: measure ?? 'total',
    total: r.score,
    rank: r.rank,
    of: r.of,
    group: r.group,
    ...unitFields(r.code),
  }));
  return {
    json,
    text: (lang) =>
      [
        say(lang, 'rankingTitle', { year, measure: measure ? measure.toUpperCase() : null, units: Boolean(units) }),
        '',
        table(
          say(lang, 'rankingHeader', { units: Boolean(units) }).split('|'),
          rows.map((r) => [
            r.rank,
            units ? unitCell(r.code, lang) : lang === 'vi' ? r.nameVi : r.nameAscii,
            score(r.score),
            groupName(r.group, lang),
          ]),
        ),
        ...papiYear.warnings.filter((w) => w.row === null).map((w) => `! ${w[lang]}`),
        ...(estimate ? ['', say(lang, 'estimatedFromFormer'), `! ${estimate[lang]}`] : []),
        ...(units && rows.some((r) => r.rank === null)
          ? [
              say(lang, 'notRanked', {
                namesVi: rows
                  .filter((r) => r.rank === null)
                  .map((r) => r.nameVi)
                  .join(', '),
                namesAscii: rows
                  .filter((r) => r.rank === null)
                  .map((r) => r.nameAscii)
                  .join(', '),
              }),
            ]
          : []),
      ].join('\n'),
  };
}
