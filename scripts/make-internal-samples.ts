// `npx tsx scripts/make-internal-samples.ts [folder]`: writes the SAMPLE criteria sets and the SYNTHETIC province under
// samples/internal/ (seeded, so every run writes the same files). The criteria sets are modelled on the published
// structure of provincial PAR index sets (departments: 7 areas; communes and wards: 8 areas, 65 appraised + 35 survey
// points); they are not any province's official decision. The province, its units and every score are invented.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './mulberry32';

const OUT = process.argv[2] ?? 'samples/internal';
const SEED = 20251;

type Rule = 'manual' | 'yes_no' | 'checklist' | 'levels' | 'ratio' | 'survey';
/** [name_vi, name_en, max, rule, options, sub-criteria] */
type Crit = [string, string, number, Rule, string, Crit[]?];
/** [name_vi, name_en, source, owner, criteria] */
type Area = [string, string, 'appraised' | 'survey' | null, string, Crit[]];

const NV = 'Sở Nội vụ',
  TP = 'Sở Tư pháp',
  VP = 'Văn phòng UBND tỉnh',
  TC = 'Sở Tài chính',
  KHCN = 'Sở Khoa học và Công nghệ';
const S = (vi: string, en: string, max: number): Crit => [vi, en, max, 'survey', ''];

const DEPARTMENTS: Area[] = [
  [
    'Công tác chỉ đạo, điều hành cải cách hành chính',
    'Direction of administrative reform',
    null,
    NV,
    [
      [
        'Kế hoạch CCHC năm',
        'Annual PAR plan',
        3,
        'manual',
        '',
        [
          ['Ban hành kế hoạch đúng thời hạn', 'Plan issued on time', 1, 'yes_no', ''],
          ['Mức độ hoàn thành kế hoạch', 'Share of the plan completed', 2, 'ratio', ''],
        ],
      ],
      ['Báo cáo CCHC định kỳ', 'Periodic PAR reports', 2, 'checklist', '0.5;0.5;0.5;0.5'],
      ['Kiểm tra công tác CCHC', 'PAR inspections', 2, 'levels', '0;1;2'],
      ['Tuyên truyền CCHC', 'PAR communication', 2, 'manual', ''],
      ['Sáng kiến, giải pháp mới trong CCHC', 'PAR innovations', 2, 'levels', '0;1;2'],
      S('Đánh giá của lãnh đạo về chỉ đạo CCHC (điều tra XHH)', "Leaders' view of PAR direction (survey)", 3),
    ],
  ],
  [
    'Cải cách thể chế',
    'Institutional reform',
    null,
    TP,
    [
      [
        'Xây dựng văn bản quy phạm pháp luật',
        'Drafting legal documents',
        4,
        'manual',
        '',
        [
          ['Đúng tiến độ', 'On schedule', 2, 'ratio', ''],
          ['Đúng quy trình', 'Following the procedure', 2, 'yes_no', ''],
        ],
      ],
      ['Rà soát, hệ thống hóa văn bản', 'Reviewing legal documents', 3, 'checklist', '1;1;1'],
      ['Theo dõi thi hành pháp luật', 'Monitoring law enforcement', 2, 'manual', ''],
      S('Chất lượng văn bản (điều tra XHH)', 'Quality of legal documents (survey)', 3),
    ],
  ],
  [
    'Cải cách thủ tục hành chính',
    'Administrative procedures',
    null,
    VP,
    [
      [
        'Công bố, công khai thủ tục hành chính',
        'Publishing procedures',
        4,
        'manual',
        '',
        [
          ['Công bố đúng hạn', 'Published on time', 2, 'yes_no', ''],
          ['Công khai đầy đủ', 'Fully disclosed', 2, 'levels', '0;1;2'],
        ],
      ],
      ['Rà soát, đơn giản hóa thủ tục hành chính', 'Simplifying procedures', 3, 'levels', '0;1.5;3'],
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 'Files handled on time', 5, 'ratio', ''],
      ['Xin lỗi khi giải quyết trễ hạn', 'Apologies for late files', 1, 'yes_no', ''],
      ['Tiếp nhận, xử lý phản ánh, kiến nghị', 'Handling feedback', 2, 'manual', ''],
      S('Sự hài lòng với giải quyết thủ tục hành chính (điều tra XHH)', 'Satisfaction with procedures (survey)', 5),
    ],
  ],
  [
    'Cải cách tổ chức bộ máy',
    'Organisational reform',
    null,
    NV,
    [
      ['Sắp xếp tổ chức bộ máy', 'Restructuring', 4, 'levels', '0;2;4'],
      ['Thực hiện quy định về cơ cấu tổ chức', 'Organisation rules', 2, 'yes_no', ''],
      ['Quản lý biên chế', 'Staff quotas', 3, 'ratio', ''],
      S('Thực hiện phân cấp, ủy quyền (điều tra XHH)', 'Delegation (survey)', 3),
    ],
  ],
  [
    'Cải cách chế độ công vụ',
    'Civil service reform',
    null,
    NV,
    [
      ['Vị trí việc làm', 'Job positions', 3, 'checklist', '1;1;1'],
      ['Tuyển dụng, bổ nhiệm', 'Recruitment and appointment', 3, 'manual', ''],
      ['Đào tạo, bồi dưỡng', 'Training', 2, 'ratio', ''],
      ['Kỷ luật, kỷ cương hành chính', 'Administrative discipline', 2, 'levels', '0;1;2'],
      S('Đánh giá của công chức về công vụ (điều tra XHH)', "Civil servants' view (survey)", 4),
    ],
  ],
  [
    'Cải cách tài chính công',
    'Public finance reform',
    null,
    TC,
    [
      ['Giải ngân vốn đầu tư công', 'Public investment disbursed', 3, 'ratio', ''],
      ['Tự chủ tài chính của đơn vị sự nghiệp', 'Autonomy of public service units', 2, 'levels', '0;1;2'],
      ['Quản lý tài sản công', 'Public assets', 2, 'yes_no', ''],
      S('Công khai ngân sách (điều tra XHH)', 'Budget transparency (survey)', 3),
    ],
  ],
  [
    'Xây dựng, phát triển chính quyền số',
    'Digital government',
    null,
    KHCN,
    [
      ['Dịch vụ công trực tuyến toàn trình', 'Full online services', 4, 'ratio', ''],
      ['Tỷ lệ hồ sơ trực tuyến', 'Online filing rate', 3, 'ratio', ''],
      [
        'Số hóa hồ sơ, kết quả',
        'Digitised records',
        3,
        'manual',
        '',
        [
          ['Số hóa hồ sơ', 'Files digitised', 1.5, 'ratio', ''],
          ['Số hóa kết quả', 'Results digitised', 1.5, 'ratio', ''],
        ],
      ],
      ['Văn bản điện tử, chữ ký số', 'E-documents, digital signatures', 2, 'yes_no', ''],
      ['An toàn thông tin', 'Information security', 2, 'checklist', '0.5;0.5;1'],
      S('Mức độ hài lòng với dịch vụ số (điều tra XHH)', 'Satisfaction with digital services (survey)', 4),
    ],
  ],
];

