// A workbook for the pane's write-to-sheet tests (test/addin/taskpane/*sheet*.test.ts), built on office-addin-mock.
import { OfficeMockObject } from 'office-addin-mock';

export interface MockRange {
  address: string;
  values?: unknown[][];
  formulas?: string[][];
  numberFormat?: string[][];
  format: { font: { bold?: boolean }; fill: { color?: string }; autofitted?: boolean };
}

/**
 * Excel as office-addin-mock reproduces it: worksheets.add queues a sheet, context.sync commits or fails the batch
 * (a taken name fails with ItemAlreadyExists at sync, as in Excel; `existing` are the sheets already there), ranges
 * record what is written to them and whether their columns were autofitted.
 */
export function excelMock(existing: readonly string[] = []) {
  const names = new Set(existing);
  const added: { name: string; ranges: MockRange[]; active: boolean }[] = [];
  let failure: Error | null = null;
  const data = {
    context: {
      workbook: {
        worksheets: {
          add(name: string) {
            const sheet = {
              name,
              ranges: [] as MockRange[],
              active: false,
              getRange(address: string) {
                const range = new OfficeMockObject({
                  format: {
                    font: {},
                    fill: {},
                    autofitColumns(this: { autofitted?: boolean }) {
                      this.autofitted = true;
                    },
                  },
                }) as unknown as MockRange;
                // A scalar in the mock's data reads as "not loaded" until load + sync; the test's own label is plain.
                range.address = address;
                sheet.ranges.push(range);
                return range;
              },
              activate() {
                sheet.active = true;
              },
            };
            if (names.has(name))
              failure = Object.assign(new Error(`A worksheet named ${name} already exists.`), {
                code: 'ItemAlreadyExists',
              });
            else {
              names.add(name);
              added.push(sheet);
            }
            return sheet;
          },
        },
      },
      async sync(this: OfficeMockObject) {
        await OfficeMockObject.prototype.sync.call(this);
        const error = failure;
        failure = null;
        if (error) throw error;
      },
    },
    async run<T>(this: { context: unknown }, batch: (context: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data);
  return { mock, added };
}
