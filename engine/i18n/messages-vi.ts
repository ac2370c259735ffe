import type { MessageCatalogue } from './messages';

/** The engine's error messages in Vietnamese (ids and parameters: MessageParams in messages.ts). */
export const MESSAGES_VI: MessageCatalogue = {
  numberMissing: (p) => `Thiếu giá trị của ${p.input}: cần một số, ví dụ 9.5 hoặc 9,5.`,
  notANumber: (p) =>
    `${p.input} "${p.value}" không phải là số: cần dạng 9.5 hoặc 9,5 (không dùng hệ 16, không dùng "=").`,
  wholeNumberOutOfRange: (p) => `${p.input} "${p.value}" không hợp lệ: cần số nguyên từ ${p.min} đến ${p.max}.`,
  pairInvalid: (p) => `"${p.part}" trong ${p.input} không hợp lệ: cần dạng mã=số, ví dụ a1=9.5.`,
  pairWithoutCode: (p) => `Một cặp trong ${p.input} thiếu mã.`,
  pairGivenTwice: (p) => `${p.code} xuất hiện hai lần trong ${p.input} (${p.first} và ${p.second}): chỉ ghi một lần.`,
  targetRankInvalid: (p) => `Thứ hạng mục tiêu "${p.rank}" không hợp lệ: cần số nguyên từ 1.`,
  groupInvalid: (p) => `Nhóm "${p.group}" không hợp lệ: cần ${p.known}.`,
  methodologyUnknownYear: (p) => `Không có phương pháp ${p.index} cho năm ${p.year}. Các giai đoạn có: ${p.known}.`,
  measureNotInDefinition: (p) =>
    `"${p.code}" không phải là chỉ số nội dung của ${p.definition}. Các mã có: ${p.known}.`,
  measureInvalid: (p) => `"${p.code}" không phải là chỉ số của ${p.definition}. Các mã hợp lệ: ${p.known}.`,
  papiMethodologyUnknown: (p) => `Không có phương pháp PAPI "${p.id}". Có: ${p.known}.`,
  definitionExists: (p) => `Đã có định nghĩa "${p.id}": hãy đặt một mã (id) khác.`,
  papiUnknownYear: (p) => `Không có dữ liệu PAPI năm ${p.year}. Có dữ liệu các năm ${p.first}-${p.last}.`,
  papiYearIn2025Units: (p) =>
    `Dữ liệu PAPI năm ${p.year} theo 34 đơn vị hành chính từ 1/7/2025: hãy dùng chế độ đơn vị 2025 ` +
    `(papiUnitsView, --units 2025).`,
  provinceListMissing: () => 'Thiếu danh mục tỉnh provinces/provinces_63.csv.',
  provinceListInvalid: () => 'Danh mục tỉnh không hợp lệ.',
  mergerListMissing: () => 'Thiếu danh sách sắp xếp đơn vị hành chính 2025 (merger_2025.csv).',
  papiTooFewProvinces: (p) =>
    `Tệp "${p.file}" chỉ có ${p.count} tỉnh, thành phố: cần ít nhất ${p.min} để xếp hạng (dùng ` +
    `--allow-partial nếu đúng là dữ liệu một phần).`,
  papiFileYearUnknown: (p) =>
    `Không xác định được năm của tệp "${p.file}": cần cột year hoặc tên tệp dạng papi_<năm>_dimensions.csv.`,
  papiDataInvalid: (p) => `Dữ liệu PAPI năm ${p.year} không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  provinceNotInPapiYear: (p) => `Dữ liệu PAPI năm ${p.year} không có ${p.nameVi}.`,
  provinceWithoutPapiTotal: (p) => `${p.nameVi} không có tổng điểm PAPI năm ${p.year}.`,
  papiScoreCount: (p) =>
    `Cần ${p.expected === null ? 'ít nhất một' : p.expected} điểm chỉ số nội dung${p.definition}, nhận được ${p.got}.`,
  scoreNotNumber: (p) => `Điểm thứ ${p.position} ("${p.score}") không phải là số.`,
  scoreOutOfRange: (p) => `Điểm ${p.measure} ${p.score} phải nằm trong [${p.min}, ${p.max}].`,
  simulationIncomplete: (p) => `Mô phỏng mới chạy ${p.done}/${p.iterations} lượt.`,
  simulationNotStarted: () => 'Chưa có lượt mô phỏng nào hoàn tất.',
  iterationsInvalid: (p) => `Số lượt mô phỏng ${p.iterations} không hợp lệ: cần số nguyên từ 1 đến 10.000.000.`,
  yearsAheadInvalid: (p) => `Số năm ${p.steps} không hợp lệ: cần 0 đến 10.`,
  standardErrorInvalid: () => 'Sai số chuẩn hoặc khoảng tin cậy phải là số không âm.',
  subdimensionDataMissing: (p) => `Không có dữ liệu chỉ số thành phần năm ${p.year}.`,
  capsInvalid: (p) =>
    `Giới hạn "${p.caps}" không hợp lệ: cần bounds (theo thang điểm), best (điểm cao nhất năm đó), gain (mức ` +
    `tăng lớn nhất từng thấy) hoặc realistic (chặt hơn trong hai mức).`,
  effortWeightInvalid: (p) => `Trọng số công sức "${p.pair}" không hợp lệ: cần mã trong ${p.known} và một số dương.`,
  measureScoreMissing: (p) => `Thiếu điểm ${p.measure} năm ${p.year}.`,
  targetTotalAboveMax: (p) => `Tổng điểm mục tiêu ${p.total} vượt quá mức tối đa ${p.max}.`,
  effortWeightNotPositive: (p) => `Trọng số công sức "${p.pair}" phải là số dương.`,
  parAreaWithoutMax: (p) => `"${p.key}" không phải lĩnh vực có điểm tối đa đã biết (${p.known}).`,
  parGroupNotInRule: (p) => `Nhóm "${p.group}" không có trong quy tắc năm ${p.year} (${p.known}).`,
  parNoResultsToRank: (p) => `Không có kết quả PAR INDEX năm ${p.year} để xếp hạng.`,
  totalGoalNotAllowed: () => 'Mục tiêu tổng điểm không dùng được ở đây: dùng thứ hạng hoặc nhóm.',
  goalCount: (p) => `Cần đúng một mục tiêu (${p.choices}), nhận được: ${p.got || 'không có'}.`,
  goalInvalid: (p) => `Mục tiêu "${p.text}" không hợp lệ: cần thứ hạng (số nguyên từ 1) hoặc nhóm (${p.groups}).`,
  parNoResultsToCompare: (p) => `Không có kết quả PAR INDEX năm ${p.year} để so sánh. Có các năm ${p.known}.`,
  totalOutsidePercent: (p) => `Tổng điểm ${p.total} phải nằm trong [0, 100].`,
  rankValueInvalid: (p) => `${p.name} = ${p.value} không hợp lệ: cần số nguyên từ 1.`,
  rankAboveField: (p) => `Hạng ${p.rank} lớn hơn số đơn vị ${p.of}.`,
  fileTooLarge: (p) => `Tệp "${p.file}" quá lớn (${p.size} MB, tối đa ${p.max} MB).`,
  cellsTooLong: (p) => `Tệp "${p.file}" có ô quá dài; không có gì được nạp.`,
  parScenarioNotPapi: () => 'Kịch bản PAR INDEX được tính bằng evaluateParScenario.',
  parScenarioNeedsPoints: () => 'Kịch bản PAR INDEX cần index "par" và điểm các lĩnh vực (points).',
  parScenarioAreaMissing: (p) => `Không có điểm lĩnh vực "${p.area}" trong kịch bản.`,
  changeNotADimension: (p) =>
    `Chỉ thay đổi được chỉ số nội dung hoặc chỉ số thành phần, không phải "${p.measure}": tổng điểm được tính ` +
    `lại từ các chỉ số nội dung.`,
  changeTwoLevels: (p) =>
    `Không thể thay đổi cùng lúc ${p.dimension} và một chỉ số thành phần của nó cho ${p.nameVi}: hãy chọn một cấp.`,
  changeAddWithoutScore: (p) =>
    `${p.nameVi} không có điểm ${p.measure} năm ${p.year} để cộng thêm; hãy đặt giá trị (set).`,
  changeDimensionMissing: (p) =>
    `${p.nameVi} thiếu điểm ${p.dimension} năm ${p.year}; không thể suy ra thay đổi từ chỉ số thành phần.`,
  unitNotInResults: (p) => `Đơn vị "${p.unit}" không có trong kết quả.`,
  unitIncomplete: (p) => `Đơn vị "${p.unit}" chưa đủ điểm (thiếu ${p.missing}): chưa thể tính mục tiêu.`,
  unitNotRanked: (p) => `Đơn vị "${p.unit}" không được xếp hạng.`,
  classNotInBands: (p) => `Loại "${p.label}" không có trong thang xếp loại (${p.known}).`,
  scoreMaximaCount: (p) => `Số điểm (${p.scores}) khác số điểm tối đa (${p.maxima}).`,
  maximumNotPositive: (p) => `Điểm tối đa thứ ${p.position} (${p.max}) phải là số dương.`,
  pointsOutOfRange: (p) => `Điểm thứ ${p.position} (${p.points}) phải trong [0, ${p.max}].`,
  populationMissing: (p) => `Thiếu dân số của ${p.provinces} để tính trọng số.`,
  weightsFileInvalid: (p) => `Tệp trọng số "${p.file}" không hợp lệ (${p.count} lỗi).`,
  papiAlreadyIn2025Units: (p) => `PAPI ${p.year} đã theo 34 đơn vị từ 1/7/2025; không cần ước tính lại.`,
  formerProvinceWeightsMissing: (p) => `Thiếu trọng số cho các tỉnh cũ của ${p.nameVi}.`,
  unknownResultsYear: (p) => `Không có dữ liệu ${p.index} năm ${p.year} (có: ${p.known}).`,
  provinceNotInSipasYear: (p) => `Dữ liệu SIPAS năm ${p.year} không có ${p.nameVi}.`,
  criteriaSetInvalid: (p) => `Bộ tiêu chí "${p.file}" không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  criteriaTreeInvalid: (p) => `Bộ tiêu chí "${p.file}" không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  planMeasureUnknown: (p) =>
    `"${p.code}" không phải chỉ số nội dung hay chỉ số thành phần của ${p.definition} (${p.known}, d1_1...).`,
  scenariosNotComparable: (p) =>
    `Chỉ so sánh được hai kịch bản cùng năm và cùng chỉ số: "${p.a}" là ${p.aIndex} ${p.aYear}, "${p.b}" là ` +
    `${p.bIndex} ${p.bYear}.`,
  boundaryInvalid: (p) => `Quy ước ranh giới "${p.boundary}" không hợp lệ: cần "lower" hoặc "upper".`,
  parPointsInvalid: (p) => `Điểm PAR INDEX năm ${p.year} không hợp lệ.`,
  jsonInvalid: (p) => `Tệp "${p.file}" không phải JSON hợp lệ (${p.detail}).`,
  definitionInvalid: (p) => `Định nghĩa chỉ số "${p.id}" không hợp lệ.`,
  definitionFileInvalid: (p) => `Tệp định nghĩa "${p.file}" không hợp lệ (${p.count} lỗi).`,
  dataFileInvalid: (p) => `Tệp "${p.file}" không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  moreProblems: (p) => `và ${p.count} lỗi khác`,
  keyUnknown: (p) =>
    `${p.source}: khóa "${p.key}" không có trong định dạng (các khóa: ${p.known}).` +
    (p.near === null ? '' : ` Có phải "${p.near}"?`),
  choiceInvalid: (p) =>
    `${p.input} "${p.text}" không hợp lệ: cần ${p.choices}.${p.near === null ? '' : ` Có phải "${p.near}"?`}`,
  measureNotInYear: (p) => `Dữ liệu PAPI năm ${p.year} (${p.origin}) không có "${p.measure}".`,
  fieldMeasureMissing: (p) =>
    `Dữ liệu PAPI năm ${p.year} không có "${p.code}" (dữ liệu chỉ số thành phần có thể chưa được công bố).`,
  scoreOutsideScale: (p) =>
    `Điểm ${p.score} của ${p.measure} năm ${p.year} nằm ngoài thang điểm [${p.min}; ${p.max ?? '?'}].`,
  provinceUnknown: (p) =>
    `Không tìm thấy tỉnh, thành phố "${p.name}".${p.suggestions ? ` Có phải bạn muốn nói ${p.suggestions}?` : ''}`,
  unitUnknown: (p) =>
    `Không có đơn vị hành chính cấp tỉnh (từ 1/7/2025) "${p.name}".` +
    (p.suggestions ? ` Có phải bạn muốn nói ${p.suggestions}?` : ''),
  formerProvinceName: (p) =>
    `${p.nameVi} là tỉnh cũ (trước 1/7/2025); từ 1/7/2025 thuộc đơn vị ${p.unitVi} (${p.membersVi}). ` +
    `Có phải bạn muốn nói ${p.unitVi}?`,
  seedInvalid: (p) =>
    `Hạt giống ${p.seed} không hợp lệ: cần một số nguyên (từ -9.007.199.254.740.991 đến 9.007.199.254.740.991).`,
  startIterationInvalid: (p) => `Lượt bắt đầu ${p.start} không hợp lệ: cần bội số của ${p.block}, không quá số lượt.`,
  weightInvalid: (p) =>
    `Trọng số "${p.pair}" không hợp lệ: cần một chỉ số nội dung (${p.dimensions}) và một số không âm.`,
  scenarioValueOutOfRange: (p) =>
    `${p.measure} của ${p.nameVi} sẽ là ${p.value}, ngoài khoảng cho phép [${p.min}; ${p.max}] (${p.input}).`,
  fieldInvalid: (p) => `${p.source}, trường "${p.path}": ${p.reason.vi}`,
  unitListInvalid: (p) => `Danh sách đơn vị "${p.file}" không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  consolidationInvalid: (p) => `Không gộp được: ${p.count} lỗi trong ${p.files} tệp; không có gì được nạp.`,
  criteriaColumnsMissing: (p) => `Bộ tiêu chí "${p.file}" thiếu cột ${p.columns} (cần code,parent,name_vi,max,source).`,
  columnMissing: (p) => `Thiếu cột "${p.column}"`,
  classBandsInvalid: (p) => `Thang xếp loại "${p.text}" không hợp lệ: ${p.reason.vi}. Ví dụ: "${p.example}".`,
  scoreFileInvalid: (p) => `Tệp điểm "${p.file}" không hợp lệ (${p.count} lỗi); không có gì được nạp.`,
  expectScenarioObject: () => 'cần một đối tượng JSON {name, index, year, changes}.',
  expectJsonObject: () => 'cần một đối tượng JSON.',
  expectString: () => 'cần một chuỗi.',
  expectIndex: (p) => `"${p.value}" không hợp lệ: cần "papi" hoặc "par".`,
  expectYear: (p) => `cần một năm, ví dụ ${p.example}.`,
  expectChangeList: () => 'cần một danh sách thay đổi.',
  expectChange: () => 'cần {province, measure, set hoặc add}.',
  expectMeasureCode: () => 'cần mã chỉ số, ví dụ "d3".',
  expectProvinceName: () => 'cần tên tỉnh.',
  expectSetOrAdd: () => 'cần đúng một trong "set" hoặc "add".',
  expectNumber: () => 'cần một số.',
  expectNonNegative: () => 'cần một số không âm.',
  expectPositive: () => 'cần một số dương.',
  expectBoundary: () => 'cần "lower" hoặc "upper".',
  expectShape: (p) => `cần dạng ${p.shape}.`,
  expectAfterBaseline: () => 'phải sau năm cơ sở.',
  expectCodeOnce: () => 'mã này xuất hiện hai lần.',
  expectGoal: () => 'cần mục tiêu {"rank": 20}, {"group": "best"} và/hoặc {"total": 45}.',
  expectGoalKey: () => 'cần "rank", "group" và/hoặc "total".',
  expectRankFrom1: () => 'cần số nguyên từ 1.',
  expectOneOf: (p) => `cần ${p.choices}.`,
  expectWholeInRange: (p) => `cần số nguyên từ ${p.min} đến ${p.max}.`,
  expectUnits: () => 'cần 2025 (34 đơn vị từ 1/7/2025) hoặc 63 (các tỉnh cũ).',
  classBandsEmpty: () => 'không có loại nào',
  classBandForm: (p) => `"${p.part}" cần dạng nhãn>=ngưỡng (chỉ loại cuối có thể không có ngưỡng)`,
  classThresholdRange: (p) => `ngưỡng ${p.threshold} phải trong [0, 100]`,
  classThresholdsOrder: () => 'các ngưỡng phải giảm dần',
  classLabelRepeated: () => 'nhãn bị trùng',
  classAreaFloorRange: (p) => `ngưỡng lĩnh vực ${p.floor} phải trong (0, 100]`,
  provinceDuplicateAt: (p) => `Tỉnh bị lặp (đã có ở dòng ${p.row})`,
  provinceDuplicate: () => 'Tỉnh bị lặp',
  totalWithoutDimension: () => 'Có tổng điểm nhưng thiếu điểm chỉ số nội dung',
  totalNotSumOfDimensions: (p) => `Tổng ${p.given} khác tổng các chỉ số nội dung (${p.sum})`,
  provinceColumnMissing: () => 'Cần cột province, province_vi hoặc gso_code',
  columnUnexpected: (p) => `Cột \"${p.column}\" không thuộc định dạng (cần: ${p.allowed})`,
  yearDiffersFromFile: (p) => `Năm ${p.given} khác năm ${p.year} của tệp`,
  cellNotANumber: (p) => `\"${p.cell}\" không phải là số`,
  cellOutsideBounds: (p) => `${p.cell} nằm ngoài khoảng [${p.min}, ${p.max}]`,
  subdimensionFileUnknown: (p) =>
    `Không nhận ra chỉ số nội dung của tệp (cần các cột d<k>_1..d<k>_n của ${p.definition})`,
  provinceNotInDimensionsFile: () => 'Tỉnh không có trong tệp chỉ số nội dung',
  dimensionDiffers: (p) => `${p.cell} khác giá trị ${p.main || 'trống'} trong tệp chỉ số nội dung (dòng ${p.row})`,
  subdimensionsPartial: () => 'Thiếu một phần chỉ số nội dung thành phần',
  subdimensionsNotSum: (p) => `Tổng chỉ số thành phần (${p.sum}) khác điểm ${p.dimension} ${p.cell}`,
  subdimensionsWithoutDimension: () => 'Có chỉ số thành phần nhưng thiếu điểm chỉ số nội dung',
  pointsNotInRange: (p) => `\"${p.cell}\" không phải là số trong khoảng [0, ${p.max}]`,
  totalOrRankColumnMissing: () => 'Cần cột "total" hoặc "rank"',
  rankNotWhole: () => 'Thứ hạng phải là số nguyên từ 1',
  totalRankOrder: (p) =>
    `Tổng điểm ${p.total} cao hơn ${p.other} (dòng ${p.line}) nhưng hạng ${p.rank} lại sau hạng ${p.otherRank}`,
  sipasColumnMissing: () => 'Cần cột "sipas" hoặc "sipas_rank"',
  yearInvalidExpected: (p) => `Năm \"${p.given}\" không hợp lệ${p.year === undefined ? '' : ` (cần ${p.year})`}`,
  weightMissing: () => 'Thiếu trọng số',
  weightNotPositive: (p) => `Trọng số ${p.cell} phải lớn hơn 0`,
  formerWeightsMissing: (p) => `Thiếu trọng số của ${p.namesVi} (tỉnh cũ thuộc đơn vị sáp nhập)`,
  cellTooLong: (p) => `Ô dài ${p.length} ký tự, quá giới hạn ${p.max}`,
  gsoCodeInvalid: (p) => `Mã GSO \"${p.code}\" không hợp lệ hoặc bị trùng`,
  provinceNameTaken: (p) => `Tên \"${p.name}\" trùng với tỉnh mã ${p.owner}`,
  provinceCodeUnknown: (p) => `Không có tỉnh mã \"${p.code}\"`,
};