const COMMUNES: Area[] = [
  [
    'Công tác chỉ đạo, điều hành cải cách hành chính',
    'Direction of administrative reform',
    'appraised',
    NV,
    [
      [
        'Kế hoạch CCHC năm',
        'Annual PAR plan',
        3,
        'manual',
        '',
        [
          ['Ban hành kế hoạch đúng thời hạn', 'Plan issued on time', 1, 'yes_no', ''],
          ['Mức độ hoàn thành kế hoạch', 'Share of the plan completed', 2, 'ratio', ''],
        ],
      ],
      ['Báo cáo CCHC định kỳ', 'Periodic PAR reports', 2, 'checklist', '0.5;0.5;0.5;0.5'],
      ['Tuyên truyền CCHC', 'PAR communication', 2, 'manual', ''],
      ['Sáng kiến, giải pháp mới trong CCHC', 'PAR innovations', 3, 'levels', '0;1.5;3'],
    ],
  ],
  [
    'Cải cách thể chế',
    'Institutional reform',
    'appraised',
    TP,
    [
      ['Ban hành văn bản theo thẩm quyền', 'Issuing documents within its powers', 3, 'levels', '0;1;2;3'],
      ['Rà soát văn bản', 'Reviewing documents', 2, 'yes_no', ''],
      ['Theo dõi thi hành pháp luật', 'Monitoring law enforcement', 1, 'manual', ''],
    ],
  ],
  [
    'Cải cách thủ tục hành chính',
    'Administrative procedures',
    'appraised',
    VP,
    [
      ['Niêm yết, công khai thủ tục hành chính', 'Posting procedures', 2, 'checklist', '1;1'],
      ['Hoạt động của bộ phận một cửa', 'One-stop shop', 3, 'levels', '0;1.5;3'],
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 'Files handled on time', 5, 'ratio', ''],
      ['Xin lỗi khi giải quyết trễ hạn', 'Apologies for late files', 1, 'yes_no', ''],
      ['Tiếp nhận, xử lý phản ánh, kiến nghị', 'Handling feedback', 2, 'manual', ''],
      [
        'Thủ tục liên thông (khai sinh, thường trú, bảo hiểm y tế)',
        'Linked procedures (birth, residence, health insurance)',
        1,
        'yes_no',
        '',
      ],
    ],
  ],
  [
    'Cải cách tổ chức bộ máy',
    'Organisational reform',
    'appraised',
    NV,
    [
      ['Sắp xếp bộ máy sau hợp nhất', 'Restructuring after the merger', 4, 'levels', '0;2;4'],
      ['Quy chế làm việc', 'Working rules', 3, 'yes_no', ''],
    ],
  ],
  [
    'Cải cách chế độ công vụ',
    'Civil service reform',
    'appraised',
    NV,
    [
      ['Vị trí việc làm', 'Job positions', 3, 'checklist', '1;1;1'],
      ['Đào tạo, bồi dưỡng', 'Training', 2, 'ratio', ''],
      ['Kỷ luật, kỷ cương hành chính', 'Administrative discipline', 2, 'levels', '0;1;2'],
      ['Đánh giá, xếp loại công chức', 'Appraisal of civil servants', 2, 'yes_no', ''],
    ],
  ],
  [
    'Cải cách tài chính công',
    'Public finance reform',
    'appraised',
    TC,
    [
      ['Thu ngân sách đạt dự toán', 'Budget revenue against plan', 3, 'ratio', ''],
      ['Giải ngân vốn đầu tư công', 'Public investment disbursed', 2, 'ratio', ''],
      ['Công khai ngân sách', 'Budget transparency', 2, 'yes_no', ''],
    ],
  ],
  [
    'Xây dựng, phát triển chính quyền số',
    'Digital government',
    'appraised',
    KHCN,
    [
      ['Dịch vụ công trực tuyến', 'Online public services', 3, 'ratio', ''],
      ['Thanh toán trực tuyến', 'Online payment', 2, 'ratio', ''],
      [
        'Số hóa hồ sơ, kết quả',
        'Digitised records',
        3,
        'manual',
        '',
        [
          ['Số hóa hồ sơ', 'Files digitised', 1.5, 'ratio', ''],
          ['Số hóa kết quả', 'Results digitised', 1.5, 'ratio', ''],
        ],
      ],
      ['Văn bản điện tử, chữ ký số', 'E-documents, digital signatures', 2, 'yes_no', ''],
      ['Hạ tầng, kết nối mạng', 'Network infrastructure', 2, 'checklist', '1;1'],
    ],
  ],
  [
    'Tác động của cải cách hành chính (điều tra xã hội học)',
    'Impact of administrative reform (surveys)',
    'survey',
    NV,
    [
      [
        'Sự hài lòng của người dân, tổ chức',
        'Satisfaction of citizens and organisations',
        20,
        'survey',
        '',
        [
          S('Tiếp cận dịch vụ', 'Access to services', 5),
          S('Thủ tục hành chính', 'Procedures', 5),
          S('Công chức giải quyết công việc', 'Civil servants handling the files', 5),
          S('Kết quả giải quyết', 'Results', 5),
        ],
      ],
      S('Đánh giá của cán bộ lãnh đạo, quản lý', 'Assessment by leaders and managers', 10),
      S('Tác động đến phát triển kinh tế - xã hội', 'Impact on socio-economic development', 5),
    ],
  ],
];

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csvLine = (cells: readonly (string | number)[]) => cells.map(csvCell).join(',');

