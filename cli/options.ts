/**
 * Declarations of command-line options. A command lists the options it accepts as `name: SPEC`; the parser
 * (args.ts) refuses everything else, so adding an option to a command is one line in its `options` table.
 */
export interface OptionSpec {
  /** 'string' takes a value (`--year 2019` or `--year=2019`); 'boolean' is a bare flag (`--json`). */
  readonly type: 'string' | 'boolean';
  /** may be given more than once (values collect in order); otherwise a second occurrence is an error */
  readonly multiple?: boolean;
  /** one-letter alias, e.g. 'h' for --help */
  readonly short?: string;
  /** the values allowed, when the set is closed (checked by the parser, with a suggestion) */
  readonly choices?: readonly string[];
  /** placeholder shown in help, e.g. '<năm>' / '<year>' */
  readonly value?: { readonly vi: string; readonly en: string };
  readonly help: { readonly vi: string; readonly en: string };
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

const text = (vi: string, en: string) => ({ vi, en });

/** Accepted by every command. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', help: text('in kết quả (và lỗi) dạng JSON', 'print the result (and errors) as JSON') },
  lang: {
    type: 'string',
    choices: ['vi', 'en'],
    value: text('vi|en', 'vi|en'),
    help: text('ngôn ngữ của bảng kết quả (mặc định vi)', 'language of the printed table (default vi)'),
  },
  help: { type: 'boolean', short: 'h', help: text('in trợ giúp của lệnh này', "print this command's help") },
} as const satisfies OptionTable;

/** Shared declarations, so a command's table is a list of names. */
export const OPTION = {
  index: {
    type: 'string',
    choices: ['papi', 'par'],
    value: text('papi|par', 'papi|par'),
    help: text('chỉ số: papi (mặc định) hoặc par (PAR INDEX)', 'the index: papi (default) or par (PAR INDEX)'),
  },
  year: {
    type: 'string',
    value: text('<năm>', '<year>'),
    help: text('năm kết quả, ví dụ 2019', 'results year, e.g. 2019'),
  },
  province: {
    type: 'string',
    value: text('<tên>', '<name>'),
    help: text('tên hoặc mã tỉnh, ví dụ "An Giang" hoặc 89', 'province name or GSO code, e.g. "An Giang" or 89'),
  },
  set: {
    type: 'string',
    multiple: true,
    value: text('d2=5.5', 'd2=5.5'),
    help: text(
      'đặt điểm một chỉ số (lặp lại được, hoặc d2=5.5,d3=6)',
      "set a measure's score (repeatable, or d2=5.5,d3=6)",
    ),
  },
  add: {
    type: 'string',
    multiple: true,
    value: text('d8=0.4', 'd8=0.4'),
    help: text('cộng thêm vào điểm một chỉ số (lặp lại được)', "add to a measure's score (repeatable)"),
  },
  weights: {
    type: 'string',
    multiple: true,
    value: text('d8=2,...', 'd8=2,...'),
    help: text(
      'trọng số (mô phỏng) hoặc độ khó (mục tiêu) từng chỉ số',
      'weights (simulate) or effort per measure (target)',
    ),
  },
  boundary: {
    type: 'string',
    choices: ['lower', 'upper'],
    value: text('lower|upper', 'lower|upper'),
    help: text(
      'ghi đè quy ước điểm nằm đúng ranh giới nhóm (mặc định theo định nghĩa năm)',
      "override where a score exactly on a group cut-off goes (default: the year's definition)",
    ),
  },
  data: {
    type: 'string',
    multiple: true,
    value: text('<tệp.csv>', '<file.csv>'),
    help: text(
      'dữ liệu PAPI của người dùng (tệp chỉ số nội dung, và tệp chỉ số thành phần nếu có)',
      'your own PAPI data (the dimensions file, and sub-dimension files if any)',
    ),
  },
  'allow-partial': {
    type: 'boolean',
    help: text(
      'chấp nhận tệp --data có ít hơn 2 tỉnh (dữ liệu một phần có chủ đích)',
      'accept a --data file with fewer than 2 provinces (partial on purpose)',
    ),
  },
  'par-data': {
    type: 'string',
    value: text('<tệp.csv>', '<file.csv>'),
    help: text('bảng kết quả PAR INDEX đầy đủ của người dùng', 'your own full PAR INDEX results table'),
  },
  points: {
    type: 'string',
    multiple: true,
    value: text('a1=9,...', 'a1=9,...'),
    help: text('điểm PAR INDEX từng lĩnh vực', 'PAR INDEX points per area'),
  },
  maxima: {
    type: 'string',
    multiple: true,
    value: text('a1=10,...', 'a1=10,...'),
    help: text(
      'điểm tối đa của lĩnh vực chưa công bố mức tối đa',
      'maximum points of areas without a published maximum',
    ),
  },
  na: {
    type: 'string',
    multiple: true,
    value: text('a6', 'a6'),
    help: text('lĩnh vực không áp dụng (không được có điểm)', 'areas that do not apply (must have no points)'),
  },
  criteria: {
    type: 'string',
    value: text('<tệp.csv>', '<file.csv>'),
    help: text('cây tiêu chí PAR INDEX chi tiết', 'detailed PAR INDEX criteria tree'),
  },
  rank: {
    type: 'string',
    value: text('<K>', '<K>'),
    help: text('mục tiêu thứ hạng (K hoặc tốt hơn)', 'goal: rank K or better'),
  },
  group: {
    type: 'string',
    value: text('<nhóm>', '<group>'),
    help: text(
      'mục tiêu nhóm: best, high-average... (PAR: A, B...)',
      'goal group: best, high-average... (PAR: A, B...)',
    ),
  },
  total: { type: 'string', value: text('<T>', '<T>'), help: text('mục tiêu tổng điểm', 'goal: a total') },
  dimension: {
    type: 'string',
    value: text('d3', 'd3'),
    help: text('xếp hạng theo một chỉ số thay vì tổng điểm', 'rank by one measure instead of the total'),
  },
  scenario: {
    type: 'string',
    value: text('<kịch-bản.json>', '<scenario.json>'),
    help: text('tệp kịch bản (năm, thay đổi, trọng số)', 'a scenario file (year, changes, weights)'),
  },
  compare: {
    type: 'string',
    value: text('<kịch-bản-b.json>', '<scenario-b.json>'),
    help: text('so sánh với kịch bản thứ hai (cùng năm)', 'compare with a second scenario (same year)'),
  },
  cap: {
    type: 'string',
    choices: ['bounds', 'best', 'gain', 'realistic'],
    value: text('bounds|best|gain|realistic', 'bounds|best|gain|realistic'),
    help: text('giới hạn mức tăng mỗi phần (mặc định bounds)', 'limit on each increase (default bounds)'),
  },
  level: {
    type: 'string',
    choices: ['dimension', 'subdimension'],
    value: text('dimension|subdimension', 'dimension|subdimension'),
    help: text('phân bổ theo chỉ số nội dung hay chỉ số thành phần', 'allocate over dimensions or sub-dimensions'),
  },
  iterations: {
    type: 'string',
    value: text('<N>', '<N>'),
    help: text('số lượt mô phỏng (mặc định 10000)', 'Monte Carlo iterations (default 10000)'),
  },
  seed: {
    type: 'string',
    value: text('<S>', '<S>'),
    help: text(
      'hạt giống ngẫu nhiên, số nguyên (kết quả in lại hạt giống đã dùng)',
      'random seed, an integer (the result echoes it)',
    ),
  },
  se: {
    type: 'string',
    value: text('<x>', '<x>'),
    help: text('sai số chuẩn của tổng điểm', 'standard error of the total'),
  },
  ci: {
    type: 'string',
    value: text('<x>', '<x>'),
    help: text(
      'nửa độ rộng khoảng tin cậy 95% của tổng điểm',
      'half-width of the 95% confidence interval of the total',
    ),
  },
  years: {
    type: 'string',
    value: text('<n>', '<n>'),
    help: text('số năm đến kỳ khảo sát mục tiêu', 'years until the target survey'),
  },
  static: { type: 'boolean', help: text('các tỉnh khác giữ nguyên điểm', 'the other provinces keep their scores') },
  find: {
    type: 'string',
    value: text('<tên>', '<name>'),
    help: text('tìm một tỉnh theo tên hoặc mã', 'find one province by name or code'),
  },
} as const satisfies OptionTable;

/** `--index` of the commands that also show published SIPAS rows (score, ranking). */
export const INDEX_WITH_SIPAS = {
  type: 'string',
  choices: ['papi', 'par', 'sipas'],
  value: text('papi|par|sipas', 'papi|par|sipas'),
  help: text(
    'chỉ số: papi (mặc định), par (PAR INDEX) hoặc sipas (chỉ số hài lòng, kết quả công bố)',
    'the index: papi (default), par (PAR INDEX) or sipas (satisfaction index, published results)',
  ),
} as const satisfies OptionSpec;

/** The 34 units of 1 July 2025 and the user's data files: accepted by every PAPI command (docs/merged-units.md). */
export const UNITS_OPTIONS = {
  units: {
    type: 'string',
    choices: ['2025', '63'],
    value: text('2025|63', '2025|63'),
    help: text(
      '2025: 34 đơn vị từ 1/7/2025 (điểm cơ sở ước tính cho đơn vị sáp nhập); 63: các tỉnh cũ',
      '2025: the 34 units of 1 July 2025 (reconstructed baselines for merged units); 63: the former provinces',
    ),
  },
  'unit-weights': {
    type: 'string',
    value: text('<tệp.csv>', '<file.csv>'),
    help: text(
      'trọng số của các tỉnh cũ (province,weight) thay cho dân số, khi tính điểm cơ sở đơn vị sáp nhập',
      "weights of the former provinces (province,weight) instead of populations, for merged units' baselines",
    ),
  },
  'data-dir': {
    type: 'string',
    value: text('<thư-mục>', '<folder>'),
    help: text(
      'mọi tệp của năm trong một thư mục (papi_<năm>_*.csv, parindex_<năm>.csv, sipas_<năm>.csv)',
      "all of the year's files in a folder (papi_<year>_*.csv, parindex_<year>.csv, sipas_<year>.csv)",
    ),
  },
  definition: {
    type: 'string',
    multiple: true,
    value: text('<tệp.json>', '<file.json>'),
    help: text(
      'định nghĩa phương pháp chưa có sẵn (JSON, xem docs/data-formats.md)',
      'a methodology the product does not ship (JSON, see docs/data-formats.md)',
    ),
  },
  'sipas-data': {
    type: 'string',
    value: text('<tệp.csv>', '<file.csv>'),
    help: text('kết quả SIPAS của người dùng', 'your own SIPAS results'),
  },
} as const satisfies OptionTable;

/** `--of N`: the field a `--rank K` target was written against (restated by percentile). */
export const OF_OPTION = {
  type: 'string',
  value: text('<N>', '<N>'),
  help: text(
    'mục tiêu --rank K viết trên N tỉnh (ví dụ 63): quy đổi theo phân vị',
    'the --rank K target was written against N provinces (e.g. 63): restated by percentile',
  ),
} as const satisfies OptionSpec;
