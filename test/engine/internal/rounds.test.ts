import { describe, expect, it } from 'vitest';
import {
  parseCriteriaSet,
  parseScores,
  parseUnits,
  runInternalIndex,
  scoresCsv,
  unitRounds,
  UNIT_STATUS_NAMES,
} from '../../../engine/all';

const set = parseCriteriaSet({
  file: 'c.csv',
  text: '# kind: xa\ncode,parent,name_vi,max,source\n1,,A,60,appraised\n1.1,1,A1,30,\n1.2,1,A2,30,\n2,,B,40,survey',
});
const units = parseUnits({ file: 'u.csv', text: 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa\nX3,Xã C,xa' });
const header = 'unit,code,self,appraised,survey,note,evidence,appraised_1,comment_1,response';
const read = (lines: string[]) => parseScores({ file: 's.csv', text: [header, ...lines].join('\n') }, set, units);

describe('the rounds of a year: self-assessment, appraisal round 1, response, final appraisal', () => {
  // X1 goes through every round; each stage is the file as it stands then
  const stages = [
    ['X1,1.1,28,,,,QĐ 12/QĐ-UBND,,,', 'X1,1.2,25,,,,https://x/a.pdf,,,'],
    ['X1,1.1,28,,,,QĐ 12/QĐ-UBND,24,Thiếu báo cáo quý 4,', 'X1,1.2,25,,,,https://x/a.pdf,25,,'],
    ['X1,1.1,28,,,,QĐ 12/QĐ-UBND,24,Thiếu báo cáo quý 4,Đã bổ sung báo cáo', 'X1,1.2,25,,,,https://x/a.pdf,25,,'],
    ['X1,1.1,28,27,,,QĐ 12/QĐ-UBND,24,Thiếu báo cáo quý 4,Đã bổ sung báo cáo', 'X1,1.2,25,25,,,https://x/a.pdf,25,,'],
  ];
  it('each unit has a status; every round is kept (read and written back)', () => {
    const statuses = stages.map((lines) => unitRounds(set, units, read([...lines, 'X1,2,,,30,,,,,']))[0]!.status);
    expect(statuses).toEqual(['self_assessed', 'appraised_1', 'responded', 'final']);
    expect(statuses.map((s) => UNIT_STATUS_NAMES[s].vi)).toEqual([
      'tự chấm',
      'đã thẩm định lần 1',
      'đã phản hồi',
      'có kết quả cuối cùng',
    ]);
    expect(unitRounds(set, units, read(stages[0]!))[1]!.status).toBe('not_sent');
    const final = read([...stages[3]!, 'X1,2,,,30,,,,,']);
    const again = parseScores({ file: 'again.csv', text: scoresCsv(final) }, set, units);
    expect(again.entries.map((e) => [e.self, e.appraised1, e.appraised, e.evidence, e.comment1, e.response])).toEqual(
      final.entries.map((e) => [e.self, e.appraised1, e.appraised, e.evidence, e.comment1, e.response]),
    );
    // the change between rounds: self 53 -> round 1 49 -> final 52
    expect(unitRounds(set, units, final)[0]).toMatchObject({ self: 53, round1: 49, final: 52, counted: 'final' });
  });

  it('results count the final round, or the latest entered and say so', () => {
    const scores = read([
      ...stages[3]!,
      'X1,2,,,30,,,,,',
      'X2,1.1,30,,,,,20,,',
      'X2,1.2,30,,,,,20,,',
      'X2,2,,,30,,,,,',
    ]);
    const run = runInternalIndex({ set, units, scores });
    const x1 = run.results.units.find((u) => u.unit === 'X1')!;
    const x2 = run.results.units.find((u) => u.unit === 'X2')!;
    expect([x1.total, x2.total]).toEqual([82, 70]); // X2 counts its round 1 (20 + 20), not its self-assessment
    expect(run.rounds.map((r) => [r.unit, r.status, r.counted])).toEqual([
      ['X1', 'final', 'final'],
      ['X2', 'appraised_1', 'appraised_1'],
      ['X3', 'not_sent', null],
    ]);
    // every unit's result carries its status and the round counted (the pane and the CLI show it beside the rank)
    expect(run.results.units.map((u) => [u.unit, u.status, u.countedRound])).toEqual(
      run.rounds.map((r) => [r.unit, r.status, r.counted]),
    );
    expect(run.warnings.map((w) => w.en)).toContain(
      '1 units have no final appraisal yet (X2): their rank and class use the latest round entered (appraisal round 1 or self-assessment).',
    );
  });

  it('papi internal results shows each unit status in the table and in --json', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { json, run } = await import('../../helpers/run-cli');
    const dir = mkdtempSync(join(tmpdir(), 'papi-rounds-'));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const args = [
      '--definition',
      file(
        'c.csv',
        '# kind: xa\ncode,parent,name_vi,max,source\n1,,A,60,appraised\n1.1,1,A1,30,\n1.2,1,A2,30,\n2,,B,40,survey',
      ),
      '--units',
      file('u.csv', 'unit,name_vi,kind\nX1,Xã A,xa\nX2,Xã B,xa\nX3,Xã C,xa'),
      '--scores',
      file(
        's.csv',
        [header, ...stages[3]!, 'X1,2,,,30,,,,,', 'X2,1.1,30,,,,,20,,', 'X2,1.2,30,,,,,20,,', 'X2,2,,,30,,,,,'].join(
          '\n',
        ),
      ),
    ];
    const out = await json('internal', 'results', ...args);
    expect(
      out.units.map((u: { unit: string; status: string; status_vi: string }) => [u.unit, u.status, u.status_vi]),
    ).toEqual([
      ['X1', 'final', 'có kết quả cuối cùng'],
      ['X2', 'appraised_1', 'đã thẩm định lần 1'],
      ['X3', 'not_sent', 'chưa gửi'],
    ]);
    for (const [lang, header, x1, x2, x3] of [
      ['vi', 'Tình trạng', 'có kết quả cuối cùng', 'đã thẩm định lần 1', 'chưa gửi'],
      ['en', 'Status', 'final result', 'appraised (round 1)', 'not sent'],
    ]) {
      const text = (await run('internal', 'results', ...args, '--lang', lang!)).out.split('\n');
      expect(text.find((l) => l.startsWith(lang === 'vi' ? 'Hạng' : 'Rank'))).toContain(header);
      expect(text.find((l) => / X1 /.test(l))).toContain(x1);
      expect(text.find((l) => / X2 /.test(l))).toContain(x2);
      expect(text.find((l) => / X3 /.test(l))).toContain(x3);
    }
  });
});
