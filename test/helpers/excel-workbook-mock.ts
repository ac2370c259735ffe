// A small Excel workbook for the internal-index sheet tests: sheets hold a grid of cells (value, number format,
// formula), and writing follows Excel's rule that matters here: a string written to Range.values whose cell is not
// formatted as Text ("@") and that starts with "=" becomes a formula (a hostile name would run). Sheets can be added,
// found (getItemOrNullObject), read (getUsedRangeOrNullObject) and cleared; a delete is recorded so a test can insist
// that none happened.

interface Cell {
  value: unknown;
  format: string;
  formula: string | null;
}

export interface FakeSheet {
  readonly name: string;
  readonly cells: Map<string, Cell>;
  deleted: boolean;
  validations: { address: string; rule: unknown }[];
  charts: { type: string; source: string; title: string; series: { name?: string; address?: string }[] }[];
  pageLayout: { orientation?: string; paperSize?: string; zoom?: unknown };
  /** cell notes (Excel.NoteCollection, ExcelApi 1.18) by cellKey */
  notes: Map<string, string>;
}

const toNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function parseAddress(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b] = address.replace(/\$/g, '').split(':');
  const one = (ref: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(ref)!;
    return { c: m[1] ? toNumber(m[1]) : null, r: m[2] ? Number(m[2]) : null };
  };
  const p = one(a!);
  const q = one(b ?? a!);
  return { r0: p.r ?? 1, c0: p.c ?? 1, r1: q.r ?? 1_048_576, c1: q.c ?? 16_384 };
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

/** The cells of a sheet as a grid of values from A1 (empty = ''), as getUsedRange(valuesOnly) would give. */
export function gridOf(sheet: FakeSheet): unknown[][] {
  let rows = 0;
  let cols = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '' || cell.value === null || cell.value === undefined) continue;
    const [r, c] = key.split(',').map(Number) as [number, number];
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.cells.get(cellKey(r + 1, c + 1))?.value ?? ''),
  );
}

/** The workbook, with `existing` sheets holding the given grids of values (A1 = [0][0]). */
export function fakeWorkbook(existing: Record<string, unknown[][]> = {}) {
  const sheets: FakeSheet[] = [];
  const newSheet = (name: string): FakeSheet => {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      deleted: false,
      validations: [],
      charts: [],
      pageLayout: {},
      notes: new Map(),
    };
    sheets.push(sheet);
    return sheet;
  };
  for (const [name, grid] of Object.entries(existing)) {
    const sheet = newSheet(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => sheet.cells.set(cellKey(r + 1, c + 1), { value, format: 'General', formula: null })),
    );
  }
  const live = (name: string) => sheets.find((s) => s.name === name && !s.deleted);

  const rangeOf = (sheet: FakeSheet, address: string) => {
    const { r0, c0, r1, c1 } = parseAddress(address);
    const cell = (r: number, c: number) => {
      const key = cellKey(r, c);
      if (!sheet.cells.has(key)) sheet.cells.set(key, { value: '', format: 'General', formula: null });
      return sheet.cells.get(key)!;
    };
    const each = (grid: unknown[][], set: (cell: Cell, v: unknown) => void) =>
      grid.forEach((row, i) => row.forEach((v, j) => set(cell(r0 + i, c0 + j), v)));
    return {
      address,
      sheet,
      topLeft: { r0, c0 },
      set numberFormat(grid: string[][]) {
        each(grid, (c, v) => (c.format = String(v)));
      },
      set values(grid: unknown[][]) {
        each(grid, (c, v) => {
          if (typeof v === 'string' && v.startsWith('=') && c.format !== '@') {
            c.formula = v;
            c.value = `#FORMULA(${v})`;
          } else {
            c.formula = null;
            c.value = v;
          }
        });
      },
      set formulas(grid: string[][]) {
        each(grid, (c, v) => {
          c.formula = String(v);
          c.value = `#FORMULA(${String(v)})`;
        });
      },
      format: { font: {} as { bold?: boolean }, fill: {} as { color?: string }, autofitColumns() {} },
      dataValidation: {
        clear() {},
        set rule(rule: unknown) {
          sheet.validations.push({ address, rule });
        },
        errorAlert: {},
      },
      clear() {
        for (const [key, c] of sheet.cells) {
          const [r, col] = key.split(',').map(Number) as [number, number];
          if (r >= r0 && r <= r1 && col >= c0 && col <= c1) {
            c.value = '';
            c.formula = null;
          }
        }
      },
    };
  };

  const api = (sheet: FakeSheet) => ({
    name: sheet.name,
    get isNullObject() {
      return false;
    },
    getRange: (address = 'A1:XFD1048576') => rangeOf(sheet, address),
    getUsedRangeOrNullObject() {
      const grid = gridOf(sheet);
      return { isNullObject: grid.length === 0, values: grid, load() {} };
    },
    delete() {
      sheet.deleted = true;
    },
    pageLayout: sheet.pageLayout,
    charts: {
      add(type: string, source: { address: string }) {
        const chart = {
          type,
          source: source.address,
          title: '',
          series: [{}] as { name?: string; address?: string }[],
        };
        sheet.charts.push(chart);
        return {
          title: {
            set text(t: string) {
              chart.title = t;
            },
          },
          setPosition() {},
          series: {
            getItemAt: (i: number) => Object.assign(chart.series[i]!, { setXAxisValues() {} }),
            add(name: string) {
              const s: { name?: string; address?: string } = { name };
              chart.series.push(s);
              return Object.assign(s, { setValues: (r: { address: string }) => (s.address = r.address) });
            },
          },
        };
      },
    },
  });
  const nullSheet = {
    isNullObject: true,
    getUsedRangeOrNullObject: () => ({ isNullObject: true, values: [], load() {} }),
  };
  const context = {
    workbook: {
      notes: {
        add(range: { sheet: FakeSheet; topLeft: { r0: number; c0: number } }, content: string) {
          const key = cellKey(range.topLeft.r0, range.topLeft.c0);
          if (range.sheet.notes.has(key)) throw new Error(`a note exists at ${key}`);
          range.sheet.notes.set(key, content);
        },
      },
      worksheets: {
        getItemOrNullObject(name: string) {
          const sheet = live(name);
          return sheet ? api(sheet) : nullSheet;
        },
        getItem(name: string) {
          return api(live(name)!);
        },
        add(name: string) {
          if (live(name)) throw Object.assign(new Error(`${name} exists`), { code: 'ItemAlreadyExists' });
          return api(newSheet(name));
        },
      },
    },
    async sync() {},
  };
  const Excel = {
    run: <T>(batch: (c: typeof context) => Promise<T>) => batch(context),
    PageOrientation: { landscape: 'Landscape' },
    PaperType: { a4: 'A4' },
  };
  return { Excel, sheets, live };
}
