import type { LocalName } from '../definitions/index-definition';
import type { Province } from '../provinces/province';
import type { ProvinceRegistry } from '../provinces/province-registry';

/**
 * Which unit a name means, for every output where the two sets could be confused (23 merged units kept a former
 * province's name): a 2025 unit with its predecessors, or a former province with its period.
 *
 * @example unitLabel(unitRegistry(registry), findProvince(unitRegistry(registry), 'An Giang')).vi // => 'An Giang (đơn vị từ 1/7/2025: An Giang + Kiên Giang)'
 * @example unitLabel(registry, findProvince(registry, 'An Giang')).en // => 'An Giang (former province, before 1 July 2025)'
 */
export function unitLabel(registry: ProvinceRegistry, province: Province): LocalName {
  if (registry.set === 'former') {
    return {
      vi: `${province.nameVi} (tỉnh cũ, trước 1/7/2025)`,
      en: `${province.nameAscii} (former province, before 1 July 2025)`,
    };
  }
  const members = (province.formerProvinces ?? [])
    .map((code) => registry.former?.byCode.get(code))
    .filter((p) => p !== undefined);
  if (members.length <= 1)
    return {
      vi: `${province.nameVi} (đơn vị từ 1/7/2025, không sáp nhập)`,
      en: `${province.nameAscii} (unit from 1 July 2025, not merged)`,
    };
  // The namesake first, as the resolution lists it (An Giang + Kiên Giang).
  const ordered = [...members].sort(
    (a, b) => Number(b.nameVi === province.nameVi) - Number(a.nameVi === province.nameVi),
  );
  return {
    vi: `${province.nameVi} (đơn vị từ 1/7/2025: ${ordered.map((m) => m.nameVi).join(' + ')})`,
    en: `${province.nameAscii} (unit from 1 July 2025: ${ordered.map((m) => m.nameAscii).join(' + ')})`,
  };
}
