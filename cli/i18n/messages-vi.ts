import type { CliMessageCatalogue } from './messages';

/** The command line's texts in Vietnamese (ids and parameters: CliMessageParams in messages.ts). */
export const CLI_MESSAGES_VI: CliMessageCatalogue = {
  commandUnknown: (p) => `Lệnh "${p.name}" không tồn tại.${p.near ? ` Có phải "${p.near}"?` : ''} Xem papi --help.`,
  optionUnknown: (p) =>
    `Tùy chọn "${p.option}" không có trong lệnh này.${p.near === null ? '' : ` Có phải --${p.near}?`}`,
  flagWithValue: (p) => `${p.option} là cờ, không nhận giá trị (viết ${p.option}, không viết ${p.option}=${p.value}).`,
  flagTwice: (p) => `${p.option} được ghi hai lần.`,
  optionNoValue: (p) =>
    `${p.option} thiếu giá trị${p.next === null ? '' : ` (sau nó là ${p.next})`}: cần ${p.expected?.vi ?? 'một giá trị'}.`,
  optionTwice: (p) => `${p.option} được ghi hai lần ("${p.first}" và "${p.second}"): chỉ ghi một lần.`,
  argumentsExtra: (p) =>
    `Thừa đối số "${p.args}"${p.optionsOnly ? ': lệnh này chỉ nhận tùy chọn --tên giá-trị' : ''} (giá trị có dấu ` +
    `cách cần đặt trong ngoặc kép).`,
  optionsTogether: (p) => `Không dùng --${p.a} cùng với --${p.b}: chọn một.`,
  optionMissing: (p) => `Thiếu ${p.option}: cần ${p.expected.vi}.`,
  yearInvalid: (p) => `Năm "${p.raw}" không hợp lệ: cần 4 chữ số, ví dụ 2019.`,
  compositeUnitsNotApplicable: (p) =>
    `--units 2025 không áp dụng cho ${p.index}: chế độ 34 đơn vị tính lại trung bình khảo sát có trọng số dân số của PAPI; ` +
    `kết quả ${p.index} là kết quả công bố của chính từng đơn vị (với đơn vị sáp nhập, hãy xem từng tỉnh cũ).`,
  indexInvalid: (p) => `Chỉ số "${p.index}" không hợp lệ: cần ${p.allowed.join(' hoặc ')}.`,
  unitWeightsNeedUnits2025: () =>
    '--unit-weights chỉ dùng với --units 2025 (trọng số tính điểm cơ sở của đơn vị sáp nhập).',
  scenarioUnitsConflict: (p) =>
    `--units 63 mâu thuẫn với tệp kịch bản ${p.file}, tệp này ghi "units": 2025 (34 đơn vị từ 1/7/2025): bỏ một trong hai.`,
  unitsOptionInvalid: (p) => `--units "${p.raw}" không hợp lệ: cần 2025 (34 đơn vị từ 1/7/2025) hoặc 63 (các tỉnh cũ).`,
  papiYearInUnits: (p) => `Dữ liệu PAPI năm ${p.year} theo 34 đơn vị từ 1/7/2025, không theo các tỉnh cũ.`,
  fileUnreadable: (p) => `Không đọc được tệp "${p.path}".`,
  fileNotFound: (p) => `Không tìm thấy tệp "${p.path}" (đường dẫn tương đối được tính từ ${p.cwd}).`,
  fileIsFolder: (p) => `"${p.path}" là một thư mục, không phải tệp.`,
  fileTooLarge: (p) => `Tệp "${p.path}" lớn hơn ${p.mb} MB: không đọc.`,
  dataDirAndData: () => 'Dùng --data-dir hoặc --data, không dùng cả hai.',
  folderUnreadable: (p) => `Không đọc được thư mục "${p.dir}".`,
  folderFileNotRegular: (p) =>
    `"${p.path}" không phải là tệp thông thường (là ống dẫn, thiết bị hoặc thư mục): thư mục dữ liệu chỉ chứa tệp CSV thông thường.`,
  definitionYearsUnused: (p) =>
    `--definition ${p.file} dành cho các năm ${p.years}, nên năm ${p.year} của lệnh sẽ không dùng đến: hãy chọn năm mà định nghĩa áp dụng, hoặc bỏ tùy chọn này.`,
  classesKindUnknown: (p) =>
    `--classes "${p.kind}:...": không đơn vị nào trong tệp danh sách đơn vị thuộc loại ${p.kind} (các loại có: ${p.known}).`,
  internalTargetOnly: (p) =>
    `${p.option} chọn đơn vị hoặc mục tiêu của papi internal target; papi internal ${p.sub} sẽ bỏ qua nó (bỏ tùy chọn này, hoặc dùng target).`,
  folderHasNoYear: (p) =>
    `Thư mục "${p.dir}" không có tệp nào của năm ${p.year} (cần papi_${p.year}_dimensions.csv, ` +
    `papi_${p.year}_d<k>_subdimensions.csv, parindex_${p.year}.csv hoặc sipas_${p.year}.csv).`,
  dataSubcommand: (p) =>
    `Cần "add" sau "data" (nhận được "${p.got}"): papi data add <thư mục đã triển khai> --data-dir <thư mục của năm mới>.`,
  deployedCopyMissing: (p) =>
    `"${p.dir}" không có data/index.json: đây không phải bản triển khai của bổ trợ (thư mục chứa taskpane.html, ` +
    `từ npm run release hoặc npm run build).`,
  deployedIndexInvalid: (p) => `${p.file} không phải danh sách dữ liệu hợp lệ: cần {"files": ["published.json", ...]}.`,
  dataDirNoYear: (p) =>
    `Thư mục "${p.dir}" không có tệp của năm nào (cần papi_<năm>_dimensions.csv, parindex_<năm>.csv hoặc ` +
    `sipas_<năm>.csv).`,
  dataDirManyYears: (p) => `Thư mục "${p.dir}" có tệp của nhiều năm (${p.years}): chọn một năm bằng --year.`,
  yearAlreadyDeployed: (p) =>
    `Năm ${p.year} đã có trong "${p.dir}": không thay đổi gì (năm đã công bố không bị thay thế ở đây; ` +
    `hãy dựng bản phát hành mới để sửa).`,
  dataAdded: (p) =>
    `Đã thêm năm ${p.year} (${p.units}) vào "${p.dir}": ${p.file} (${p.files}). Người dùng nhận được khi Excel tải lại ` +
    `bổ trợ (đóng và mở lại sổ làm việc).`,
  unitsOf2025: () => '34 đơn vị hành chính từ 1/7/2025',
  formerProvinces: () => '63 tỉnh, thành phố cũ',
  summaryData: () => 'Thêm một năm mới công bố vào bản triển khai của bổ trợ (không cần dựng lại): papi data add',
  dataDeployedPlaceholder: () => 'add <thư mục đã triển khai>',
  compareParOnly: () => 'So sánh hai kịch bản chỉ dùng cho PAPI.',
  ofNeedsRank: () => '--of chỉ dùng cùng --rank (ví dụ --rank 20 --of 63).',
  planFileMissing: () => 'Thiếu tệp kế hoạch: papi plan <kế-hoạch.json>.',
  parRankingUnavailable: () =>
    'Chưa có bảng xếp hạng PAR INDEX đầy đủ (chỉ có kết quả một phần); dùng "score --index par" để ước tính thứ hạng.',
  topFloorInvalid: (p) => `--top-floor "${p.value}" phải là số (%), ví dụ 85.`,
  scoresNeedUnits: () => '--scores cần --units (danh sách đơn vị).',
  internalSubcommand: (p) =>
    `Cần lệnh con check, results, target, workbook, sheets hoặc consolidate sau "internal" (nhận "${p.got}").`,
  outExists: (p) => `Tệp "${p.path}" đã có: không ghi đè. Hãy chọn tên khác cho --out.`,
  expectOutFile: () => 'đường dẫn tệp sẽ ghi',
  expectMasterFile: () => 'tệp .xlsx sổ tổng hợp',
  expectReturnedFiles: () => 'các phiếu .xlsx hoặc .zip đơn vị gửi lại',
  masterNeedsSheets: (p) => `Sổ tổng hợp "${p.path}" thiếu trang ${p.sheets}: hãy tạo bằng papi internal workbook.`,
  mergeNeedsYes: (p) => `${p.count} giá trị đã có sẽ bị thay (liệt kê ở trên): chưa ghi gì. Chạy lại với --yes để gộp.`,
  mergeSummary: (p) =>
    `Gộp ${p.sheets} phiếu: ${p.newUnits} đơn vị mới, ${p.updated} đơn vị được cập nhật, ${p.untouched} đơn vị giữ nguyên; ${p.filled} ô trống được điền, ${p.changed} ô đổi giá trị.`,
  mergeChangeLine: (p) => `  ${p.unit} · ${p.code} · ${p.field}: từ ${p.before} thành ${p.after}`,
  mergeWritten: (p) => `Đã ghi vào ${p.path} (bản trước ở trang "Điểm (trước)"; hoàn tác: --undo).`,
  mergeUndone: (p) => `Đã khôi phục trang Điểm của ${p.path} như trước lần gộp cuối.`,
  mergeNothingToUndo: (p) => `${p.path}: không có lần gộp nào để hoàn tác.`,
  masterWritten: (p) => `Đã ghi sổ tổng hợp ${p.path} (các trang: ${p.sheets}).`,
  sheetsWritten: (p) => `Đã ghi ${p.count} phiếu chấm điểm vào ${p.path}.`,
  internalWarning: (p) => `Lưu ý: ${p.text}`,
  internalOptionOutHelp: () => 'tệp sẽ ghi (không ghi đè tệp đã có)',
  internalOptionMasterHelp: () => 'sổ tổng hợp .xlsx (papi internal workbook): đọc, hoặc gộp vào',
  internalOptionYesHelp: () => 'đồng ý thay các giá trị đã có khi gộp',
  internalOptionUndoHelp: () => 'hoàn tác lần gộp cuối trong sổ tổng hợp',
  internalGoalCount: () => 'Cần đúng một mục tiêu: --class <loại> hoặc --rank <n>.',
  errorLabel: () => 'Lỗi',
  unexpectedErrorLabel: () => 'Lỗi không mong đợi',
  simulatingLabel: () => 'Mô phỏng',
  stoppingOnRequest: () => 'Đang dừng theo yêu cầu (Ctrl-C)...',
  unexpectedError: (p) => `Lỗi không mong đợi: ${p.message}`,
  expectYear: () => 'năm, ví dụ 2019',
  expectProvince: () => 'tên tỉnh, ví dụ "An Giang"',
  expectProvinceOrCity: () => 'tên tỉnh, thành phố, ví dụ "An Giang"',
  expectCriteriaFile: () => 'tệp CSV bộ tiêu chí',
  expectUnitsFile: () => 'tệp CSV danh sách đơn vị',
  expectIndexDataFile: () => 'tệp CSV dữ liệu của chỉ số (unit,year,<mã chỉ tiêu>)',
  expectScoresFile: () => 'tệp CSV điểm',
  expectUnitCode: () => 'mã đơn vị, ví dụ X001',
  rankWord: () => 'hạng',
  codeWord: () => 'Mã',
  scoreWord: () => 'Điểm',
  resultWord: () => 'Kết quả',
  publishedWord: () => 'Công bố',
  scenarioWord: () => 'Kịch bản',
  notEnough: () => 'không đủ',
  unverifiedMax: () => '? (chưa xác minh)',
  cityKind: () => 'thành phố trực thuộc TW',
  provinceKind: () => 'tỉnh',
  unchanged: () => '(không đổi)',
  incompleteShort: () => 'chưa đủ',
  notRankedShort: () => 'không xếp',
  formerProvincesHeader: () => 'Tỉnh cũ|Điểm (%)|Hạng|Nhóm',
  compositeTitle: (p) => `${p.name} năm ${p.year}`,
  compositeRankingHeader: () => 'Hạng|Đơn vị|Tổng điểm|Nhóm',
  compositeMeasureHeader: () => 'Mã|Chỉ số thành phần|Trọng số|Điểm tổng mỗi điểm|Gốc|Kịch bản|Tổng thay đổi',
  compositeSensitivityHeader: () => 'Mã|Chỉ số thành phần|Trọng số|Điểm tổng mỗi điểm|Điểm|Tăng tối đa',
  compositeBase: (p) => `Số liệu gốc: ${p.total}, ${p.rank}${p.group ? `, ${p.group}` : ''}`,
  compositeScenario: (p) => `Kịch bản: ${p.total}, ${p.rank}${p.group ? `, ${p.group}` : ''}`,
  compositeTargetMet: (p) =>
    `Cần tổng điểm ${p.required}: nỗ lực có trọng số ít nhất là ${p.effort} điểm, ưu tiên trọng số cao nhất.`,
  compositeTargetUnreachable: (p) =>
    `Không thể đạt tổng điểm ${p.required}: mọi chỉ số thành phần ở mức tối đa (${p.effort} điểm) vẫn chưa đủ.`,
  sipasHeader: () => 'Hạng|Tỉnh, thành phố|SIPAS (%)|Ghi chú',
  simulateHeader: () => 'Mã|Chỉ số nội dung|Điểm gốc|Kịch bản|±|Hạng|Nhóm',
  compareHeader: (p) => `Tỉnh|Công bố|${p.a}|${p.b}`,
  targetHeader: () => 'Mã|Tăng thêm|Giới hạn|Riêng chỉ số này',
  parTargetHeader: () => 'Lĩnh vực|Thêm điểm',
  papiScoreHeader: () => 'Mã|Chỉ số nội dung|Điểm|Hạng|Nhóm|± điểm|± hạng',
  parScoreHeader: () => 'Mã|Lĩnh vực|Điểm|Tối đa|Mất',
  unitsHeader: () => 'Mã|Đơn vị từ 1/7/2025|Loại|Trung tâm hành chính|Các tỉnh cũ',
  provincesHeader: () => 'Mã|Tỉnh, thành phố (đến 30/6/2025)|Loại|Vùng|Đơn vị từ 1/7/2025 (mã, loại)',
  planHeader: (p) => `Mã|Chỉ số nội dung|${p.baselineYear}|Chỉ tiêu|Khoảng cách|Thực tế ${p.targetYear}|Đạt`,
  rankingHeader: (p) => `Hạng|${p.units ? 'Đơn vị (tỉnh cũ)' : 'Tỉnh, thành phố'}|Điểm|Nhóm`,
  internalHeader: () =>
    'Hạng|Mã|Đơn vị|Tự chấm|Thẩm định|Khảo sát|Thưởng/trừ|Tổng|Chỉ số %|Xếp loại|Tình trạng|± % năm trước',
  criteriaLostHeader: () => 'Mã|Tiêu chí|Cơ quan chủ trì|Điểm mất|Số đơn vị',
  areasLostHeader: () => 'Mã|Lĩnh vực|Điểm đã mất|Cần thêm',
  formerRange: (p) =>
    `Thấp nhất – cao nhất: ${p.min ?? '–'} – ${p.max ?? '–'}%; hạng ${p.best ?? '–'} – ${p.worst ?? '–'}.`,
  sipasTitle: (p) => `SIPAS ${p.year} (chỉ số hài lòng về sự phục vụ hành chính; chỉ các kết quả có nguồn công bố)`,
  chancePartial: (p) => `KẾT QUẢ TỪNG PHẦN: dừng sau ${p.done} trên ${p.requested} lượt (Ctrl-C).`,
  chanceProbability: (p) => `Xác suất đạt mục tiêu: ${p.percent}% (${p.iterations} lượt, hạt giống ${p.seed})`,
  chanceRank: (p) => `Thứ hạng: danh nghĩa ${p.nominal}, trung vị ${p.median}, P5 ${p.p5}, P95 ${p.p95} (trên ${p.of})`,
  parScenarioLine: (p) => `PAR INDEX ${p.year}: ${p.base} → ${p.scenario} điểm (${p.percent}%), nhóm ${p.group ?? '–'}`,
  sensitivityIntro: (p) =>
    `Hạng hiện tại ${p.rank}/${p.of}. Số bậc tăng của tổng điểm (và của riêng chỉ số nội dung) khi tăng một chỉ số:`,
  sensitivityUnweighted: (p) =>
    `Tổng điểm là tổng không trọng số của ${p.count} chỉ số nội dung, nên cùng một mức tăng ở bất kỳ chỉ số nào cũng ` +
    `đổi hạng tổng như nhau cho đến khi chỉ số đó chạm điểm tối đa; khác nhau là hạng của riêng chỉ số (trong ngoặc) ` +
    `và khoảng còn lại đến điểm tối đa.`,
  papiScoreLine: (p) =>
    `PAPI ${p.year} – ${p.name}: ${p.score} điểm, hạng ${p.rank ?? '–'}/${p.of}, ${p.group ?? 'không xếp nhóm'}`,
  changeAgainst: (p) => `So với ${p.year}: tổng ${p.score ?? '–'} điểm, ${p.rank ?? '–'} bậc.`,
  strengthsWeaknesses: (p) => `Điểm mạnh (nhóm cao nhất): ${p.strengths}. Điểm yếu (nhóm thấp nhất): ${p.weaknesses}.`,
  planUnitsMissing: (p) =>
    `${p.file}: kế hoạch năm ${p.year} ghi "${p.nameVi}", là tỉnh cũ nay thuộc ${p.unit.vi}; ` +
    `hãy ghi rõ: "units": 2025 cho đơn vị mới, hoặc "units": 63 cho tỉnh cũ.`,
  formerProvinceHere: (p) =>
    `! ${p.nameVi} ở đây là tỉnh cũ (trước 1/7/2025); từ 1/7/2025 thuộc ${p.unit.vi}: xem --units 2025.`,
  formerProvincesTitle: () => 'Các tỉnh cũ (điểm công bố, hạng trên các tỉnh cũ, tỉ trọng):',
  simpleMeanLine: (p) =>
    `  Bình quân giản đơn: ${p.mean ?? '–'}; thấp nhất – cao nhất: ${p.min ?? '–'} – ${p.max ?? '–'}`,
  parScoreLine: (p) => `PAR INDEX ${p.year}: ${p.total} điểm (${p.percent}%), nhóm ${p.group ?? '–'}`,
  parRankEstimate: (p) =>
    `Thứ hạng ước tính: ${p.low === p.high ? p.low : `${p.low}–${p.high}`}/${p.of} (dựa trên ${p.known} mốc đã công bố)`,
  mostPointsLost: (p) => `Mất nhiều điểm nhất: ${p.lost || '–'}`,
  goalRank: (p) => `hạng ≤ ${p.rank}`,
  goalTotal: (p) => `tổng điểm ≥ ${p.total}`,
  planGoalLine: (p) =>
    `Mục tiêu ${p.targetYear}: ${p.goal}. Tổng điểm ${p.baselineYear}: ${p.baselineTotal}; tổng điểm theo chỉ tiêu: ` +
    `${p.impliedTotal}.`,
  planPlaced: (p) =>
    `Đặt vào bảng xếp hạng ${p.year}: hạng ${p.rank}/${p.of}, ${p.group}` +
    (p.meetsGoal ? ' – đạt mục tiêu' : ' – chưa đạt mục tiêu'),
  planChance: (p) =>
    `Xác suất đạt mục tiêu năm ${p.targetYear} (từ bảng ${p.fieldYear}, ${p.iterations} lượt, hạt giống ${p.seed}): ` +
    `${p.percent}%; thứ hạng trung vị ${p.median} (P5 ${p.p5} – P95 ${p.p95}).`,
  planAchieved: (p) =>
    `Thực tế ${p.year}: ${p.total} điểm, hạng ${p.rank}/${p.of}, ${p.group} – ` +
    `${p.goalMet ? 'đạt mục tiêu' : 'không đạt mục tiêu'}; đạt ${p.met}/${p.count} chỉ tiêu chỉ số nội dung.`,
  rankingTitle: (p) => `PAPI ${p.year} – ${p.measure ?? 'tổng điểm'}${p.units ? ' – 34 đơn vị từ 1/7/2025' : ''}`,
  estimatedFromFormer: () => '* ước tính từ các tỉnh cũ.',
  notRanked: (p) => `Không xếp hạng: ${p.namesVi} (thiếu điểm của tỉnh cũ; xem score).`,
  internalTitle: (p) => `Chỉ số CCHC nội bộ – ${p.title}`,
  internalGroup: (p) => `Nhóm ${p.group} (${p.of} đơn vị được xếp hạng)`,
  unitIncompleteLine: (p) => `! ${p.unit} chưa đủ điểm: thiếu ${p.missing}`,
  criteriaLostTitle: () => 'Tiêu chí mất nhiều điểm nhất (toàn tỉnh)',
  criteriaSetValid: (p) =>
    `Bộ tiêu chí hợp lệ: ${p.areas} lĩnh vực, ${p.criteria} dòng, ${p.leaves} tiêu chí lá; thẩm định ${p.appraised} + ` +
    `khảo sát ${p.survey} điểm (thang ${p.scale}); loại đơn vị ${p.kind ?? 'mọi loại'}, năm ${p.year ?? '–'}.`,
  unitsOfSet: (p) => `Đơn vị thuộc bộ tiêu chí: ${p.units}.`,
  scoresValid: (p) => `Tệp điểm hợp lệ: ${p.entries} dòng; ${p.complete} đơn vị đủ điểm, ${p.incomplete} chưa đủ.`,
  unitMissingLine: (p) => `! ${p.unit}: thiếu ${p.missing}`,
  optionOfOptionHelp: () => 'mục tiêu --rank K viết trên N tỉnh (ví dụ 63): quy đổi theo phân vị',
  optionSipasDataHelp: () => 'kết quả SIPAS của người dùng',
  optionSipasDataValue: () => '<tệp.csv>',
  optionDefinitionHelp: () => 'định nghĩa phương pháp chưa có sẵn (JSON, xem docs/data-formats.md)',
  optionDefinitionValue: () => '<tệp.json>',
  optionDataDirHelp: () => 'mọi tệp của năm trong một thư mục (papi_<năm>_*.csv, parindex_<năm>.csv, sipas_<năm>.csv)',
  optionDataDirValue: () => '<thư-mục>',
  optionUnitWeightsHelp: () =>
    'trọng số của các tỉnh cũ (province,weight) thay cho dân số, khi tính điểm cơ sở đơn vị sáp nhập',
  optionUnitWeightsValue: () => '<tệp.csv>',
  optionUnitsHelp: () => '2025: 34 đơn vị từ 1/7/2025 (điểm cơ sở ước tính cho đơn vị sáp nhập); 63: các tỉnh cũ',
  optionIndexWithSipasHelp: (p) =>
    'chỉ số: papi (mặc định), par (PAR INDEX), sipas (chỉ số hài lòng, kết quả công bố)' +
    (p.others ? ` hoặc một chỉ số tổng hợp: ${p.others}` : ''),
  optionIndexDefinitionHelp: () =>
    'một chỉ số phần mềm chưa biết: tệp CSV định nghĩa (# id:, # name_vi:, # scale:, # groups:, rồi code,parent,name_vi,weight); --data là tệp CSV dữ liệu (unit,year,<mã chỉ tiêu>)',
  optionUnitHelp: () => 'đơn vị của chỉ số tổng hợp (tỉnh, sở hoặc xã, như dữ liệu ghi)',
  optionFindHelp: () => 'tìm một tỉnh theo tên hoặc mã',
  optionFindValue: () => '<tên>',
  optionStaticHelp: () => 'các tỉnh khác giữ nguyên điểm',
  optionYearsHelp: () => 'số năm đến kỳ khảo sát mục tiêu',
  optionCiHelp: () => 'nửa độ rộng khoảng tin cậy 95% của tổng điểm',
  optionSeHelp: () => 'sai số chuẩn của tổng điểm',
  optionSeedHelp: () => 'hạt giống ngẫu nhiên, số nguyên (kết quả in lại hạt giống đã dùng)',
  optionIterationsHelp: () => 'số lượt mô phỏng (mặc định 10000)',
  optionLevelHelp: () => 'phân bổ theo chỉ số nội dung hay chỉ số thành phần',
  optionCapHelp: () => 'giới hạn mức tăng mỗi phần (mặc định bounds)',
  optionCompareHelp: () => 'so sánh với kịch bản thứ hai (cùng năm)',
  optionCompareValue: () => '<kịch-bản-b.json>',
  optionScenarioHelp: () => 'tệp kịch bản (năm, thay đổi, trọng số)',
  optionScenarioValue: () => '<kịch-bản.json>',
  optionDimensionHelp: () => 'xếp hạng theo một chỉ số thay vì tổng điểm',
  optionTotalHelp: () => 'mục tiêu tổng điểm',
  optionGroupHelp: () => 'mục tiêu nhóm: best, high-average... (PAR: A, B...)',
  optionGroupValue: () => '<nhóm>',
  optionRankHelp: () => 'mục tiêu thứ hạng (K hoặc tốt hơn)',
  optionCriteriaHelp: () => 'cây tiêu chí PAR INDEX chi tiết',
  optionCriteriaValue: () => '<tệp.csv>',
  optionNaHelp: () => 'lĩnh vực không áp dụng (không được có điểm)',
  optionMaximaHelp: () => 'điểm tối đa của lĩnh vực chưa công bố mức tối đa',
  optionPointsHelp: () => 'điểm PAR INDEX từng lĩnh vực',
  optionParDataHelp: () => 'bảng kết quả PAR INDEX đầy đủ của người dùng',
  optionParDataValue: () => '<tệp.csv>',
  optionAllowPartialHelp: () => 'chấp nhận tệp --data có ít hơn 2 tỉnh (dữ liệu một phần có chủ đích)',
  optionDataHelp: () => 'dữ liệu PAPI của người dùng (tệp chỉ số nội dung, và tệp chỉ số thành phần nếu có)',
  optionDataValue: () => '<tệp.csv>',
  optionBoundaryHelp: () => 'ghi đè quy ước điểm nằm đúng ranh giới nhóm (mặc định theo định nghĩa năm)',
  optionWeightsHelp: () => 'trọng số (mô phỏng) hoặc độ khó (mục tiêu) từng chỉ số',
  optionAddHelp: () => 'cộng thêm vào điểm một chỉ số (lặp lại được)',
  optionSetHelp: () => 'đặt điểm một chỉ số (lặp lại được, hoặc d2=5.5,d3=6)',
  optionProvinceHelp: () => 'tên hoặc mã tỉnh, ví dụ "An Giang" hoặc 89',
  optionProvinceValue: () => '<tên>',
  optionYearHelp: () => 'năm kết quả, ví dụ 2019',
  optionYearValue: () => '<năm>',
  optionIndexHelp: (p) =>
    `chỉ số: papi (mặc định) hoặc par (PAR INDEX)${p.others ? `, hoặc một chỉ số tổng hợp: ${p.others}` : ''}`,
  optionHelpHelp: () => 'in trợ giúp của lệnh này',
  optionLangHelp: () => 'ngôn ngữ của bảng kết quả (mặc định vi)',
  optionJsonHelp: () => 'in kết quả (và lỗi) dạng JSON',
  internalOptionClassHelp: () => 'target: loại mục tiêu',
  internalOptionClassValue: () => '<loại>',
  internalOptionUnitHelp: () => 'target: mã đơn vị',
  internalOptionUnitValue: () => '<mã>',
  internalOptionTopFloorHelp: () => 'mức sàn mỗi lĩnh vực cho loại cao nhất, ví dụ 85',
  internalOptionClassesHelp: () => 'các mức xếp loại (kind:... cho một loại đơn vị)',
  internalOptionPreviousHelp: () => 'điểm năm trước (để so sánh)',
  internalOptionPreviousValue: () => '<điểm-năm-trước.csv>',
  internalOptionScoresHelp: () => 'điểm của các đơn vị',
  internalOptionScoresValue: () => '<điểm.csv>',
  internalOptionUnitsHelp: () => 'danh sách đơn vị',
  internalOptionUnitsValue: () => '<đơn-vị.csv>',
  internalOptionDefinitionHelp: () => 'tệp CSV bộ tiêu chí',
  internalOptionDefinitionValue: () => '<bộ-tiêu-chí.csv>',
  summaryBacktest: () => 'Độ tin cậy của xác suất thứ hạng: kiểm định lại các năm đã qua so với thực tế',
  optionBacktestFromHelp: () => 'năm dữ liệu Y đầu tiên (mỗi trường hợp dự báo năm Y + 1 từ năm Y)',
  optionBacktestToHelp: () => 'năm dữ liệu Y cuối cùng',
  backtestTitle: (p) =>
    `Kiểm định lại, năm dữ liệu ${p.from}–${p.to} (${p.units} đơn vị): điểm thực tế năm Y + 1 của từng tỉnh đặt vào năm Y, thứ hạng dự báo so với thứ hạng thực tế năm Y + 1 (${p.iterations} lượt, hạt giống ${p.seed})`,
  backtestHeader: () =>
    'Năm|Số trường hợp|Trong [P5, P95]|Tốt hơn P5|Kém hơn P95|Độ rộng TB|Brier ≤10|Brier ≤20|Brier ≤32|Brier TB',
  backtestPooled: () => 'Tất cả',
  backtestBaselinesTitle: () => 'Cách dự báo đơn giản trên cùng các trường hợp (mọi năm):',
  backtestNoMovement: () => 'Không thay đổi',
  backtestPastErrors: () => 'Hạng ± sai số cũ',
  backtestReliabilityTitle: () => 'Độ tin cậy của P(hạng ≤ 10, 20, 32), mọi năm:',
  backtestReliabilityHeader: () => 'Dự báo|Số trường hợp|Dự báo TB|Đã xảy ra',
  summaryChance: () => 'Xác suất đạt thứ hạng hoặc nhóm mục tiêu, có tính sai số khảo sát (Monte Carlo)',
  summaryInternal: () => 'Chỉ số CCHC nội bộ của tỉnh: kiểm tra bộ tiêu chí, tính kết quả, mục tiêu của một đơn vị',
  summaryPlan: () => 'Đánh giá một kế hoạch cải thiện (tệp JSON)',
  summaryProvinces: () =>
    '63 tỉnh cũ và đơn vị từ 1/7/2025; với --units 2025: 34 đơn vị, loại, trung tâm hành chính, các tỉnh cũ',
  summaryRanking: () => 'Bảng xếp hạng PAPI một năm (tổng điểm hoặc một chỉ số)',
  summaryScore: () => 'Điểm, thứ hạng và nhóm của một tỉnh (PAPI), hoặc điểm PAR INDEX từ điểm các lĩnh vực',
  summarySensitivity: () => 'Số bậc tăng khi tăng từng chỉ số nội dung',
  summarySimulate: () => 'Mô phỏng "nếu... thì": đổi điểm, đổi trọng số, hoặc chạy tệp kịch bản',
  summaryTarget: () => 'Cần tăng bao nhiêu điểm, ở đâu, để đạt thứ hạng, nhóm hoặc tổng điểm mục tiêu',
  planFilePlaceholder: () => 'kế-hoạch.json',
  repeatable: () => ' (lặp lại được)',
  optionsWord: () => 'tùy chọn',
  optionsHeading: () => 'Tùy chọn:',
  notTogether: () => 'Không dùng cùng nhau',
  exampleWord: () => 'Ví dụ',
  usage: () => 'Cách dùng: papi <lệnh> [tùy chọn]   (papi <lệnh> --help: chi tiết một lệnh)',
  commonOptions: () => 'Tùy chọn chung: --json, --lang vi|en, --help',
};
