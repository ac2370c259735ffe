import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSES, parseClassBands } from '../../../../engine/all';
import { classRowsOf, classTextOf } from '../../../../addin/taskpane/state/class-scale';

describe('class scale: one row per class, the engine reads the text', () => {
  it('the sample scale gives five rows and back the same text, which the engine reads', () => {
    const rows = classRowsOf(DEFAULT_CLASSES);
    expect(rows).toEqual([
      { label: 'Xuất sắc', min: '90' },
      { label: 'Tốt', min: '80' },
      { label: 'Khá', min: '70' },
      { label: 'Trung bình', min: '50' },
      { label: 'Yếu', min: '' },
    ]);
    expect(classTextOf(rows)).toBe(DEFAULT_CLASSES);
    expect(parseClassBands(classTextOf(rows)).bands).toHaveLength(5);
  });

  it('a decimal comma, blank rows and separators typed in a name are made readable', () => {
    expect(
      classTextOf([
        { label: ' Tốt ', min: '82,5' },
        { label: '', min: '' },
        { label: 'Khá, đạt', min: '60' },
        { label: 'Yếu', min: '' },
      ]),
    ).toBe('Tốt>=82.5,Khá  đạt>=60,Yếu');
  });

  it('rows the engine refuses are refused by the engine (thresholds not decreasing)', () => {
    const text = classTextOf([
      { label: 'Tốt', min: '70' },
      { label: 'Khá', min: '80' },
      { label: 'Yếu', min: '' },
    ]);
    expect(() => parseClassBands(text)).toThrow();
  });
});
