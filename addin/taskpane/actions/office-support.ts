/** The requirement set of custom functions (Microsoft's "Custom Functions requirement sets": 1.1 is the first). */
export const CUSTOM_FUNCTIONS_SET = { name: 'CustomFunctionsRuntime', version: '1.1' } as const;

/**
 * Whether this Excel runs custom functions (=PAPI.*). Volume-licensed perpetual Excel 2019 and earlier on Windows and
 * Excel on iPad do not, although they run the task pane (the Excel API): there the pane writes values instead of
 * formulas. A host whose requirements cannot be asked is taken as not supporting them.
 */
export function customFunctionsSupported(
  requirements: { isSetSupported(name: string, minVersion?: string): boolean } | null | undefined,
): boolean {
  try {
    return requirements?.isSetSupported(CUSTOM_FUNCTIONS_SET.name, CUSTOM_FUNCTIONS_SET.version) === true;
  } catch {
    return false;
  }
}
