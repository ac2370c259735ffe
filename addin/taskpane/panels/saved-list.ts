import { h, replaceChildren } from '../dom';
import { t, type Lang, type MessageKey } from '../i18n';

/** How one kind of saved item (a scenario, a plan) shows in its list. */
export interface SavedListItems<T> {
  /** the message shown when nothing is saved */
  readonly empty: MessageKey;
  /** the line under the item's name */
  meta(item: T): string;
  open(item: T): void;
  /** deletes the item at this index of the list */
  remove(index: number): void;
}

/** The saved items in `list`, each with its name, a line about it and Open/Delete buttons named for it. */
export function renderSavedList<T extends { readonly name: string }>(
  list: HTMLElement,
  lang: Lang,
  items: readonly T[],
  how: SavedListItems<T>,
): void {
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
        { type: 'button', 'aria-label': `${t(lang, 'delete')}: ${item.name}` },
        t(lang, 'delete'),
      );
      openButton.addEventListener('click', () => how.open(item));
      remove.addEventListener('click', () => how.remove(i));
      return h(
        'li',
        {},
        h('span', { class: 'name' }, item.name),
        h('span', { class: 'meta' }, how.meta(item)),
        openButton,
        remove,
      );
    }),
  );
}
