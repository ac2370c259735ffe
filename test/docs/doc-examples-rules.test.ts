// The doc-test convention's rules, each able to fail: a changed number, a missing line, an elision, whitespace, the
// "not compared" marker and a command without shown output.
import { describe, expect, it } from 'vitest';
import { compareShown, findDocExamples, shellWords } from './doc-examples';
import { compareCell, excelArguments } from './excel-examples';

const OUTPUT = 'Title 41.48\n\nCode  Score\nD1     4.20\nD2     4.80\nNote.\n';

describe('compareShown', () => {
  it('matches modulo whitespace and blank lines, and finds a changed number with its line', () => {
    expect(compareShown(['Title 41.48', 'Code Score', 'D1 4.20', 'D2 4.80', 'Note.'], OUTPUT)).toBeNull();
    expect(compareShown(['Title 41.48', 'Code Score', 'D1 4.21', 'D2 4.80', 'Note.'], OUTPUT)).toEqual({
      index: 2,
      shown: 'D1 4.21',
      got: 'D1 4.20',
    });
  });
  it('`...` stands for lines left out at the start, middle or end; without it every line must be shown', () => {
    expect(compareShown(['Title 41.48', '...'], OUTPUT)).toBeNull();
    expect(compareShown(['...', 'Note.'], OUTPUT)).toBeNull();
    expect(compareShown(['Title 41.48', '...', 'D2 4.80', '...'], OUTPUT)).toBeNull();
    expect(compareShown(['Title 41.48'], OUTPUT)?.index).toBe(0);
    expect(compareShown(['Title 41.48', '...', 'D3 4.80', '...'], OUTPUT)?.shown).toBe('D3 4.80');
    expect(compareShown(['...', 'D2 4.80'], OUTPUT)).not.toBeNull();
  });
});

describe('findDocExamples', () => {
  const doc = [
    '```text',
    '$ npx papi score --province "An Giang" --year 2019   # a comment',
    'Title',
    '$ npx papi ranking \\',
    '  --year 2019',
    '...',
    '```',
    '<!-- doc-test: not compared: takes minutes -->',
    '```text',
    '$ npx papi chance --iterations 100000000',
    '```',
    '```sh',
    'npm run papi -- score --year 2019',
    '```',
  ].join('\n');
  const { examples, problems } = findDocExamples(doc, 'x.md');
  it('reads commands, continuations, output and the marker', () => {
    expect(examples.map((e) => [e.line, e.argv, e.expected, e.notCompared])).toEqual([
      [2, ['score', '--province', 'An Giang', '--year', '2019'], ['Title'], null],
      [4, ['ranking', '--year', '2019'], ['...'], null],
      [10, ['chance', '--iterations', '100000000'], [], 'takes minutes'],
    ]);
  });
  it('refuses a command without shown output outside a marked block', () => {
    expect(problems.map((p) => p.line)).toEqual([13]);
  });
  it('shell words keep quoted spaces', () => {
    expect(shellWords(`a "b c" 'd e' f\\ g # h`)).toEqual(['a', 'b c', 'd e', 'f g']);
  });
});

describe('worksheet examples', () => {
  it('reads literal arguments in both separators and compares values as shown', () => {
    expect(excelArguments('"An Giang"; 2019; ; {9;9}')).toEqual(['An Giang', 2019, null, [[9, 9]]]);
    expect(excelArguments('"An Giang", 2019, {"d3","+0.5";"d5",8}')).toEqual([
      'An Giang',
      2019,
      [
        ['d3', '+0.5'],
        ['d5', 8],
      ],
    ]);
    expect(compareCell(['44,37'], 44.3747)).toBeNull();
    expect(compareCell(['44.38'], 44.3747)).not.toBeNull();
    expect(
      compareCell(
        ['d1', '0.1415', '…', 'Total', '0.8724'],
        [
          ['d1', 0.14153],
          ['d2', 0.1],
          ['Total', 0.87242],
        ],
      ),
    ).toBeNull();
  });
});
