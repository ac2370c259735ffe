/**
 * Folds a place name to a comparison key: lower case, no diacritics (đ -> d), no spaces or punctuation,
 * and no administrative prefix ("Tỉnh", "Thành phố", "TP."). "TP. Hồ Chí Minh", "tp ho chi minh" and
 * "Thành phố Hồ Chí Minh" all fold to "hochiminh"; tone-placement variants ("Hoà"/"Hòa") fold alike.
 *
 * @example foldName('Thành phố Hồ Chí Minh') // => 'hochiminh'
 * @example foldName('Thừa Thiên-Huế') // => 'thuathienhue'
 */
export function foldName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\u00d0/g, 'd') // GSO exports sometimes write Đ as the Icelandic Eth
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const withoutPrefix = plain.replace(/^(tinh|thanh pho|tp\.?|t\.p\.?)(\s+|\.|(?=[a-z]))/, '');
  return withoutPrefix.replace(/[^a-z0-9]/g, '');
}
