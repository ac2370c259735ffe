import { isEngineError, type DataProblem } from '../../engine';
import { h, replaceChildren } from './dom';
import { describeError, t, type Lang } from './i18n';

/** One file's problems in the message area: the file and how many problems it has. */
export interface FileProblems {
  readonly file: string;
  readonly count: number;
  readonly lines: readonly string[];
}

/**
 * Problems grouped by file, in the order the files first appear, each with its count: what the message area lists
 * (70 problems of three files read as three lines with counts, not 70 lines over the pane).
 */
export function problemsByFile(problems: readonly DataProblem[], lang: Lang): FileProblems[] {
  const groups = new Map<string, string[]>();
  for (const p of problems) {
    const file = p.sheet === undefined ? p.file : `${p.file} › ${p.sheet}`;
    const where =
      p.row === null
        ? p.column === null
          ? ''
          : t(lang, 'problemColumn', p.column)
        : p.column === null
          ? t(lang, 'problemRow', p.row)
          : t(lang, 'problemRowColumn', p.row, p.column);
    const line = `${where === '' ? '' : `${where}: `}${lang === 'vi' ? p.vi : p.en}`;
    const lines = groups.get(file);
    if (lines) lines.push(line);
    else groups.set(file, [line]);
  }
  return [...groups].map(([file, lines]) => ({ file, count: lines.length, lines }));
}

/** The full text of a failure (every problem, one per line): what "copy" and "download" give. */
export function fullText(error: unknown, lang: Lang): string {
  if (!isEngineError(error)) return describeError(error, lang).message;
  const head = lang === 'vi' ? error.vi : error.en;
  return [head, ...problemsByFile(error.allProblems, lang).flatMap((g) => g.lines.map((l) => `${g.file}: ${l}`))].join(
    '\n',
  );
}

/**
 * The pane's message area and status line. Every failure of every panel comes here (never only to the console), in
 * one place of bounded height (CSS: a third of the pane at most, scrolling) between the tabs and the task, so it never
 * covers the chart, the plan or a button. A failure with file problems lists them grouped by file with counts, and
 * the full list can be copied or downloaded. A dismissed message is kept under "Dismissed messages" until the next
 * action, so it can be read again.
 */
export class MessageArea {
  readonly element: HTMLElement;
  private readonly errors: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly dismissed: HTMLDetailsElement;
  private readonly dismissedList: HTMLElement;
  private readonly dismissedSummary: HTMLElement;
  private statusTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly lang: () => Lang,
    /** what a clicked suggestion does (it is a province name) */
    private readonly suggestionChosen: (name: string) => void,
    /** saving the full list of problems as a file */
    private readonly download: (fileName: string, text: string) => void = () => undefined,
  ) {
    this.errors = h('div', { id: 'errors', class: 'errors', role: 'alert', 'aria-live': 'assertive' });
    this.statusLine = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
    this.dismissedSummary = h('summary', { id: 'dismissed-summary' });
    this.dismissedList = h('div', { id: 'dismissed-list' });
    this.dismissed = h(
      'details',
      { id: 'dismissed', class: 'dismissed', hidden: true },
      this.dismissedSummary,
      this.dismissedList,
    ) as HTMLDetailsElement;
    this.element = h('div', { id: 'messages', class: 'messages' }, this.errors, this.statusLine, this.dismissed);
  }

  /** A short confirmation; it stays in view for a few seconds and is cleared by the next action. */
  status(text: string, seconds = 6): void {
    this.statusLine.textContent = text;
    if (this.statusTimer !== null) clearTimeout(this.statusTimer);
    this.statusTimer = text === '' ? null : setTimeout(() => this.status(''), seconds * 1000);
  }

  /** Starting an action clears the previous one's errors and confirmation (and the dismissed ones). */
  clear(): void {
    replaceChildren(this.errors);
    replaceChildren(this.dismissedList);
    this.updateDismissed();
    this.status('');
  }

  /** Removes the errors of one kind (e.g. the scenario's, once it evaluates again). */
  clearKind(kind: string): void {
    this.errors.querySelectorAll(`.error.${kind}`).forEach((e) => e.remove());
  }

  /** Shows a failure; `kind` tags it so that it can be cleared on its own. */
  show(error: unknown, replace = true, kind?: string): void {
    if (replace) replaceChildren(this.errors);
    const lang = this.lang();
    const item = h('div', { class: kind ? `error ${kind}` : 'error' });
    const suggestions = isEngineError(error) ? error.suggestions : [];
    if (isEngineError(error) && error.allProblems.length > 0) {
      item.append(h('p', { class: 'error-message' }, lang === 'vi' ? error.vi : error.en));
      const groups = problemsByFile(error.allProblems, lang);
      item.append(
        h('p', { class: 'problem-count' }, t(lang, 'problemsCount', error.allProblems.length, groups.length)),
        ...groups.map((g) =>
          h(
            'details',
            { class: 'problem-file' },
            h('summary', {}, t(lang, g.count === 1 ? 'problemsInFileOne' : 'problemsInFile', g.file, g.count)),
            h('ul', {}, ...g.lines.map((line) => h('li', {}, line))),
          ),
        ),
      );
      const copy = h('button', { type: 'button', class: 'secondary problems-copy' }, t(lang, 'problemsCopy'));
      const save = h('button', { type: 'button', class: 'secondary problems-download' }, t(lang, 'problemsDownload'));
      copy.addEventListener('click', () => {
        const all = fullText(error, lang);
        void navigator.clipboard?.writeText(all).then(
          () => this.status(t(this.lang(), 'problemsCopied')),
          () => this.status(t(this.lang(), 'problemsCopyFailed')),
        );
      });
      save.addEventListener('click', () => this.download('papi-problems.txt', fullText(error, this.lang())));
      item.append(h('p', { class: 'buttons' }, copy, save));
    } else {
      item.append(h('p', { class: 'error-message' }, describeError(error, lang).message));
    }
    if (suggestions.length > 0) {
      const buttons = suggestions.map((name) => {
        const button = h('button', { type: 'button', class: 'link' }, name);
        button.addEventListener('click', () => this.suggestionChosen(name));
        return button;
      });
      item.append(h('p', { class: 'suggestions' }, t(lang, 'didYouMean'), ' ', ...buttons));
    }
    const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': t(lang, 'dismiss') }, '×');
    dismiss.addEventListener('click', () => {
      dismiss.remove();
      this.dismissedList.prepend(item);
      this.updateDismissed();
    });
    item.prepend(dismiss);
    this.errors.append(item);
    // In view without moving the task: the area sits right under the tabs.
    if (typeof this.element.scrollIntoView === 'function') this.element.scrollIntoView({ block: 'nearest' });
  }

  private updateDismissed(): void {
    const n = this.dismissedList.childElementCount;
    this.dismissed.hidden = n === 0;
    this.dismissedSummary.textContent = t(this.lang(), 'dismissedMessages', n);
  }
}
