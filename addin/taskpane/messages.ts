import { h, replaceChildren } from './dom';
import { describeError, t, type Lang } from './i18n';

/**
 * The pane's error area and status line. Every failure of every panel comes here (never only to the console):
 * the message in the pane's language, clickable suggestions ("Did you mean ...?"), a dismiss button. The area is kept
 * in view (sticky) so an error is seen wherever in the pane the action was started.
 */
export class MessageArea {
  readonly element: HTMLElement;
  private readonly errors: HTMLElement;
  private readonly statusLine: HTMLElement;
  private statusTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly lang: () => Lang,
    /** what a clicked suggestion does (it is a province name) */
    private readonly suggestionChosen: (name: string) => void,
  ) {
    this.errors = h('div', { id: 'errors', class: 'errors', role: 'alert', 'aria-live': 'assertive' });
    this.statusLine = h('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
    this.element = h('div', { class: 'messages' }, this.errors, this.statusLine);
  }

  /** A short confirmation; it stays in view for a few seconds and is cleared by the next action. */
  status(text: string, seconds = 6): void {
    this.statusLine.textContent = text;
    if (this.statusTimer !== null) clearTimeout(this.statusTimer);
    this.statusTimer = text === '' ? null : setTimeout(() => this.status(''), seconds * 1000);
  }

  /** Starting an action clears the previous one's errors and confirmation. */
  clear(): void {
    replaceChildren(this.errors);
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
    const { message, suggestions } = describeError(error, lang);
    const item = h('div', { class: kind ? `error ${kind}` : 'error' }, h('p', { class: 'error-message' }, message));
    if (suggestions.length > 0) {
      const buttons = suggestions.map((name) => {
        const button = h('button', { type: 'button', class: 'link' }, name);
        button.addEventListener('click', () => this.suggestionChosen(name));
        return button;
      });
      item.append(h('p', { class: 'suggestions' }, t(lang, 'didYouMean'), ' ', ...buttons));
    }
    const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': t(lang, 'dismiss') }, '×');
    dismiss.addEventListener('click', () => item.remove());
    item.prepend(dismiss);
    this.errors.append(item);
  }
}
