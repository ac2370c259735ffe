import type { CompositeData, CompositeDefinition, CompositeRow, CompositeYear } from '../../composite/composite-index';
import { compositeTotal } from '../../composite/composite-score';
import { validateCompositeDefinition } from '../../composite/validate-composite';
import type { LocalName } from '../../definitions/index-definition';
import { roundingTolerance } from '../../dataset/rounding-tolerance';
import { EngineError, type DataProblem } from '../../errors';
import { message } from '../../i18n/messages';
import type { ProvinceRegistry } from '../../provinces/province-registry';
import { foldName } from '../../text/fold-name';
import { readCsv } from '../../text/read-csv';
import type { IndexModule } from '../index-module';
import periods from './pci-definitions.json';

const NAME: LocalName = { vi: 'PCI', en: 'PCI' };

/** The PCI periods as composite definitions: ten sub-indices on 10 points, the total a weighted sum (weights in %). */
export const PCI_DEFINITIONS: readonly CompositeDefinition[] = periods.periods.map((p) => {
  const names = { ...periods.measures, ...(p.names as Record<string, LocalName>) } as Record<string, LocalName>;
  return validateCompositeDefinition(
    {
      id: p.id,
      index: 'pci',
      name: NAME,
      years: p.years as [number, number | null],
      scale: 100,
      aggregation: 'weighted-sum',
      weights: p.weights as CompositeDefinition['weights'],
      groups: null,
      note: p.note,
      nodes: [
        { code: 'total', parent: null, name: { vi: 'PCI', en: 'PCI' }, weight: 100, max: 100 },
        ...Object.entries(p.values as unknown as Record<string, number>).map(([code, weight]) => ({
          code,
          parent: 'total',
          name: names[code]!,
          weight,
          max: 10,
        })),
      ],
    },
    `engine/indices/pci/pci-definitions.json (${p.id})`,
  );
});

/** The bundled official tables (VCCI's annual workbooks 2005-2016, see data/pci/README.md). */
export const PCI_FILE = 'pci/pci_vcci_official_2005_2016.csv';

/**
 * Reads PCI rows (`year,province,<sub-index columns>,pci_weighted`, other columns ignored) into results years. A
 * province is named as the registry names it when it knows the name (Hà Tây, merged into Hà Nội in 2008, keeps its
 * own). Every row's published total is checked against the weighted sum of its sub-indices under its period's
 * weights: a difference beyond the cells' rounding is kept (the published total is what ranks) and reported as a
 * warning of the year (2011: up to 0.55). Periods with fitted weights (2005) are not checked row by row: their note
 * says the totals are approximate.
 *
 * @example readPciTable({ file: 'p.csv', text: 'year,province,entry_costs,land_access,transparency,time_costs,informal_charges,policy_bias,proactivity,business_support,labor_training,legal_institutions,pci_weighted\n2016,An Giang,8,6,6,7,5,4.5,5.4,5.5,5.2,5.6,57.79\n' }, dataset.provinces).get(2016).warnings.length // => 1
 */
export function readPciTable(
  file: { readonly file: string; readonly text: string },
  provinces: ProvinceRegistry,
): Map<number, CompositeYear> {
  const table = readCsv(file.text, file.file);
  const problems: DataProblem[] = [];
  for (const column of ['year', 'province', 'pci_weighted'])
    if (!table.header.includes(column))
      problems.push({ file: file.file, row: 1, column, ...message('columnMissing', { column }) });
  if (problems.length > 0) throw invalid(file.file, problems);
  const byYear = new Map<number, { rows: CompositeRow[]; warnings: DataProblem[] }>();
  for (const { line, cells } of table.rows) {
    const year = Number(cells.year);
    const definition = PCI_DEFINITIONS.find((d) => d.years[0] <= year && (d.years[1] === null || year <= d.years[1]));
    if (!Number.isInteger(year) || !definition) {
      problems.push({
        file: file.file,
        row: line,
        column: 'year',
        ...message('compositeYearNotInPeriods', { value: cells.year ?? '', index: 'PCI' }),
      });
      continue;
    }
    const values: Record<string, number | null> = {};
    for (const node of definition.nodes.filter((n) => n.parent !== null)) {
      const cell = cells[node.code] ?? '';
      const value = cell === '' ? null : Number(cell);
      if (value !== null && !(value >= 0 && value <= node.max))
        problems.push({
          file: file.file,
          row: line,
          column: node.code,
          ...message('cellOutsideBounds', { cell, min: '0', max: String(node.max) }),
        });
      values[node.code] = value;
    }
    const total = cells.pci_weighted === '' ? null : Number(cells.pci_weighted);
    const unit = provinceName(provinces, cells.province ?? '');
    const entry = byYear.get(year) ?? { rows: [], warnings: [] };
    byYear.set(year, entry);
    entry.rows.push({ unit, values, total, rank: null, line });
    const computed = compositeTotal(definition, values);
    const cellsUsed = [cells.pci_weighted ?? '', ...definition.nodes.map((n) => cells[n.code] ?? '')];
    if (
      definition.weights === 'exact' &&
      total !== null &&
      computed !== null &&
      Math.abs(total - computed) > roundingTolerance(cellsUsed)
    )
      entry.warnings.push({
        file: file.file,
        row: line,
        column: 'pci_weighted',
        ...message('compositeTotalDiffers', {
          unit,
          year,
          published: total.toFixed(2),
          computed: computed.toFixed(2),
          difference: (total - computed).toFixed(2),
        }),
      });
  }
  if (problems.length > 0) throw invalid(file.file, problems);
  return new Map(
    [...byYear]
      .sort(([a], [b]) => a - b)
      .map(([year, { rows, warnings }]) => {
        // Since PCI 2023 only the top 30 totals are published: a year with some totals missing is a published top N.
        const published = rows.filter((r) => r.total !== null).length;
        const partial = published < rows.length;
        return [
          year,
          {
            index: 'pci',
            year,
            definitionId: PCI_DEFINITIONS.find((d) => d.years[0] <= year && (d.years[1] ?? year) >= year)!.id,
            file: file.file,
            rows,
            publishedTop: partial ? published : null,
            of: partial ? Math.max(rows.length, provinces.all.length) : rows.length,
            warnings,
          },
        ] as const;
      }),
  );
}

function provinceName(provinces: ProvinceRegistry, name: string): string {
  const code = provinces.byKey.get(foldName(name));
  return code === undefined ? name.normalize('NFC').trim() : provinces.byCode.get(code)!.nameVi;
}

function invalid(file: string, problems: DataProblem[]): EngineError {
  return new EngineError({
    code: 'INVALID_DATA',
    input: file,
    ...message('dataFileInvalid', { file, count: problems.length }),
    problems,
  });
}

/** PCI: VCCI's Provincial Competitiveness Index, from a survey of private firms; ten sub-indices, weights by period. */
export const pciModule: IndexModule = {
  id: 'pci',
  name: NAME,
  title: { vi: 'Chỉ số Năng lực cạnh tranh cấp tỉnh', en: 'Provincial Competitiveness Index' },
  definitions: [],
  surveyMean: false,
  provinceProfile: false,
  composite: {
    definitions: PCI_DEFINITIONS,
    readYears: readPciTable,
    read(files, provinces): CompositeData | null {
      const text = files[PCI_FILE];
      if (text === undefined) return null;
      return {
        index: 'pci',
        name: NAME,
        definitions: PCI_DEFINITIONS,
        years: readPciTable({ file: PCI_FILE, text }, provinces),
      };
    },
  },
};
