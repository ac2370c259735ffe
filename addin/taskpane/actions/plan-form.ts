import { DEFAULT_SEED, parsePlan, type PapiPlan } from '../../../engine';
import { optionalNumber, readGoal, requireNumber } from '../form-reader';
import { formatNumber, type Lang, tBoth, codeLabel } from '../i18n';

/** The plan builder's form as typed. Targets and agencies are keyed by measure code ('d3', 'd3_1'). */
export interface PlanForm {
  readonly name: string;
  readonly province: string;
  readonly baselineYear: number;
  readonly targetYear: string;
  readonly goalKind: string;
  readonly rank: string;
  readonly group: string;
  readonly total: string;
  /** blank = no target for that measure (it keeps its baseline score) */
  readonly targets: Readonly<Record<string, string>>;
  readonly agencies: Readonly<Record<string, string>>;
  readonly iterations: string;
  readonly seed: string;
  readonly source?: string;
  /** a plan for one of the 34 units of 1 July 2025 (the pane's "2025 units" switch): written "units": 2025 */
  readonly units?: boolean;
}

export const DEFAULT_PLAN_ITERATIONS = 10_000;

/**
 * The plan the form describes, read through the pane's form reader (both decimal separators; a blank target is no
 * target) and checked by the engine's parsePlan, so the pane and `papi plan` accept exactly the same plans.
 */
export function readPlanForm(form: PlanForm): PapiPlan {
  const targetYear = requireNumber(form.targetYear, {
    field: tBoth('planTargetYear'),
    whole: true,
    min: form.baselineYear + 1,
  });
  const goal = readGoal({ kind: form.goalKind, rank: form.rank, group: form.group, total: form.total });
  const targets: Record<string, number> = {};
  for (const [code, text] of Object.entries(form.targets)) {
    const value = optionalNumber(text, {
      field: tBoth('fieldTargetFor', codeLabel(code)),
      min: 0,
      max: 10,
    });
    if (value !== null) targets[code] = value;
  }
  const agencies = Object.fromEntries(
    Object.entries(form.agencies).filter(([code, name]) => name.trim() !== '' && targets[code] !== undefined),
  );
  const iterations = optionalNumber(form.iterations, {
    field: tBoth('iterations'),
    whole: true,
    min: 100,
    max: 1_000_000,
  });
  const seed = optionalNumber(form.seed, { field: tBoth('seed'), whole: true });
  return parsePlan(
    {
      name: form.name.trim() === '' ? `${form.province} ${targetYear}` : form.name.trim(),
      ...(form.source ? { source: form.source } : {}),
      province: form.province,
      baselineYear: form.baselineYear,
      targetYear,
      targets,
      goal,
      agencies,
      iterations: iterations ?? DEFAULT_PLAN_ITERATIONS,
      seed: seed ?? DEFAULT_SEED,
      ...(form.units ? { units: 2025 } : {}),
    },
    'plan',
  );
}

/** The texts to put in the form for a plan (an imported or saved one), numbers written the pane's way. */
export function planFormTexts(plan: PapiPlan, lang: Lang): Omit<PlanForm, 'province' | 'baselineYear'> {
  const goal = plan.goal;
  return {
    name: plan.name,
    targetYear: String(plan.targetYear),
    goalKind:
      goal.rank !== undefined
        ? 'rank'
        : goal.group !== undefined
          ? 'group'
          : goal.total !== undefined
            ? 'total'
            : 'rank',
    rank: goal.rank !== undefined ? String(goal.rank) : '',
    group: goal.group ?? 'best',
    total: goal.total !== undefined ? formatNumber(goal.total, lang) : '',
    targets: Object.fromEntries(Object.entries(plan.targets).map(([code, value]) => [code, formatNumber(value, lang)])),
    agencies: { ...(plan.agencies ?? {}) },
    iterations: String(plan.iterations ?? DEFAULT_PLAN_ITERATIONS),
    seed: String(plan.seed ?? DEFAULT_SEED),
    ...(plan.source ? { source: plan.source } : {}),
  };
}

/**
 * Agencies a provincial plan usually names as responsible (free text: any other can be typed). Vietnamese names are
 * what the plans write; the English is a gloss for the suggestion list.
 */
export const USUAL_AGENCIES: readonly { readonly vi: string; readonly en: string }[] = [
  { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
  { vi: 'Văn phòng UBND tỉnh', en: "Office of the Provincial People's Committee" },
  { vi: 'Sở Tư pháp', en: 'Department of Justice' },
  { vi: 'Sở Tài chính', en: 'Department of Finance' },
  { vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate' },
  { vi: 'Sở Xây dựng', en: 'Department of Construction' },
  { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
  { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
  { vi: 'Sở Y tế', en: 'Department of Health' },
  { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' },
  { vi: 'Công an tỉnh', en: 'Provincial Police' },
  { vi: 'UBND cấp xã', en: "Commune People's Committees" },
  { vi: 'Ban Tiếp công dân tỉnh', en: 'Provincial Citizen Reception Board' },
  { vi: 'Trung tâm Phục vụ hành chính công tỉnh', en: 'Provincial Public Administration Service Centre' },
];