interface Leaf {
  code: string;
  max: number;
  rule: Rule;
  options: number[];
  source: 'appraised' | 'survey';
}

/** Criteria CSV rows and the leaves; survey criteria (rule survey) get source survey, the rest appraised. */
function criteriaCsv(
  header: string[],
  areas: Area[],
  adjustments: [string, string, string, number, 'bonus' | 'penalty'][],
): { text: string; leaves: Leaf[] } {
  const lines = [...header, 'code,parent,name_vi,name_en,max,source,rule,options,owner'];
  const leaves: Leaf[] = [];
  const walk = (crit: Crit, code: string, parent: string, inherited: 'appraised' | 'survey' | null, owner: string) => {
    const [vi, en, max, rule, options, subs] = crit;
    const source = inherited ?? (rule === 'survey' ? 'survey' : 'appraised');
    const isLeaf = !subs || subs.length === 0;
    lines.push(
      csvLine([
        code,
        parent,
        vi,
        en,
        max,
        inherited === null ? source : '',
        isLeaf ? rule : '',
        isLeaf ? options : '',
        '',
      ]),
    );
    if (isLeaf) leaves.push({ code, max, rule, options: options === '' ? [] : options.split(';').map(Number), source });
    else subs!.forEach((s, i) => walk(s, `${code}.${i + 1}`, code, inherited ?? source, owner));
  };
  areas.forEach(([vi, en, source, owner, crits], a) => {
    const code = String(a + 1);
    const max = crits.reduce((s, c) => s + c[2], 0);
    lines.push(csvLine([code, '', vi, en, max, source ?? '', '', '', owner]));
    crits.forEach((c, i) => walk(c, `${code}.${i + 1}`, code, source, owner));
  });
  for (const [code, vi, en, cap, source] of adjustments)
    lines.push(csvLine([code, '', vi, en, cap, source, '', '', NV]));
  return { text: `${lines.join('\n')}\n`, leaves };
}

