import { groupName as engineGroupName, isEngineError, type LocalName, type PapiGroup } from '../../engine';

/** The two languages of every text in the pane. */
export type Lang = 'vi' | 'en';

/**
 * Every fixed text of the task pane, in Vietnamese and English. `{0}`, `{1}`... are filled by `t()`. Engine results
 * carry their own bilingual names and messages ({vi, en}); this table only holds the pane's own words.
 */
export const MESSAGES = {
  appTitle: { vi: 'PAPI · PAR INDEX: phân tích và kịch bản', en: 'PAPI · PAR INDEX: analysis and scenarios' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  switchLanguageLabel: { vi: 'Chuyển sang tiếng Anh', en: 'Switch to Vietnamese' },
  loading: { vi: 'Đang tải dữ liệu...', en: 'Loading data...' },
  errorsHeading: { vi: 'Lỗi', en: 'Error' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  problemsCount: {
    vi: '{0} lỗi trong {1} tệp (bấm tên tệp để xem):',
    en: '{0} problem(s) in {1} file(s) (open a file to see them):',
  },
  problemsInFile: { vi: '{0}: {1} lỗi', en: '{0}: {1} problems' },
  problemsInFileOne: { vi: '{0}: 1 lỗi', en: '{0}: 1 problem' },
  savedInWorkbook: {
    vi: 'Lưu trong sổ làm việc Excel này: đi cùng tệp, còn nguyên khi đóng và mở lại.',
    en: 'Kept in this Excel workbook: they travel with the file and survive closing it.',
  },
  savedInBrowser: {
    vi: 'Lưu trong trình duyệt này (không mở trong Excel): không đi cùng tệp nào.',
    en: 'Kept in this browser (not opened in Excel): they do not travel with any file.',
  },
  deleteAsk: { vi: 'Xóa "{0}"?', en: 'Delete "{0}"?' },
  deleteYes: { vi: 'Xóa', en: 'Delete' },
  deleteNo: { vi: 'Giữ lại', en: 'Keep' },
  deletedName: { vi: 'Đã xóa "{0}".', en: 'Deleted "{0}".' },
  undoDelete: { vi: 'Hoàn tác', en: 'Undo' },
  chooseFile: { vi: 'Chọn tệp...', en: 'Choose a file...' },
  chooseFiles: { vi: 'Chọn các tệp...', en: 'Choose files...' },
  fileNoneChosen: { vi: 'Chưa chọn tệp', en: 'No file chosen' },
  classScaleHelp: {
    vi: 'Mỗi dòng một loại, từ cao xuống thấp: tên loại và điểm tối thiểu (% điểm tối đa). Dòng cuối: các đơn vị còn lại.',
    en: 'One row per class, highest first: its name and lowest score (% of the maximum). The last row: every other unit.',
  },
  classRowName: { vi: 'Tên loại {0}', en: 'Name of class {0}' },
  classRowMin: { vi: 'Điểm tối thiểu của loại {0} (%)', en: 'Lowest score of class {0} (%)' },
  classRowFrom: { vi: 'từ', en: 'from' },
  classRowRest: { vi: 'còn lại', en: 'the rest' },
  classRowRemove: { vi: 'Bỏ loại {0}', en: 'Remove class {0}' },
  classRowAdd: { vi: 'Thêm một loại', en: 'Add a class' },
  classRowReset: { vi: 'Về thang mẫu', en: 'Back to the sample scale' },
  problemRow: { vi: 'dòng {0}', en: 'row {0}' },
  problemColumn: { vi: 'cột {0}', en: 'column {0}' },
  problemRowColumn: { vi: 'dòng {0}, cột {1}', en: 'row {0}, column {1}' },
  problemsCopy: { vi: 'Sao chép danh sách', en: 'Copy the list' },
  problemsDownload: { vi: 'Tải danh sách về', en: 'Download the list' },
  problemsCopied: { vi: 'Đã sao chép danh sách lỗi.', en: 'The list of problems was copied.' },
  problemsCopyFailed: {
    vi: 'Trình duyệt không cho sao chép: hãy dùng "Tải danh sách về".',
    en: 'The browser refused to copy: use "Download the list".',
  },
  dismissedMessages: { vi: 'Thông báo đã đóng ({0})', en: 'Dismissed messages ({0})' },
  didYouMean: { vi: 'Có phải:', en: 'Did you mean:' },
  unexpectedError: { vi: 'Lỗi không mong đợi: {0}', en: 'Unexpected error: {0}' },

  tasksLabel: { vi: 'Các việc', en: 'Tasks' },
  taskResults: { vi: 'Kết quả', en: 'Results' },
  taskSimulate: { vi: 'Mô phỏng', en: 'Simulate' },
  taskPlan: { vi: 'Kế hoạch', en: 'Plan' },
  taskInternal: { vi: 'CCHC nội bộ', en: 'Internal' },
  taskSaved: { vi: 'Đã lưu', en: 'Saved' },
  taskNeedsProvince: {
    vi: 'Chọn tỉnh, thành phố và năm ở trên rồi bấm "Xem".',
    en: 'Choose a province and a year above, then press "Show".',
  },
  selectionHeading: { vi: 'Chọn tỉnh và năm', en: 'Province and year' },
  index: { vi: 'Chỉ số', en: 'Index' },
  indexPapi: { vi: 'PAPI', en: 'PAPI' },
  indexPar: { vi: 'PAR INDEX', en: 'PAR INDEX' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  provinceHint: {
    vi: 'Gõ tên, có thể không dấu (ví dụ: an giang)',
    en: 'Type a name, diacritics optional (e.g. an giang)',
  },
  year: { vi: 'Năm', en: 'Year' },
  show: { vi: 'Xem', en: 'Show' },
  unitsSwitch: {
    vi: 'Đơn vị 2025 (34 tỉnh, thành phố từ 1/7/2025)',
    en: '2025 units (the 34 provinces from 1 July 2025)',
  },
  unitsOff: {
    vi: 'Đang dùng: 63 tỉnh cũ, số công bố (đến năm 2024).',
    en: 'In use: the 63 former provinces, as published (up to 2024).',
  },
  unitsOn: {
    vi: 'Đang dùng: 34 đơn vị từ 1/7/2025; điểm của đơn vị sáp nhập là ước tính từ các tỉnh cũ.',
    en: "In use: the 34 units of 1 July 2025; a merged unit's score is an estimate from its former provinces.",
  },
  unitHeading: { vi: 'Đơn vị từ 1/7/2025', en: '2025 unit' },
  restateHeading: {
    vi: 'Quy đổi chỉ tiêu hạng từ 63 tỉnh cũ',
    en: 'A rank target of the 63 former provinces, restated',
  },
  restateLabel: { vi: 'Hạng chỉ tiêu (trên 63)', en: 'Target rank (of 63)' },
  restateButton: { vi: 'Quy đổi sang 34 đơn vị', en: 'Restate for the 34 units' },
  estimateSuffix: { vi: '(ước tính)', en: '(estimate)' },
  unitNotMerged: {
    vi: 'Không sáp nhập: điểm công bố, xếp hạng trong 34 đơn vị.',
    en: 'Not merged: published scores, ranked among the 34 units.',
  },
  unitPredecessors: { vi: 'Các tỉnh cũ (số công bố năm {0})', en: 'Former provinces (published {0})' },
  formerProvince: { vi: 'Tỉnh cũ', en: 'Former province' },
  weightShare: { vi: 'Tỷ trọng', en: 'Weight' },
  predecessorRange: { vi: 'Khoảng (thấp nhất–cao nhất)', en: 'Range (lowest–highest)' },
  simpleMean: { vi: 'Bình quân giản đơn', en: 'Simple mean' },
  unitEstimate: { vi: 'Ước tính của đơn vị (bình quân gia quyền)', en: 'Unit estimate (weighted mean)' },
  chartTitleUnits: {
    vi: 'Tổng điểm PAPI {0} của 34 đơn vị theo thứ hạng (kịch bản; đơn vị sáp nhập: ước tính)',
    en: 'PAPI {0} totals of the 34 units by rank (scenario; merged units: estimates)',
  },

  profileHeading: { vi: 'Kết quả {0} năm {1}', en: '{0} results, {1}' },
  measure: { vi: 'Chỉ số', en: 'Measure' },
  code: { vi: 'Mã', en: 'Code' },
  score: { vi: 'Điểm', en: 'Score' },
  rank: { vi: 'Hạng', en: 'Rank' },
  group: { vi: 'Nhóm', en: 'Group' },
  change: { vi: 'Thay đổi so với {0}', en: 'Change since {0}' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  rankOf: { vi: '{0}/{1}', en: '{0} of {1}' },
  unranked: { vi: 'không xếp hạng', en: 'unranked' },
  missing: { vi: '—', en: '—' },
  strengths: { vi: 'Điểm mạnh (nhóm cao nhất)', en: 'Strengths (best group)' },
  weaknesses: { vi: 'Điểm yếu (nhóm thấp nhất)', en: 'Weaknesses (poor group)' },
  none: { vi: 'không có', en: 'none' },
  rankUp: { vi: '↑{0} hạng', en: '↑{0} places' },
  rankUpOne: { vi: '↑1 hạng', en: '↑1 place' },
  rankDown: { vi: '↓{0} hạng', en: '↓{0} places' },
  rankDownOne: { vi: '↓1 hạng', en: '↓1 place' },
  rankSame: { vi: 'giữ hạng', en: 'same rank' },
  noPrevious: { vi: 'Không có năm trước để so sánh.', en: 'No previous year to compare with.' },

  simulateHeading: { vi: 'Mô phỏng "nếu... thì"', en: 'What-if simulation' },
  simulateHelp: {
    vi: 'Kéo thanh trượt để đặt điểm mới cho từng chỉ số nội dung; mở một chỉ số để chỉnh chỉ số thành phần.',
    en: 'Drag a slider to set a new score for a dimension; expand a dimension to adjust its sub-dimensions.',
  },
  scenarioName: { vi: 'Tên kịch bản', en: 'Scenario name' },
  defaultScenarioName: { vi: 'Kịch bản {0} {1}', en: 'Scenario {0} {1}' },
  subdimensions: { vi: 'Chỉ số thành phần của {0}', en: 'Sub-dimensions of {0}' },
  sliderLabel: { vi: '{0} {1} (từ {2} đến {3})', en: '{0} {1} (from {2} to {3})' },
  base: { vi: 'Gốc', en: 'Base' },
  scenario: { vi: 'Kịch bản', en: 'Scenario' },
  resetChanges: { vi: 'Về điểm gốc', en: 'Reset to published' },
  outcomeTotal: { vi: 'Tổng điểm: {0} → {1}', en: 'Total: {0} → {1}' },
  outcomeRank: { vi: 'Hạng: {0} → {1}', en: 'Rank: {0} → {1}' },
  outcomeGroup: { vi: 'Nhóm: {0} → {1}', en: 'Group: {0} → {1}' },
  chartTitle: {
    vi: 'Tổng điểm PAPI {0} của các tỉnh theo thứ hạng (kịch bản)',
    en: 'PAPI {0} totals of all provinces by rank (scenario)',
  },
  chartDesc: { vi: '{0} đứng hạng {1}/{2} với {3} điểm.', en: '{0} ranks {1} of {2} with {3} points.' },
  chartCutoffs: {
    vi: 'Điểm tối thiểu của nhóm cao nhất, nhóm trung bình cao, nhóm trung bình thấp: {0}; {1}; {2}.',
    en: 'Lowest total of the best performers, the high average, the low average group: {0}; {1}; {2}.',
  },
  chartAxisTotal: { vi: 'Tổng điểm', en: 'Total' },
  chartAxisRanks: { vi: '{0} tỉnh, thành phố theo thứ hạng (1 → {0})', en: '{0} provinces by rank (1 → {0})' },
  chartTarget: { vi: 'Tổng điểm mục tiêu: {0}.', en: 'Target total: {0}.' },
  chartTargetShort: { vi: 'Mục tiêu', en: 'Target' },
  chartAsText: {
    vi: 'Biểu đồ dạng chữ: tổng điểm và hạng của các tỉnh',
    en: "The chart as text: every province's total and rank",
  },
  subdimensionChangeNote: {
    vi: 'Đổi chỉ số thành phần sẽ bỏ thay đổi trực tiếp của chỉ số nội dung đó (và ngược lại).',
    en: 'Changing a sub-dimension drops a direct change of its dimension (and the other way round).',
  },

  targetHeading: { vi: 'Mục tiêu: cần tăng ít nhất bao nhiêu?', en: 'Target: the least improvement' },
  goalKind: { vi: 'Loại mục tiêu', en: 'Goal' },
  goalRank: { vi: 'Thứ hạng', en: 'Rank' },
  goalGroup: { vi: 'Nhóm', en: 'Group' },
  targetRank: { vi: 'Hạng mục tiêu (hoặc tốt hơn)', en: 'Target rank (or better)' },
  targetGroup: { vi: 'Nhóm mục tiêu', en: 'Target group' },
  caps: { vi: 'Giới hạn tăng điểm', en: 'Caps on each dimension' },
  capsBounds: { vi: 'Theo thang điểm (tối đa 10)', en: 'Index bounds (up to 10)' },
  capsBest: { vi: 'Điểm cao nhất năm đó', en: 'Best score that year' },
  capsGain: { vi: 'Mức tăng lớn nhất từng thấy', en: 'Largest gain seen' },
  capsRealistic: { vi: 'Thực tế (chặt hơn trong hai mức trên)', en: 'Realistic (the tighter of the two above)' },
  effortWeights: {
    vi: 'Công sức cho 1 điểm (để trống = theo dữ liệu)',
    en: 'Effort per point (blank = from the data)',
  },
  effortNote: {
    vi: 'Mặc định suy ra từ dữ liệu: một điểm "rẻ" hơn ở chỉ số mà điểm các tỉnh thay đổi nhiều hơn giữa hai năm liền nhau (công sức = mức thay đổi trung bình hằng năm của mọi chỉ số ÷ mức đó của chỉ số này). Có thể nhập tay.',
    en: "Derived from the data by default: a point is cheaper in a dimension whose provincial scores moved more from one year to the next (effort = the average yearly change of all dimensions ÷ this dimension's). You can type your own.",
  },
  targetFromScenario: {
    vi: 'Tính từ kịch bản hiện tại (giá trị trên thanh trượt): {0} điểm, hạng {1}.',
    en: 'Solved from the current scenario (the slider values): {0} points, rank {1}.',
  },
  targetFromPublished: {
    vi: 'Tính từ điểm công bố năm {0} (chưa có thay đổi trên thanh trượt): {1} điểm, hạng {2}.',
    en: 'Solved from the published {0} scores (no slider has moved): {1} points, rank {2}.',
  },
  targetNeed: {
    vi: 'Cần tăng ít nhất {0} điểm tổng để đạt {1}.',
    en: 'At least {0} more points in total are needed to reach {1}.',
  },
  goalPhraseRank: { vi: 'hạng {0} trở lên', en: 'rank {0} or better' },
  goalPhraseGroup: { vi: 'nhóm "{0}"', en: 'the "{0}" group' },
  targetStale: {
    vi: 'Thanh trượt đã thay đổi sau lần tính này: hãy bấm Tính lại.',
    en: 'The sliders moved since this was solved: press Solve again.',
  },
  sensitivityHeading: {
    vi: 'Vì sao chỉ số nào cũng như nhau với tổng hạng?',
    en: 'Why does every dimension move the total rank alike?',
  },
  sensitivityWhy: {
    vi: 'Tổng điểm PAPI là tổng không trọng số của các chỉ số nội dung, nên thêm {0} điểm ở bất kỳ chỉ số nào cũng đổi tổng hạng như nhau ({1}) cho đến khi chạm giới hạn. Điều khác nhau: hạng và nhóm của chính chỉ số đó, và khoảng còn lại đến giới hạn.',
    en: "The PAPI total is an unweighted sum of the dimensions, so {0} more point in any dimension moves the total rank alike ({1}) until it reaches its cap. What differs: the dimension's own rank and group, and its headroom to the cap.",
  },
  ownRank: { vi: 'Hạng riêng, nhóm', en: 'Own rank, group' },
  headroom: { vi: 'Còn đến giới hạn', en: 'Headroom to cap' },
  effort: { vi: 'Công sức/điểm', en: 'Effort/point' },
  solve: { vi: 'Tính', en: 'Solve' },
  requiredTotal: { vi: 'Tổng điểm cần đạt: {0}', en: 'Total needed: {0}' },
  allocation: { vi: 'Phân bổ mức tăng', en: 'Allocation' },
  increase: { vi: 'Tăng', en: 'Increase' },
  cap: { vi: 'Giới hạn', en: 'Cap' },
  singleDimension: { vi: 'Chỉ tăng riêng chỉ số này', en: 'This dimension alone' },
  notEnoughAlone: { vi: 'không đủ', en: 'not enough' },
  targetOutcome: { vi: 'Sau phân bổ: {0} điểm, hạng {1}, {2}', en: 'After the allocation: {0} points, rank {1}, {2}' },
  unreachable: { vi: 'Không đạt được mục tiêu', en: 'Target not reachable' },
  applyToSliders: { vi: 'Đưa vào mô phỏng', en: 'Use in the simulation' },

  goalTotal: { vi: 'Tổng điểm', en: 'Total' },
  targetTotal: { vi: 'Tổng điểm mục tiêu (hoặc cao hơn)', en: 'Target total (or more)' },

  planHeading: { vi: 'Kế hoạch nâng cao chỉ số PAPI', en: 'PAPI improvement plan' },
  planHelp: {
    vi: 'Đặt chỉ tiêu cho từng chỉ số nội dung (hoặc chỉ số thành phần), mục tiêu và cơ quan chủ trì. Khung tính ngay tổng điểm, thứ hạng, nhóm, khả năng đạt mục tiêu và phương án ít công sức nhất. Để trống = giữ điểm năm cơ sở.',
    en: 'Set a target per dimension (or sub-dimension), a goal and the responsible agency. The pane shows at once the total, rank, group, the chance of the goal and the least-effort alternative. Blank = keep the baseline score.',
  },
  planName: { vi: 'Tên kế hoạch', en: 'Plan name' },
  planDefaultName: { vi: 'Kế hoạch PAPI {1} tỉnh {0}', en: 'PAPI plan {1}, {0}' },
  planBaselineYear: { vi: 'Năm cơ sở', en: 'Baseline year' },
  planTargetYear: { vi: 'Năm mục tiêu', en: 'Target year' },
  planChanceSettings: { vi: 'Thiết lập Monte Carlo', en: 'Monte Carlo settings' },
  planFromSliders: { vi: 'Lấy từ thanh trượt', en: 'Take from the sliders' },
  planFromSolver: { vi: 'Lấy phương án ít công sức nhất', en: 'Take the least-effort alternative' },
  planClear: { vi: 'Xóa chỉ tiêu', en: 'Clear targets' },
  planTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  planAgency: { vi: 'Cơ quan chủ trì', en: 'Agency' },
  planEmpty: { vi: 'Nhập chỉ tiêu để xem kết quả.', en: 'Enter targets to see what they imply.' },
  planSummaryHeading: { vi: 'Kế hoạch này cho kết quả gì?', en: 'What does this plan imply?' },
  planImplied: {
    vi: 'Tổng điểm theo chỉ tiêu: {0} ({1} so với {2})',
    en: 'Total implied by the targets: {0} ({1} on {2})',
  },
  planFieldMeets: {
    vi: 'Đặt vào bảng xếp hạng {0}: hạng {1}, {2} – đạt mục tiêu',
    en: 'Placed in the {0} field: rank {1}, {2} – meets the goal',
  },
  planFieldMisses: {
    vi: 'Đặt vào bảng xếp hạng {0}: hạng {1}, {2} – chưa đạt mục tiêu',
    en: 'Placed in the {0} field: rank {1}, {2} – misses the goal',
  },
  planChance: {
    vi: 'Xác suất đạt mục tiêu năm {0} (từ bảng {1}, {2} lượt, hạt giống {3}): {4}; hạng trung vị {5}, khoảng 90%: {6}',
    en: 'Probability of the {0} goal (from the {1} field, {2} iterations, seed {3}): {4}; median rank {5}, 90% interval: {6}',
  },
  planChanceRunning: {
    vi: 'Đang tính xác suất: {0}/{1} lượt...',
    en: 'Computing the probability: {0} of {1} iterations...',
  },
  planChanceTotalGoal: {
    vi: 'Mục tiêu là tổng điểm: không có xác suất thứ hạng.',
    en: 'The goal is a total: there is no rank probability.',
  },
  planLeast: {
    vi: 'Phương án ít công sức nhất đạt cùng mục tiêu (bảng {0}, giới hạn thực tế, công sức theo dữ liệu): {1} tổng điểm ({2}).',
    en: 'Least-effort alternative meeting the same goal ({0} field, realistic caps, effort from the data): {1} in total ({2}).',
  },
  planLeastUnreachable: {
    vi: 'Trong bảng {0}, mục tiêu không đạt được trong giới hạn thực tế: {1}',
    en: 'In the {0} field the goal cannot be met within realistic caps: {1}',
  },
  planUseLeast: { vi: 'Dùng phương án này làm chỉ tiêu', en: 'Use it as the targets' },
  planSurplus: {
    vi: 'Các chỉ tiêu cộng thêm {0}, nhiều hơn mức mục tiêu cần ({1}).',
    en: 'The targets add {0}, more than the goal needs ({1}).',
  },
  planNoSurplus: {
    vi: 'Các chỉ tiêu cộng thêm {0}; mục tiêu cần {1}.',
    en: 'The targets add {0}; the goal needs {1}.',
  },
  planFlags: {
    vi: 'Chỉ tiêu mục tiêu không cần (bỏ đi vẫn đạt): {0}. Vượt mức tăng lớn nhất từng có trong một năm: {1}.',
    en: 'Targets the goal does not need (still met without them): {0}. Above what any province has gained in a year: {1}.',
  },
  planLeastLine: { vi: 'phương án ít công sức: {0}', en: 'least effort: {0}' },
  planNotNeeded: { vi: 'mục tiêu không cần', en: 'not needed for the goal' },
  planEveryLine: {
    vi: 'mọi chỉ tiêu (thiếu một chỉ tiêu bất kỳ vẫn đạt)',
    en: 'every one of them (met without any one)',
  },
  planAboveGain: { vi: 'vượt mức tăng lớn nhất trong một năm ({0})', en: 'above the largest one-year gain ({0})' },
  planMet: { vi: 'thực tế {0}: {1} ✓', en: 'actual {0}: {1} ✓' },
  planMissed: { vi: 'thực tế {0}: {1} ✗', en: 'actual {0}: {1} ✗' },
  planAchievedMet: {
    vi: 'Thực tế {0}: {1} điểm, hạng {2}, {3} – đạt mục tiêu; đạt chỉ tiêu: {4} (trên {5}).',
    en: 'Actual {0}: {1} points, rank {2}, {3} – goal met; targets hit: {4} (of {5}).',
  },
  planAchievedMissed: {
    vi: 'Thực tế {0}: {1} điểm, hạng {2}, {3} – không đạt mục tiêu; đạt chỉ tiêu: {4} (trên {5}).',
    en: 'Actual {0}: {1} points, rank {2}, {3} – goal missed; targets hit: {4} (of {5}).',
  },
  planSave: { vi: 'Lưu kế hoạch', en: 'Save plan' },
  planSaved: { vi: 'Đã lưu kế hoạch "{0}".', en: 'Saved the plan "{0}".' },
  planImport: { vi: 'Nhập kế hoạch (JSON)', en: 'Import a plan (JSON)' },
  planImported: { vi: 'Đã mở kế hoạch từ {0}.', en: 'Opened the plan from {0}.' },
  planWriteSheet: { vi: 'Ghi kế hoạch vào trang tính', en: 'Write plan to sheet' },
  planNone: { vi: 'Chưa có kế hoạch nào được lưu.', en: 'No saved plans yet.' },

  chanceHeading: { vi: 'Khả năng đạt mục tiêu (Monte Carlo)', en: 'Chance of reaching the target (Monte Carlo)' },
  iterations: { vi: 'Số lần mô phỏng', en: 'Iterations' },
  seed: { vi: 'Hạt giống ngẫu nhiên', en: 'Random seed' },
  othersMove: { vi: 'Các tỉnh khác cũng thay đổi', en: 'Other provinces move too' },
  useScenario: { vi: 'Dùng điểm của kịch bản hiện tại', en: 'Use the current scenario scores' },
  start: { vi: 'Chạy', en: 'Run' },
  cancel: { vi: 'Dừng', en: 'Cancel' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  progressText: { vi: '{0}/{1} lần', en: '{0} of {1} iterations' },
  cancelled: { vi: 'Đã dừng.', en: 'Cancelled.' },
  probability: { vi: 'Xác suất đạt mục tiêu: {0}', en: 'Probability of reaching the target: {0}' },
  rankSummary: {
    vi: 'Hạng danh nghĩa {0}; trung vị {1}; khoảng 90%: {2}',
    en: 'Nominal rank {0}; median {1}; 90% interval: {2}',
  },
  rankInterval: { vi: 'hạng {0}–{1}', en: 'ranks {0}–{1}' },
  rankIntervalOne: { vi: 'luôn hạng {0}', en: 'always rank {0}' },
  trackRecord: {
    vi: 'Độ tin cậy đã kiểm chứng: khi kiểm định lại các năm {0}–{1} ({2} trường hợp), {3}% thứ hạng thực tế nằm trong khoảng 90% như vậy.',
    en: 'Track record: in back-tests of {0}–{1} ({2} cases), {3}% of actual ranks fell inside such a 90% interval.',
  },
  assumptions: { vi: 'Giả định', en: 'Assumptions' },
  workerUnavailable: { vi: 'Trình duyệt không chạy được Web Worker.', en: 'This browser cannot run a Web Worker.' },

  yearFilesHeading: { vi: 'Thêm một năm mới công bố', en: 'Add a newly published year' },
  yearFilesHelp: {
    vi: 'Chọn các tệp CSV của năm (papi_<năm>_dimensions.csv, papi_<năm>_d<k>_subdimensions.csv, parindex_<năm>.csv, sipas_<năm>.csv). Tệp được kiểm tra như papi data add; bộ phận CNTT thêm năm cho mọi người bằng lệnh đó.',
    en: "Choose the year's CSV files (papi_<year>_dimensions.csv, papi_<year>_d<k>_subdimensions.csv, parindex_<year>.csv, sipas_<year>.csv). They are checked as papi data add checks them; IT adds the year for everyone with that command.",
  },
  yearFilesChoose: { vi: 'Chọn tệp của năm...', en: "Choose the year's files..." },
  yearFilesKeptWorkbook: {
    vi: 'Giữ trong sổ làm việc Excel này: {0}.',
    en: 'Kept in this Excel workbook: {0}.',
  },
  yearFilesKeptBrowser: {
    vi: 'Giữ trong trình duyệt này (không có Excel): {0}.',
    en: 'Kept in this browser (no Excel host): {0}.',
  },
  yearFilesAdded: {
    vi: 'Đã thêm năm {0} ({1} đơn vị) từ tệp của bạn.',
    en: 'Added {0} ({1} units) from your files.',
  },
  yearFilesNoYear: {
    vi: 'Tên tệp phải như papi_<năm>_dimensions.csv, papi_<năm>_d<k>_subdimensions.csv, parindex_<năm>.csv hoặc sipas_<năm>.csv.',
    en: 'File names must be like papi_<year>_dimensions.csv, papi_<year>_d<k>_subdimensions.csv, parindex_<year>.csv or sipas_<year>.csv.',
  },
  yearFilesManyYears: {
    vi: 'Các tệp thuộc nhiều năm ({0}): chọn tệp của một năm.',
    en: "The files are of several years ({0}): choose one year's files.",
  },
  yearFilesExists: {
    vi: 'Năm {0} đã có trong dữ liệu: không thay thế.',
    en: '{0} is already in the data: it is not replaced.',
  },

  scenariosHeading: { vi: 'Kịch bản đã lưu', en: 'Saved scenarios' },
  saveScenario: { vi: 'Lưu kịch bản', en: 'Save scenario' },
  noScenarios: { vi: 'Chưa có kịch bản nào.', en: 'No scenarios yet.' },
  open: { vi: 'Mở', en: 'Open' },
  delete: { vi: 'Xóa', en: 'Delete' },
  scenarioSaved: { vi: 'Đã lưu "{0}".', en: 'Saved "{0}".' },
  scenarioSummary: { vi: '{0} · {1} thay đổi', en: '{0} · {1} changes' },
  scenarioUnitsTag: { vi: '34 đơn vị từ 1/7/2025', en: '34 units of 1 July 2025' },
  exportJson: { vi: 'Xuất JSON', en: 'Export JSON' },
  importJson: { vi: 'Nhập từ tệp JSON', en: 'Import a JSON file' },
  imported: { vi: 'Đã nhập {0} kịch bản từ {1}.', en: 'Imported {0} scenario(s) from {1}.' },
  exportCsv: { vi: 'Xuất bảng xếp hạng (CSV)', en: 'Export the ranking (CSV)' },
  writeToSheet: { vi: 'Ghi vào trang tính', en: 'Write to sheet' },
  writeToSheetStandalone: {
    vi: 'Chỉ dùng được khi mở trong Excel: trang này đang chạy độc lập trong trình duyệt.',
    en: 'Available inside Excel only: this page is running standalone in a browser.',
  },
  sheetWritten: { vi: 'Đã tạo trang tính "{0}".', en: 'Created the worksheet "{0}".' },
  restoreProblems: {
    vi: 'Bỏ qua {0} kịch bản đã lưu không đọc được.',
    en: 'Skipped {0} saved scenarios that could not be read.',
  },

  parHeading: { vi: 'PAR INDEX: điểm theo lĩnh vực', en: 'PAR INDEX: points by area' },
  parHelp: {
    vi: 'Nhập điểm từng lĩnh vực; lĩnh vực chưa công bố điểm tối đa cần nhập điểm tối đa.',
    en: "Enter each area's points; areas whose maximum is not published need a maximum too.",
  },
  points: { vi: 'Điểm', en: 'Points' },
  maximum: { vi: 'Điểm tối đa', en: 'Maximum' },
  parResult: { vi: 'Tổng {0} điểm ({1}%), nhóm {2}', en: 'Total {0} points ({1}%), group {2}' },
  parRank: {
    vi: 'Hạng ước tính: {0}–{1}/{2} (dựa trên {3} kết quả công bố)',
    en: 'Estimated rank: {0}–{1} of {2} (from {3} published results)',
  },
  parRankOne: {
    vi: 'Hạng ước tính: {0}/{1} (dựa trên {2} kết quả công bố)',
    en: 'Estimated rank: {0} of {1} (from {2} published results)',
  },
  parPublishedHeading: { vi: 'PAR INDEX và SIPAS đã công bố', en: 'Published PAR INDEX and SIPAS' },
  parPublishedHelp: {
    vi: 'Kết quả công bố của một tỉnh qua các năm có trong dữ liệu (nguồn trích dẫn chỉ nêu một phần các tỉnh mỗi năm).',
    en: "A province's published results for every year in the data (the cited sources state some provinces each year, not all).",
  },
  parPublishedFormer: { vi: 'Tỉnh cũ {0} (đến 30/6/2025)', en: 'Former province {0} (until 30 June 2025)' },
  parPublishedUnits: {
    vi: 'PAR INDEX và SIPAS chỉ được công bố cho 63 tỉnh cũ: với một đơn vị 2025, đây là kết quả của từng tỉnh cũ hợp thành (không tính trung bình).',
    en: 'PAR INDEX and SIPAS were published for the 63 former provinces only: for a 2025 unit, these are the results of each former province it was formed from (no average is computed).',
  },
  parPublishedNone: {
    vi: 'Dữ liệu kèm theo không có kết quả PAR INDEX hay SIPAS công bố của {0}.',
    en: 'The bundled data has no published PAR INDEX or SIPAS result for {0}.',
  },
  sipas: { vi: 'SIPAS (%)', en: 'SIPAS (%)' },
  notPublished: { vi: 'chưa có', en: 'n/a' },
  customFunctionsUnsupported: {
    vi: 'Excel này không chạy được hàm tùy chỉnh (=PAPI.*), ví dụ Excel 2019 bản quyền số lượng lớn hoặc Excel trên iPad: "Ghi vào trang tính" ghi giá trị thay cho công thức.',
    en: 'This Excel cannot run custom functions (=PAPI.*), e.g. volume-licensed Excel 2019 or Excel on iPad: "Write to sheet" writes values instead of formulas.',
  },
  officeUnavailable: {
    vi: 'Không tải được Office.js (mạng có chặn máy chủ của Microsoft?): khung đang chạy độc lập trên dữ liệu kèm theo, không ghi được vào Excel.',
    en: "Office.js could not be loaded (is Microsoft's server blocked?): the pane runs standalone on the bundled data and cannot write to Excel.",
  },
  officeTimeout: {
    vi: 'Không tải được Office.js sau {0} giây (mạng có chặn máy chủ của Microsoft?): khung đang chạy độc lập trên dữ liệu kèm theo, không ghi được vào Excel.',
    en: "Office.js did not load within {0} s (is Microsoft's server blocked?): the pane runs standalone on the bundled data and cannot write to Excel.",
  },
  pointsLost: { vi: 'Điểm bị mất (nhiều nhất trước)', en: 'Points lost (largest first)' },
  compute: { vi: 'Tính điểm', en: 'Compute' },
  notNumber: { vi: '{0}: "{1}" không phải là số.', en: '{0}: "{1}" is not a number.' },

  indexInternal: { vi: 'Chỉ số CCHC nội bộ', en: 'Internal PAR index' },
  internalHeading: { vi: 'Chỉ số CCHC nội bộ của tỉnh', en: "The province's own PAR index" },
  internalHelp: {
    vi: 'Chọn bộ tiêu chí và danh sách đơn vị (CSV), rồi tệp điểm (CSV) hoặc các phiếu chấm điểm đơn vị gửi lại (.xlsx hoặc .zip).',
    en: 'Choose the criteria set and the unit list (CSV), then a scores file (CSV) or the score sheets returned by the units (.xlsx or .zip).',
  },
  internalSet: { vi: 'Bộ tiêu chí (.csv)', en: 'Criteria set (.csv)' },
  internalUnits: { vi: 'Danh sách đơn vị (.csv)', en: 'Unit list (.csv)' },
  internalScores: { vi: 'Tệp điểm (.csv, nếu có)', en: 'Scores (.csv, optional)' },
  internalPrevious: { vi: 'Điểm năm trước (.csv, nếu có)', en: "Last year's scores (.csv, optional)" },
  internalClasses: { vi: 'Thang xếp loại', en: 'Class bands' },
  internalReturned: {
    vi: 'Gộp phiếu đơn vị gửi lại (.xlsx hoặc .zip, chọn nhiều tệp)',
    en: 'Consolidate returned unit sheets (.xlsx or .zip, pick many)',
  },
  internalCompute: { vi: 'Kiểm tra và tính kết quả', en: 'Check and compute results' },
  internalMaster: { vi: 'Tạo sổ tổng hợp', en: 'Create the master workbook' },
  internalUnitFiles: {
    vi: 'Tải phiếu chấm điểm của mọi đơn vị (một tệp .zip)',
    en: "Download every unit's score sheet (one .zip)",
  },
  internalReadMaster: {
    vi: 'Đọc sổ tổng hợp (Định nghĩa, Đơn vị, Điểm)',
    en: 'Read the master workbook (Definition, Units, Scores)',
  },
  internalWrite: { vi: 'Ghi kết quả và phụ lục vào bảng tính', en: 'Write results and annex to the workbook' },
  internalLoaded: {
    vi: 'Bộ tiêu chí: {0} lĩnh vực, {1} tiêu chí lá; {2} đơn vị.',
    en: 'Criteria set: {0} areas, {1} leaves; {2} units.',
  },
  internalConsolidated: { vi: 'Đã gộp {0} phiếu: {1} dòng điểm.', en: 'Consolidated {0} sheets: {1} score entries.' },
  internalSummary: { vi: '{0} đơn vị, {1} đủ điểm.', en: '{0} units, {1} complete.' },
  internalGroup: { vi: 'Nhóm {0} ({1} đơn vị xếp hạng)', en: 'Group {0} ({1} ranked units)' },
  internalRank: { vi: 'Hạng', en: 'Rank' },
  internalUnit: { vi: 'Đơn vị', en: 'Unit' },
  internalPercent: { vi: 'Chỉ số %', en: 'Index %' },
  internalClass: { vi: 'Xếp loại', en: 'Class' },
  internalLost: { vi: 'Tiêu chí mất nhiều điểm nhất', en: 'Criteria that lost the most points' },
  internalNeedFiles: {
    vi: 'Cần chọn bộ tiêu chí và danh sách đơn vị trước.',
    en: 'Choose the criteria set and the unit list first.',
  },
  internalNeedScores: {
    vi: 'Chưa có điểm: chọn tệp điểm hoặc gộp phiếu đơn vị.',
    en: 'No scores yet: choose a scores file or consolidate unit sheets.',
  },
  internalWritten: { vi: 'Đã ghi các trang: {0}.', en: 'Wrote the sheets: {0}.' },
  internalSheetsHoldData: {
    vi: 'Trang {0} đã có dữ liệu: không ghi đè. Hãy dùng "Đọc sổ tổng hợp", hoặc đổi tên trang đó rồi tạo lại.',
    en: 'The sheet(s) {0} already hold data: not overwritten. Use "Read the master workbook", or rename that sheet and create again.',
  },
  internalNothingToUndo: {
    vi: 'Không có lần gộp nào để hoàn tác (trang "{0}" trống).',
    en: 'No consolidation to undo (the "{0}" sheet is empty).',
  },
  internalMergeSummary: {
    vi: 'Đã gộp {0} phiếu: {1} đơn vị mới, {2} đơn vị được cập nhật, {3} đơn vị giữ nguyên; {4} ô trống được điền, {5} ô đổi giá trị.',
    en: 'Consolidated {0} sheets: {1} new units, {2} units updated, {3} units untouched; {4} empty cells filled, {5} values changed.',
  },
  internalMergePlanned: {
    vi: 'Chưa gộp {0} phiếu: {1} đơn vị mới, {2} đơn vị được cập nhật, {3} đơn vị giữ nguyên; {4} ô trống được điền, {5} ô đổi giá trị.',
    en: 'Not yet consolidated, {0} sheets: {1} new units, {2} units updated, {3} units untouched; {4} empty cells filled, {5} values changed.',
  },
  internalMergeAsk: {
    vi: 'Các giá trị sau sẽ bị thay (cũ → mới). Bản trước được giữ ở trang "{0}" để hoàn tác.',
    en: 'These values will be replaced (old → new). The previous state is kept in the "{0}" sheet for undo.',
  },
  internalMergeApply: { vi: 'Gộp và thay các giá trị này', en: 'Merge and replace these values' },
  internalMergeCancel: { vi: 'Không gộp', en: 'Do not merge' },
  internalMergeCancelled: { vi: 'Đã hủy: không ghi gì.', en: 'Cancelled: nothing written.' },
  internalUndo: { vi: 'Hoàn tác lần gộp cuối', en: 'Undo the last consolidation' },
  internalUndone: {
    vi: 'Đã khôi phục điểm như trước lần gộp cuối.',
    en: 'Scores restored to before the last consolidation.',
  },
  internalNewUnits: { vi: 'Đơn vị mới: {0}', en: 'New units: {0}' },
  internalUntouchedUnits: { vi: 'Giữ nguyên: {0}', en: 'Untouched: {0}' },
  internalExcelOnly: { vi: 'Ghi vào bảng tính khi mở trong Excel.', en: 'Writing to the workbook works inside Excel.' },

  // form fields named in errors (see also iterations, seed, planTargetYear, targetGroup above)
  fieldGoalRank: { vi: 'Hạng mục tiêu', en: 'Target rank' },
  fieldGoalTotal: { vi: 'Tổng điểm mục tiêu', en: 'Target total' },
  fieldEffortFor: { vi: 'Công sức cho {0}', en: 'Effort for {0}' },
  fieldTargetFor: { vi: 'Chỉ tiêu {0}', en: 'Target {0}' },
  fieldPointsFor: { vi: 'Điểm {0}', en: 'Points {0}' },
  fieldMaximumFor: { vi: 'Điểm tối đa {0}', en: 'Maximum {0}' },
  // what a field expects, and the error of a field
  expectWhole: { vi: 'một số nguyên', en: 'a whole number' },
  expectNumber: { vi: 'một số (dấu phẩy hoặc dấu chấm thập phân)', en: 'a number (decimal comma or point)' },
  expectFromTo: { vi: '{0} từ {1} đến {2}', en: '{0} from {1} to {2}' },
  expectAbove: { vi: '{0} lớn hơn {1}', en: '{0} above {1}' },
  expectFrom: { vi: '{0} từ {1}', en: '{0} from {1}' },
  expectOneOf: { vi: 'một trong {0}', en: 'one of {0}' },
  fieldBlank: { vi: '{0} đang để trống: cần {1}.', en: '{0} is blank: expected {1}.' },
  fieldInvalid: { vi: '{0} "{1}" không hợp lệ: cần {2}.', en: '{0} "{1}" is invalid: expected {2}.' },
  // errors of the pane's own actions
  goalRankOrGroup: { vi: 'Mục tiêu ở đây là hạng hoặc nhóm.', en: 'The goal here is a rank or a group.' },
  chanceGoalRankOrGroup: { vi: 'Mục tiêu khả năng là hạng hoặc nhóm.', en: 'A chance goal is a rank or a group.' },
  parScenarioNotOpened: {
    vi: 'Kịch bản PAR INDEX chưa mở được trong khung này.',
    en: 'PAR INDEX scenarios cannot be opened in this pane yet.',
  },
  simulationWorkerFailed: {
    vi: 'Lỗi trong tiến trình mô phỏng: {0}',
    en: 'The simulation worker failed: {0}',
  },
  importShapeInvalid: {
    vi: 'Tệp {0}: cần {"scenarios": [...]}, một danh sách kịch bản hoặc một kịch bản.',
    en: 'File {0}: expected {"scenarios": [...]}, a list of scenarios or one scenario.',
  },
  importEmpty: { vi: 'Tệp {0} không có kịch bản nào.', en: 'File {0} holds no scenario.' },
  saveWorkbookFailed: {
    vi: 'Không lưu được vào sổ làm việc ({0}): {1}',
    en: 'Could not save in the workbook ({0}): {1}',
  },
  readBrowserFailed: {
    vi: 'Không đọc được dữ liệu đã lưu trong trình duyệt ({0}: {1}); trình duyệt đang chặn bộ nhớ của trang, các kịch bản và kế hoạch sẽ không được lưu.',
    en: "Could not read what was saved in this browser ({0}: {1}); the browser blocks the page's storage, so scenarios and plans will not be kept.",
  },
  saveBrowserFailed: {
    vi: 'Không lưu được trong trình duyệt ({0}): {1}',
    en: 'Could not save in this browser ({0}): {1}',
  },
  savedScenariosNotList: {
    vi: 'Dữ liệu kịch bản đã lưu ({0}) không phải là danh sách.',
    en: 'The saved scenarios ({0}) are not a list.',
  },
  savedPlansNotList: {
    vi: 'Các kế hoạch đã lưu ({0}) không phải là danh sách.',
    en: 'The saved plans ({0}) are not a list.',
  },
  masterSheetsMissing: {
    vi: 'Sổ tổng hợp thiếu trang {0}: hãy tạo sổ tổng hợp trước.',
    en: 'The master workbook lacks the sheet(s) {0}: create the master workbook first.',
  },
  // labels written on the scenario and plan sheets (both languages in one cell: label() in write-to-sheet.ts)
  sheetPlan: { vi: 'Kế hoạch', en: 'Plan' },
  sheetFieldYear: { vi: 'Bảng xếp hạng so sánh (năm mới nhất)', en: 'Field compared with (latest year)' },
  sheetGoal: { vi: 'Mục tiêu', en: 'Goal' },
  sheetChange: { vi: 'Thay đổi', en: 'Change' },
  sheetAgency: { vi: 'Cơ quan chủ trì', en: 'Responsible agency' },
  sheetTargetForSimulate: { vi: 'Chỉ tiêu (cho PAPI.SIMULATE)', en: 'Target (for PAPI.SIMULATE)' },
  sheetOutcome: { vi: 'Kết quả', en: 'Outcome' },
  sheetOf: { vi: 'Số tỉnh xếp hạng', en: 'Of' },
  sheetValuesWhenWritten: { vi: 'Giá trị khi ghi', en: 'Values when written' },
  sheetPublished: { vi: 'Công bố', en: 'Published' },
  sheetDifference: { vi: 'Chênh lệch', en: 'Difference' },
  sheetDimension: { vi: 'Chỉ số nội dung', en: 'Dimension' },
  sheetScenarioSimulate: { vi: 'Kịch bản (PAPI.SIMULATE)', en: 'Scenario (PAPI.SIMULATE)' },
  sheetChangesEntered: { vi: 'Các thay đổi đã nhập', en: 'Changes entered' },
  sheetProvinceShort: { vi: 'Tỉnh', en: 'Province' },
  sheetSetTo: { vi: 'Đặt bằng', en: 'Set to' },
  sheetAdd: { vi: 'Cộng thêm', en: 'Add' },
  sheetTotal: { vi: 'Tổng điểm', en: 'Total' },
  sheetRank: { vi: 'Hạng', en: 'Rank' },
  sheetGroup: { vi: 'Nhóm', en: 'Group' },
  sheetGoalRank: { vi: 'hạng ≤ {0}', en: 'rank ≤ {0}' },
  sheetImpliedByTargets: {
    vi: 'Theo chỉ tiêu, bảng {0} (PAPI.SIMULATE)',
    en: 'Implied by the targets, {0} field (PAPI.SIMULATE)',
  },
  csvChanged: { vi: 'Có thay đổi', en: 'Changed' },
  sheetNoScore: { vi: '{0} (không có điểm)', en: '{0} (no score)' },
  sheetGoalTotal: { vi: 'tổng điểm ≥ {0}', en: 'total ≥ {0}' },
  sheetBaselineScore: { vi: 'Điểm {0}', en: '{0} score' },
  sheetTargetRank: { vi: 'Hạng của chỉ tiêu (bảng {0})', en: 'Rank of the target ({0} field)' },
  sheetPublishedYear: { vi: 'Công bố {0}', en: 'Published {0}' },
  // notes and prompts written on sheets
  scoreCellValidation: {
    vi: 'Nhập số từ 0 đến điểm tối đa (cột D) hoặc "na".',
    en: 'Enter a number from 0 to the maximum (column D) or "na".',
  },
  sheetValuesNote: {
    vi: 'Giá trị tại thời điểm ghi: Excel này không chạy hàm tùy chỉnh =PAPI.*, nên ô không tự cập nhật.',
    en: 'Values at the time of writing: this Excel does not run the =PAPI.* custom functions, so cells do not update.',
  },
  sheetUnitsNote: {
    vi: 'Đơn vị từ 1/7/2025 (34 đơn vị); điểm của đơn vị sáp nhập là ước tính',
    en: "Unit from 1 July 2025 (34 units); a merged unit's scores are estimates",
  },
} as const satisfies Record<string, LocalName>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in one language with its `{n}` placeholders filled. */
export function t(lang: Lang, key: MessageKey, ...args: readonly (string | number)[]): string {
  return fill(MESSAGES[key][lang], args);
}

/** A message in both languages (an error's vi and en), `{n}` filled with the same arguments in each. */
export function tBoth(key: MessageKey, ...args: readonly (string | number)[]): LocalName {
  return { vi: t('vi', key, ...args), en: t('en', key, ...args) };
}

/** A text in both languages built once per language (e.g. a message with a bilingual part put into it). */
export function inBoth(build: (lang: Lang) => string): LocalName {
  return { vi: build('vi'), en: build('en') };
}

function fill(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) =>
    args[Number(i)] === undefined ? whole : String(args[Number(i)]),
  );
}

/** One side of an engine {vi, en} pair. */
export function local(name: LocalName, lang: Lang): string {
  return name[lang];
}

/** The localised name of a PAPI group (as plans write it), or "—". */
export function groupName(group: PapiGroup | null, lang: Lang): string {
  return engineGroupName(group, lang) ?? MESSAGES.missing[lang];
}

/**
 * The pane's language from a locale tag: Vietnamese for "vi", "vi-VN"...; English otherwise. In Excel the tag is
 * Office.context.displayLanguage (the Office UI language); standalone it is navigator.language.
 */
export function languageOf(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^vi\b/i.test(locale.trim()) ? 'vi' : 'en';
}

/** What a failure says to the user, in one language, and the names it suggests (UNKNOWN_PROVINCE). */
export function describeError(error: unknown, lang: Lang): { message: string; suggestions: readonly string[] } {
  if (isEngineError(error)) return { message: error.describe(lang), suggestions: error.suggestions };
  if (isLocalName(error)) return { message: error[lang], suggestions: [] };
  const text = error instanceof Error ? error.message : String(error);
  return { message: t(lang, 'unexpectedError', text), suggestions: [] };
}

function isLocalName(value: unknown): value is LocalName {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalName).vi === 'string' &&
    typeof (value as LocalName).en === 'string'
  );
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The pane's one number formatter (display only: the numbers come from the engine). Vietnamese writes a decimal comma
 * and groups thousands with a dot ("1.234,56"); English the reverse ("1,234.56"). Missing is "—", never NaN.
 */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MESSAGES.missing[lang];
  const key = `${lang}:${digits}`;
  let format = formatters.get(key);
  if (!format)
    formatters.set(
      key,
      (format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })),
    );
  // -0.00 reads as 0.00
  return format.format(value).replace(/^-(?=0([.,]0+)?$)/, '');
}

/** A probability (0..1) as a percentage with one decimal ("42,5%" / "42.5%"). */
export function formatPercent(probability: number | null | undefined, lang: Lang, digits = 1): string {
  if (probability === null || probability === undefined || !Number.isFinite(probability)) return MESSAGES.missing[lang];
  return `${formatNumber(probability * 100, lang, digits)}%`;
}

/** A signed change ("+0,25", "-1,10"). */
export function formatSigned(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MESSAGES.missing[lang];
  const text = formatNumber(Math.abs(value), lang, digits);
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** "21/63" or "21 of 63", "unranked" without a rank. */
export function formatRank(rank: number | null | undefined, of: number, lang: Lang): string {
  return rank === null || rank === undefined ? t(lang, 'unranked') : t(lang, 'rankOf', rank, of);
}

/** A rank change (positive = moved up). */
export function formatRankChange(change: number | null | undefined, lang: Lang): string {
  if (change === null || change === undefined) return MESSAGES.missing[lang];
  if (change === 1) return t(lang, 'rankUpOne');
  if (change === -1) return t(lang, 'rankDownOne');
  return change > 0 ? t(lang, 'rankUp', change) : change < 0 ? t(lang, 'rankDown', -change) : t(lang, 'rankSame');
}
