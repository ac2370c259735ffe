/**
 * Text as it may reach a terminal: control characters (escape sequences, bell, backspace, carriage return...) from
 * files or arguments are shown as \x1b-style escapes, so no terminal sequence passes through. Newlines and tabs stay.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
