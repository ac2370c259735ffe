/** The requirement set of custom functions (Microsoft's "Custom Functions requirement sets": 1.1 is the first). */
export const CUSTOM_FUNCTIONS_SET = { name: 'CustomFunctionsRuntime', version: '1.1' } as const;

/**
 * Whether this Excel runs custom functions (=PAPI.*). Volume-licensed perpetual Excel 2019 and earlier on Windows and
 * Excel on iPad do not, although they run the task pane (the Excel API): there the pane writes values instead of
 * formulas. A host whose requirements cannot be asked is taken as not supporting them.
 */
export function customFunctionsSupported(requirements: Requirements | null | undefined): boolean {
  return setSupported(requirements, CUSTOM_FUNCTIONS_SET);
}

type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

/** The requirement set of cell notes (Excel.NoteCollection, the notes exceljs and the CLI write): ExcelApi 1.18. */
export const NOTES_SET = { name: 'ExcelApi', version: '1.18' } as const;

/**
 * Whether this Excel can write cell notes (the field names on the master sheets' headers). Where it cannot, the
 * headings alone are written: they read back as the same fields.
 */
export function notesSupported(requirements: Requirements | null | undefined): boolean {
  return setSupported(requirements, NOTES_SET);
}

function setSupported(
  requirements: Requirements | null | undefined,
  set: { readonly name: string; readonly version: string },
): boolean {
  // a host that throws when asked has no way to run the set either: read as "not supported", not as an error
  try {
    return requirements?.isSetSupported(set.name, set.version) === true;
  } catch {
    return false;
  }
}
