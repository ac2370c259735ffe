import { checkTextSize, EngineError, parseJsonText, parsePlan, planToJson, type PapiPlan } from '../../../engine/all';
import { readSaved, type ScenarioStore } from './scenario-store';
import { tBoth } from '../i18n';

/** Saves the whole list of plans, each as the plan file `papi plan` reads (planToJson). */
export async function savePlans(store: ScenarioStore, plans: readonly PapiPlan[]): Promise<void> {
  await store.write(plans.map(planToJson));
}

/** Reads the saved plans back with the engine's parsePlan; a damaged entry is skipped and reported by its place. */
export function restorePlans(store: ScenarioStore): { plans: PapiPlan[]; problems: EngineError[] } {
  const saved = readSaved(store);
  if (saved instanceof EngineError) return { plans: [], problems: [saved] };
  if (saved === null || saved === undefined) return { plans: [], problems: [] };
  const source = store.kind === 'workbook' ? 'workbook settings (plans)' : 'localStorage (plans)';
  if (!Array.isArray(saved))
    return {
      plans: [],
      problems: [
        new EngineError({
          code: 'INVALID_INPUT',
          input: source,
          ...tBoth('savedPlansNotList', source),
        }),
      ],
    };
  const plans: PapiPlan[] = [];
  const problems: EngineError[] = [];
  saved.forEach((entry, i) => {
    try {
      plans.push(parsePlan(entry, `${source} [${i}]`));
    } catch (error) {
      problems.push(
        error instanceof EngineError
          ? error
          : new EngineError({ code: 'INVALID_INPUT', input: `${source} [${i}]`, vi: String(error), en: String(error) }),
      );
    }
  });
  return { plans, problems };
}

/** Adds or replaces (same name) a plan in the list. */
export function upsertPlan(plans: readonly PapiPlan[], plan: PapiPlan): PapiPlan[] {
  const at = plans.findIndex((p) => p.name === plan.name);
  return at < 0 ? [...plans, plan] : plans.map((p, i) => (i === at ? plan : p));
}

/** A plan file's text (what the pane exports and `papi plan` reads). */
export function planFileText(plan: PapiPlan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}

/** Reads an imported plan file's text with the engine's bounded JSON reader; a bad file names itself and what is wrong. */
export function readPlanFile(text: string, fileName: string): PapiPlan {
  checkTextSize(text, fileName);
  return parsePlan(parseJsonText({ file: fileName, text }), fileName);
}