const SYLLABLES = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Tân',
  'Long',
  'Thạnh',
  'Hưng',
  'Mỹ',
  'Phước',
  'Thành',
  'Đông',
  'Tây',
  'Vĩnh',
  'Thuận',
  'Lợi',
  'Hiệp',
  'Phong',
  'Quang',
  'Trung',
  'Sơn',
  'Hải',
  'Lạc',
  'Khánh',
];
const DEPARTMENT_NAMES: [string, string, boolean][] = [
  ['SNV', 'Sở Nội vụ', true],
  ['STP', 'Sở Tư pháp', true],
  ['STC', 'Sở Tài chính', true],
  ['SCT', 'Sở Công Thương', true],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', true],
  ['SXD', 'Sở Xây dựng', true],
  ['SKHCN', 'Sở Khoa học và Công nghệ', true],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', true],
  ['SYT', 'Sở Y tế', true],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', true],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', true],
  ['TTT', 'Thanh tra tỉnh', true],
  ['VPUB', 'Văn phòng UBND tỉnh', true],
  ['BQLKCN', 'Ban Quản lý các khu công nghiệp', false],
];

interface Unit {
  unit: string;
  name: string;
  kind: string;
  group: string;
  ranked: boolean;
  ability: number;
}

function makeUnits(random: () => number): Unit[] {
  const units: Unit[] = DEPARTMENT_NAMES.map(([unit, name, ranked]) => ({
    unit,
    name,
    kind: 'so_ban_nganh',
    group: 'so_ban_nganh',
    ranked,
    ability: 0.75 + random() * 0.22,
  }));
  const used = new Set<string>();
  const place = () => {
    for (;;) {
      const name = `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`;
      if (!used.has(name) && name.split(' ')[0] !== name.split(' ')[1]) {
        used.add(name);
        return name;
      }
    }
  };
  // Communes: a wider, slightly lower spread (published: 55-96 %); wards a little higher on average.
  for (let i = 1; i <= 26; i++)
    units.push({
      unit: `P${String(i).padStart(3, '0')}`,
      name: `Phường ${place()}`,
      kind: 'ubnd_xa',
      group: 'phuong',
      ranked: true,
      ability: 0.62 + random() * 0.31,
    });
  for (let i = 1; i <= 72; i++)
    units.push({
      unit: `X${String(i).padStart(3, '0')}`,
      name: `Xã ${place()}`,
      kind: 'ubnd_xa',
      group: 'xa_dac_khu',
      ranked: true,
      ability: 0.57 + random() * 0.36,
    });
  for (let i = 1; i <= 2; i++)
    units.push({
      unit: `DK${i}`,
      name: `Đặc khu ${place()}`,
      kind: 'ubnd_xa',
      group: 'xa_dac_khu',
      ranked: true,
      ability: 0.6 + random() * 0.3,
    });
  return units;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Points a unit of the given ability earns on a leaf, snapped to what the leaf's rule allows. */
function leafPoints(leaf: Leaf, ability: number, random: () => number): number {
  const p = clamp01(ability + (random() - 0.5) * 0.3);
  switch (leaf.rule) {
    case 'yes_no':
      return random() < clamp01(ability + 0.05) ? leaf.max : 0;
    case 'levels': {
      const want = p * leaf.max;
      return [...leaf.options].sort((a, b) => b - a).find((o) => o <= want + 0.25 * leaf.max) ?? 0;
    }
    case 'checklist':
      return round2(leaf.options.reduce((s, o) => s + (random() < p ? o : 0), 0));
    default:
      return round2(p * leaf.max);
  }
}

/** A self-assessment at or above the appraised points: a third of the time the unit over-scores itself. */
function selfPoints(leaf: Leaf, appraised: number, random: () => number): number {
  if (random() > 0.33 || appraised >= leaf.max) return appraised;
  if (leaf.rule === 'yes_no' || leaf.rule === 'checklist') return leaf.max;
  if (leaf.rule === 'levels') return [...leaf.options].sort((a, b) => a - b).find((o) => o > appraised) ?? appraised;
  return round2(Math.min(leaf.max, appraised + random() * 0.3 * leaf.max));
}

function scoresCsv(
  units: Unit[],
  leaves: Leaf[],
  random: () => number,
  drift: number,
  adjustments: string[],
  naCodes: string[],
): string {
  const lines = ['unit,code,self,appraised,survey,note'];
  for (const u of units) {
    const ability = clamp01(u.ability + drift * (random() - 0.6));
    for (const leaf of leaves) {
      if (naCodes.includes(leaf.code) && random() < 0.2) {
        lines.push(csvLine([u.unit, leaf.code, 'na', 'na', '', 'Không được giao nhiệm vụ']));
        continue;
      }
      const points = leafPoints(leaf, ability, random);
      if (leaf.source === 'survey') lines.push(csvLine([u.unit, leaf.code, '', '', points, '']));
      else lines.push(csvLine([u.unit, leaf.code, selfPoints(leaf, points, random), points, '', '']));
    }
    for (const code of adjustments) {
      if (random() < 0.2)
        lines.push(
          csvLine([
            u.unit,
            code,
            1,
            round2(0.5 + random()),
            '',
            code === 'T' ? 'Sáng kiến được công nhận' : 'Bị phê bình trong kiểm tra',
          ]),
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

type Status = 'final' | 'responded' | 'appraised_1' | 'self_assessed' | 'not_sent';

/**
 * The same year's departments part-way through the rounds (self-assessment with an evidence reference, appraisal round
 * 1 with a comment, the unit's response, the final appraisal), so that every status appears: the points are the
 * 2025 file's (the self-assessment as `self`, the appraisal as round 1); where round 1 is below the self-assessment the
 * appraiser asks for more evidence, the unit responds, and the final appraisal accepts every second response (the
 * self-assessment) and keeps round 1 elsewhere. Survey points are there for every unit that sent its sheet.
 */
function roundsCsv(final2025: string, leaves: Leaf[], statuses: ReadonlyMap<string, Status>): string {
  const survey = new Set(leaves.filter((l) => l.source === 'survey').map((l) => l.code));
  const lines = ['unit,code,self,appraised,survey,note,evidence,appraised_1,comment_1,response'];
  let document = 0;
  let responses = 0;
  for (const line of final2025.trim().split('\n').slice(1)) {
    const [unit, code, self, appraised, points, note] = line.split(',') as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const status = statuses.get(unit) ?? 'not_sent';
    if (status === 'not_sent') continue;
    if (survey.has(code)) {
      lines.push(csvLine([unit, code, '', '', points, '', '', '', '', '']));
      continue;
    }
    const evidence = self === 'na' ? '' : `${++document}/BC-${unit}`;
    if (status === 'self_assessed') {
      lines.push(csvLine([unit, code, self, '', '', note, evidence, '', '', '']));
      continue;
    }
    const lower = self !== 'na' && Number(appraised) < Number(self);
    const comment = lower ? 'Chưa đủ tài liệu kiểm chứng, đề nghị bổ sung' : '';
    const response = lower && status !== 'appraised_1' ? `Đã bổ sung văn bản số ${document}b/${unit}` : '';
    const accepted = response !== '' && ++responses % 2 === 0;
    const final = status === 'final' ? (accepted ? self : appraised) : '';
    lines.push(csvLine([unit, code, self, final, '', note, evidence, appraised, comment, response]));
  }
  return `${lines.join('\n')}\n`;
}

const random = mulberry32(SEED);
mkdirSync(OUT, { recursive: true });
const departments = criteriaCsv(
  [
    '# name_vi: Bộ tiêu chí MẪU – Sở, ban, ngành (mô phỏng cấu trúc đã công bố; không phải quyết định của tỉnh nào)',
    "# name_en: SAMPLE criteria set – departments (modelled on the published structure; not any province's decision)",
    '# kind: so_ban_nganh',
    '# year: 2025',
    '# scale: 100',
  ],
  DEPARTMENTS,
  [
    ['T', 'Điểm thưởng (sáng kiến, giải pháp được công nhận)', 'Bonus (recognised innovations)', 2, 'bonus'],
    [
      'P',
      'Điểm trừ (vi phạm kỷ luật, kỷ cương hành chính)',
      'Penalty (breaches of administrative discipline)',
      3,
      'penalty',
    ],
  ],
);
const communes = criteriaCsv(
  [
    '# name_vi: Bộ tiêu chí MẪU – UBND xã, phường, đặc khu (65 điểm thẩm định + 35 điểm điều tra XHH; không phải quyết định của tỉnh nào)',
    "# name_en: SAMPLE criteria set – communes and wards (65 appraised + 35 survey points; not any province's decision)",
    '# kind: ubnd_xa',
    '# year: 2025',
    '# scale: 100',
  ],
  COMMUNES,
  [],
);
const units = makeUnits(random);
writeFileSync(join(OUT, 'criteria-departments.csv'), departments.text);
writeFileSync(join(OUT, 'criteria-communes.csv'), communes.text);
writeFileSync(
  join(OUT, 'units.csv'),
  `unit,name_vi,kind,group,ranked\n${units.map((u) => csvLine([u.unit, u.name, u.kind, u.group, u.ranked ? 'yes' : 'no'])).join('\n')}\n`,
);
const depts = units.filter((u) => u.kind === 'so_ban_nganh');
const comms = units.filter((u) => u.kind === 'ubnd_xa');
writeFileSync(
  join(OUT, 'scores-departments-2025.csv'),
  scoresCsv(depts, departments.leaves, random, 0, ['T', 'P'], ['6.2']),
);
writeFileSync(join(OUT, 'scores-communes-2025.csv'), scoresCsv(comms, communes.leaves, random, 0, [], ['6.2']));
writeFileSync(
  join(OUT, 'scores-departments-2024.csv'),
  scoresCsv(depts, departments.leaves, random, 0.1, ['T', 'P'], ['6.2']),
);
writeFileSync(join(OUT, 'scores-communes-2024.csv'), scoresCsv(comms, communes.leaves, random, 0.1, [], ['6.2']));
// The rounds, by the order of the units file: 5 final, 3 responded, 3 appraised once, 2 self-assessed (the last one
// the unit that is not ranked), 1 not sent.
const ROUND_STATUSES: Status[] = ['final', 'final', 'final', 'final', 'final', 'responded', 'responded', 'responded'];
ROUND_STATUSES.push('appraised_1', 'appraised_1', 'appraised_1', 'self_assessed', 'not_sent', 'self_assessed');
writeFileSync(
  join(OUT, 'scores-departments-2025-rounds.csv'),
  roundsCsv(
    readFileSync(join(OUT, 'scores-departments-2025.csv'), 'utf8'),
    departments.leaves,
    new Map(depts.map((u, i) => [u.unit, ROUND_STATUSES[i] ?? 'not_sent'])),
  ),
);
console.log(
  `${OUT}: ${depts.length} departments (${departments.leaves.length} leaves), ${comms.length} communes/wards (${communes.leaves.length} leaves), seed ${SEED}`,
);
