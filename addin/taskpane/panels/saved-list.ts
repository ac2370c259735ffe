import { h, replaceChildren } from '../dom';
import { t, type Lang, type MessageKey } from '../i18n';

/** How one kind of saved item (a scenario, a plan) shows in its list. */
export interface SavedListItems<T> {
  /** the message shown when nothing is saved */
  readonly empty: MessageKey;
  /** where the items are kept: the workbook (Excel) or this browser (standalone); the list says which */
  readonly where: 'workbook' | 'browser';
  /** the line under the item's name */
  meta(item: T): string;
  open(item: T): void;
  /** deletes the item at this index of the list */
  remove(index: number): void;
  /** puts a deleted item back at its index (the one undo) */
  restore(item: T, index: number): void;
}

/** The last item deleted from each list, until it is restored or another is deleted: "undo" works once. */
const lastDeleted = new WeakMap<HTMLElement, { item: { readonly name: string }; index: number }>();

/**
 * The saved items in `list`, each with its name, a line about it and Open/Delete buttons named for it. Deleting asks
 * first (in the row: Office add-ins cannot open the browser's confirm dialog), and the last deletion can be undone once.
 * A line before the list says where the items are kept.
 */
export function renderSavedList<T extends { readonly name: string }>(
  list: HTMLElement,
  lang: Lang,
  items: readonly T[],
  how: SavedListItems<T>,
): void {
  const where = sibling(list, 'before', 'store-note', `${list.id}-where`);
  where.textContent = t(lang, how.where === 'workbook' ? 'savedInWorkbook' : 'savedInBrowser');
  const undoLine = sibling(list, 'after', 'undo-line', `${list.id}-undo`);
  const deleted = lastDeleted.get(list);
  if (deleted) {
    const undo = h('button', { type: 'button', class: 'link undo-delete' }, t(lang, 'undoDelete'));
    undo.addEventListener('click', () => {
      lastDeleted.delete(list);
      how.restore(deleted.item as T, deleted.index);
    });
    replaceChildren(undoLine, t(lang, 'deletedName', deleted.item.name), ' ', undo);
    undoLine.hidden = false;
  } else {
    replaceChildren(undoLine);
    undoLine.hidden = true;
  }
  if (items.length === 0) {
    replaceChildren(list, h('li', { class: 'empty' }, t(lang, how.empty)));
    return;
  }
  replaceChildren(
    list,
    ...items.map((item, i) => {
      const openButton = h(
        'button',
        { type: 'button', 'aria-label': `${t(lang, 'open')}: ${item.name}` },
        t(lang, 'open'),
      );
      const remove = h(
        'button',
        { type: 'button', class: 'secondary', 'aria-label': `${t(lang, 'delete')}: ${item.name}` },
        t(lang, 'delete'),
      );
      const row = h(
        'li',
        {},
        h('span', { class: 'name' }, item.name),
        h('span', { class: 'meta' }, how.meta(item)),
        openButton,
        remove,
      );
      openButton.addEventListener('click', () => how.open(item));
      remove.addEventListener('click', () => {
        const yes = h('button', { type: 'button', class: 'confirm-delete' }, t(lang, 'deleteYes'));
        const no = h('button', { type: 'button', class: 'secondary cancel-delete' }, t(lang, 'deleteNo'));
        const ask = h('span', { class: 'ask', role: 'alert' }, t(lang, 'deleteAsk', item.name), ' ', yes, ' ', no);
        openButton.hidden = remove.hidden = true;
        row.append(ask);
        yes.addEventListener('click', () => {
          lastDeleted.set(list, { item, index: i });
          how.remove(i);
        });
        no.addEventListener('click', () => {
          ask.remove();
          openButton.hidden = remove.hidden = false;
          remove.focus();
        });
        no.focus();
      });
      return row;
    }),
  );
}

/** The line before or after a list (created once, beside it). */
function sibling(list: HTMLElement, side: 'before' | 'after', cls: string, id: string): HTMLElement {
  const existing = side === 'before' ? list.previousElementSibling : list.nextElementSibling;
  if (existing instanceof HTMLElement && existing.classList.contains(cls)) return existing;
  const line = h('p', { class: `note ${cls}`, id });
  if (side === 'before') list.before(line);
  else list.after(line);
  return line;
}
