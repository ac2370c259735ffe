// Run in a child process by test/addin/taskpane/zip-bounds.test.ts and the bench: builds a 1 GiB bomb (about 1 MB), hands it to the
// returned-files reader as a .zip and as an .xlsx, and prints what happened, how long it took and the process's peak
// memory (maxRSS), as JSON on one line.
import { readReturnedFiles } from '../addin/taskpane/actions/internal-workbook';
import { isEngineError } from '../engine/all';
import { zipBomb } from './zip-bomb-file';

const lie = process.argv.includes('--lie');
const asXlsx = process.argv.includes('--xlsx');
// as an .xlsx, the bomb is the workbook part itself: the part a reader of the workbook has to expand
const bomb = zipBomb(1024, { lie, member: asXlsx ? 'xl/workbook.xml' : undefined });
const started = performance.now();
let refused = '';
try {
  await readReturnedFiles([{ name: asXlsx ? 'X01.xlsx' : 'bomb.zip', data: bomb }]);
} catch (error) {
  refused = isEngineError(error) ? error.problems.map((p) => p.en).join('; ') : String(error);
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ bytes: bomb.length, ms, refused, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
