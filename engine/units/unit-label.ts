import type { LocalName } from '../definitions/index-definition';
import type { Province } from '../provinces/province';
import type { ProvinceRegistry } from '../provinces/province-registry';
import { message } from '../i18n/messages';

/**
 * Which unit a name means, for every output where the two sets could be confused (23 merged units kept a former
 * province's name): a 2025 unit with its predecessors, or a former province with its period.
 *
 * @example unitLabel(unitRegistry(registry), findProvince(unitRegistry(registry), 'An Giang')).vi // => 'An Giang (đơn vị từ 1/7/2025: An Giang + Kiên Giang)'
 * @example unitLabel(registry, findProvince(registry, 'An Giang')).en // => 'An Giang (former province, before 1 July 2025)'
 */
export function unitLabel(registry: ProvinceRegistry, province: Province): LocalName {
  if (registry.set === 'former') {
    return message('labelFormerProvince', { nameVi: province.nameVi, nameAscii: province.nameAscii });
  }
  const members = (province.formerProvinces ?? [])
    .map((code) => registry.former?.byCode.get(code))
    .filter((p) => p !== undefined);
  if (members.length <= 1)
    return message('labelUnitNotMerged', { nameVi: province.nameVi, nameAscii: province.nameAscii });
  // The namesake first, as the resolution lists it (An Giang + Kiên Giang).
  const ordered = [...members].sort(
    (a, b) => Number(b.nameVi === province.nameVi) - Number(a.nameVi === province.nameVi),
  );
  return message('labelMergedUnit', {
    nameVi: province.nameVi,
    nameAscii: province.nameAscii,
    membersVi: ordered.map((m) => m.nameVi).join(' + '),
    membersAscii: ordered.map((m) => m.nameAscii).join(' + '),
  });
}
