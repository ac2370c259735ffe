import { describe, expect, it } from 'vitest';
import { buildProvinceRegistry, EngineError, findProvince, foldName } from '../../engine/all';
import { dataFiles, dataset } from '../helpers/published';

const registry = dataset.provinces;

describe('province lookup', () => {
  it.each([
    ['TP HCM', '79'],
    ['HCMC', '79'],
    ['Ho Chi Minh City', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['tp. hồ chí minh', '79'],
    ['Hue', '46'],
    ['Thua Thien-Hue', '46'],
    ['Thừa Thiên Huế', '46'],
    ['BR-VT', '77'],
    ['Bà Rịa - Vũng Tàu', '77'],
    ['Tỉnh An Giang', '89'],
    ['an giang', '89'],
    ['ANGIANG', '89'],
    ['Khánh Hoà', '56'],
    ['Khánh Hòa', '56'],
    ['Daklak', '66'],
    ['Hanoi', '01'],
    ['Thủ đô Hà Nội', '01'],
    ['89', '89'],
    ['1', '01'],
  ])('%s -> %s', (name, code) => expect(findProvince(registry, name).code).toBe(code));

  it('ignores case, diacritics, spacing, punctuation and prefixes', () => {
    expect(foldName('  Thành  phố  Đà-Nẵng ')).toBe('danang');
    expect(foldName('TP.Cần Thơ')).toBe('cantho');
    expect(foldName('Tỉnh Quảng Trị')).toBe(foldName('quang tri'));
  });

  it('an unknown name is an error that suggests the closest names, in both languages', () => {
    let error: EngineError | undefined;
    try {
      findProvince(registry, 'Quang Tr');
    } catch (e) {
      error = e as EngineError;
    }
    expect(error?.code).toBe('UNKNOWN_PROVINCE');
    expect(error?.input).toBe('Quang Tr');
    expect(error?.suggestions[0]).toBe('Quảng Trị');
    expect(error?.vi).toContain('Có phải bạn muốn nói Quảng Trị?');
    expect(error?.en).toContain('Did you mean Quảng Trị?');
  });

  it('finds a name typed without tone marks, and suggests for a misspelling', () => {
    expect(findProvince(registry, 'Bình Đinh').nameVi).toBe('Bình Định');
    expect(() => findProvince(registry, 'Bin Dinh')).toThrowError(/Bình Định/);
  });

  it('holds the 63 provinces of the data with unique codes and names', () => {
    expect(registry.all).toHaveLength(63);
    expect(new Set(registry.all.map((p) => p.nameVi)).size).toBe(63);
    expect(registry.all.every((p) => p.nameVi === p.nameVi.normalize('NFC'))).toBe(true);
  });
});

describe('the 2025 reorganisation (Resolution 202/2025/QH15)', () => {
  it('maps the 63 former provinces to 34 units', () => {
    expect(registry.units).toHaveLength(34);
    expect(registry.units.reduce((n, u) => n + u.members.length, 0)).toBe(63);
    expect(registry.unitOf.get('89')?.nameVi).toBe('An Giang');
    expect(registry.unitOf.get('91')?.nameVi).toBe('An Giang'); // Kiên Giang joins An Giang
    expect(registry.unitOf.get('74')?.nameVi).toBe('TP. Hồ Chí Minh'); // Bình Dương
    expect(registry.units.find((u) => u.nameVi === 'TP. Hồ Chí Minh')?.members).toEqual(['74', '77', '79']);
  });

  it('assumes no count of units: a registry built from fewer rows has fewer', () => {
    const lines = dataFiles['provinces/provinces_63.csv']!.split('\n');
    const small = buildProvinceRegistry(lines.slice(0, 6).join('\n'), null);
    expect(small.all).toHaveLength(5);
    expect(() => findProvince(small, 'An Giang')).toThrowError(EngineError);
  });

  it('rejects a province list with a duplicated code', () => {
    const lines = dataFiles['provinces/provinces_63.csv']!.split('\n');
    expect(() => buildProvinceRegistry([lines[0], lines[1], lines[1]].join('\n'), null)).toThrowError(/invalid/);
  });
});
