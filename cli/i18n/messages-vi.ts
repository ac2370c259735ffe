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
  indexInvalid: (p) => `Chỉ số "${p.index}" không hợp lệ: cần ${p.allowed.join(' hoặc ')}.`,
  unitWeightsNeedUnits2025: () =>
    '--unit-weights chỉ dùng với --units 2025 (trọng số tính điểm cơ sở của đơn vị sáp nhập).',
  unitsOptionInvalid: (p) => `--units "${p.raw}" không hợp lệ: cần 2025 (34 đơn vị từ 1/7/2025) hoặc 63 (các tỉnh cũ).`,
  papiYearInUnits: (p) => `Dữ liệu PAPI năm ${p.year} theo 34 đơn vị từ 1/7/2025, không theo các tỉnh cũ.`,
  fileUnreadable: (p) => `Không đọc được tệp "${p.path}".`,
  fileIsFolder: (p) => `"${p.path}" là một thư mục, không phải tệp.`,
  fileTooLarge: (p) => `Tệp "${p.path}" lớn hơn ${p.mb} MB: không đọc.`,
  dataDirAndData: () => 'Dùng --data-dir hoặc --data, không dùng cả hai.',
  dimensionsFileCount: (p) => `Cần đúng một tệp chỉ số nội dung (cột d1..d8) trong --data, có ${p.count}.`,
  folderUnreadable: (p) => `Không đọc được thư mục "${p.dir}".`,
  folderHasNoYear: (p) =>
    `Thư mục "${p.dir}" không có tệp nào của năm ${p.year} (cần papi_${p.year}_dimensions.csv, ` +
    `papi_${p.year}_d<k>_subdimensions.csv, parindex_${p.year}.csv hoặc sipas_${p.year}.csv).`,
  compareParOnly: () => 'So sánh hai kịch bản chỉ dùng cho PAPI.',
  ofNeedsRank: () => '--of chỉ dùng cùng --rank (ví dụ --rank 20 --of 63).',
  planFileMissing: () => 'Thiếu tệp kế hoạch: papi plan <kế-hoạch.json>.',
  parRankingUnavailable: () =>
    'Chưa có bảng xếp hạng PAR INDEX đầy đủ (chỉ có kết quả một phần); dùng "score --index par" để ước tính thứ hạng.',
  topFloorInvalid: (p) => `--top-floor "${p.value}" phải là số (%), ví dụ 85.`,
  scoresNeedUnits: () => '--scores cần --units (danh sách đơn vị).',
  internalSubcommand: (p) => `Cần lệnh con check, results hoặc target sau "internal" (nhận "${p.got}").`,
  internalGoalCount: () => 'Cần đúng một mục tiêu: --class <loại> hoặc --rank <n>.',
  unexpectedError: (p) => `Lỗi không mong đợi: ${p.message}`,
  expectYear: () => 'năm, ví dụ 2019',
  expectProvince: () => 'tên tỉnh, ví dụ "An Giang"',
  expectProvinceOrCity: () => 'tên tỉnh, thành phố, ví dụ "An Giang"',
  expectCriteriaFile: () => 'tệp CSV bộ tiêu chí',
  expectUnitsFile: () => 'tệp CSV danh sách đơn vị',
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
  internalHeader: () => 'Hạng|Mã|Đơn vị|Tự chấm|Thẩm định|Khảo sát|Thưởng/trừ|Tổng|Chỉ số %|Xếp loại|± % năm trước',
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
  papiScoreLine: (p) =>
    `PAPI ${p.year} – ${p.name}: ${p.score} điểm, hạng ${p.rank ?? '–'}/${p.of}, ${p.group ?? 'không xếp nhóm'}`,
  changeAgainst: (p) => `So với ${p.year}: tổng ${p.score ?? '–'} điểm, ${p.rank ?? '–'} bậc.`,
  strengthsWeaknesses: (p) => `Điểm mạnh (nhóm cao nhất): ${p.strengths}. Điểm yếu (nhóm thấp nhất): ${p.weaknesses}.`,
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
};
