// Zip archives checked before they are expanded (a returned batch .zip, and every .xlsx, which is a zip itself). The
// central directory is read first (member count, declared sizes, names: absolute or `..` paths, nested archives);
// then each member is inflated in chunks and stopped as soon as it passes its declared size or the archive's limit,
// so a bomb that lies about its sizes is refused after at most the limit, never inflated in full. DOM-free and
// Node-free: the pane and the CLI use it alike.
import { Inflate, zipSync } from 'fflate';
import { message, type Bilingual, type DataProblem } from '../../../engine/all';

export interface ZipLimits {
  /** members in one archive */
  readonly members: number;
  /** bytes all members expand to, together */
  readonly total: number;
  /** expanded / compressed size of one member, checked once the member is larger than ratioFrom */
  readonly ratio: number;
  readonly ratioFrom: number;
}

/**
 * Far above any returned batch (190 unit sheets of about 40 KB each expand to 8 MB) and far below what hurts a
 * browser tab: 100 MiB in all, 5,000 members, 200:1 for a member over 1 MiB (an .xlsx's XML compresses 5-30:1).
 */
export const ZIP_LIMITS: ZipLimits = { members: 5000, total: 100 * 1048576, ratio: 200, ratioFrom: 1048576 };

export interface ZipMember {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** Raised with every problem of one archive; nothing of it was expanded past the limits. */
export class ZipRefused extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(problems.map((p) => p.en).join('; '));
  }
}

const ARCHIVE = /\.(zip|xlsx|xlsm|7z|rar|gz|tgz|tar|bz2|xz)$/i;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 1 << 20;

/**
 * The members of a zip from its central directory, checked against the limits without expanding anything: member
 * count, declared total, declared ratio, absolute or `..` paths, and (unless `nested` is allowed) archives inside.
 * Throws ZipRefused naming the file and member.
 */
export function zipMembers(file: string, bytes: Uint8Array, options: { nested?: boolean } = {}): ZipMember[] {
  const limits = ZIP_LIMITS;
  const refuse = (text: Bilingual): never => {
    throw new ZipRefused([{ file, row: null, column: null, vi: text.vi, en: text.en }]);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535, searched from the end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) refuse(message('zipUnreadable', { file }));
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) refuse(message('zipTooLarge', { file, mb: limits.total / 1048576 }));
  if (count > limits.members) refuse(message('zipTooManyMembers', { file, count, max: limits.members }));
  const problems: DataProblem[] = [];
  const problem = (text: Bilingual) => problems.push({ file, row: null, column: null, vi: text.vi, en: text.en });
  const members: ZipMember[] = [];
  let total = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) refuse(message('zipUnreadable', { file }));
    const nameLength = view.getUint16(at + 28, true);
    const member: ZipMember = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = member.name;
    if (member.size === 0xffffffff || member.compressedSize === 0xffffffff || member.offset === 0xffffffff)
      refuse(message('zipTooLarge', { file, mb: limits.total / 1048576 }));
    if (/^([/\\]|[a-z]:)/i.test(name) || name.split(/[/\\]/).includes('..'))
      problem(message('zipUnsafePath', { file, member: name }));
    else if (!options.nested && ARCHIVE.test(name.replace(/\/$/, '')) && !/\.xlsx$/i.test(name))
      problem(message('zipNested', { file, member: name }));
    total += member.size;
    if (total > limits.total) refuse(message('zipTooLarge', { file, mb: limits.total / 1048576 }));
    if (member.size > limits.ratioFrom && member.size > limits.ratio * Math.max(1, member.compressedSize))
      problem(message('zipRatio', { file, member: name, ratio: Math.round(member.size / member.compressedSize) }));
    members.push(member);
  }
  if (problems.length > 0) throw new ZipRefused(problems);
  return members;
}

/**
 * One member's bytes, inflated in chunks and stopped past its declared
 * size (a member that lies about its size is refused after about that size).
 */
export function zipMemberBytes(file: string, bytes: Uint8Array, member: ZipMember): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refuse = (text: Bilingual): never => {
    throw new ZipRefused([{ file, row: null, column: null, vi: text.vi, en: text.en }]);
  };
  const at = member.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) refuse(message('zipUnreadable', { file }));
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + member.compressedSize);
  if (member.method === 0) {
    if (data.length !== member.size) refuse(message('zipUnreadable', { file }));
    return data;
  }
  if (member.method !== 8) refuse(message('zipUnreadable', { file }));
  const out = new Uint8Array(member.size);
  let length = 0;
  const inflate = new Inflate((chunk) => {
    if (length + chunk.length > member.size)
      refuse(message('zipLiesAboutSize', { file, member: member.name, declared: member.size }));
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    // Deflate expands at most about 1,032:1: a push of what is left to expand / 1,032 compressed bytes cannot yield
    // much more than the declared size, so a lying member is stopped after about its declared size.
    for (let i = 0; i < data.length;) {
      const step = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.floor((member.size - length) / 1032)));
      inflate.push(data.subarray(i, i + step), i + step >= data.length);
      i += step;
    }
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    refuse(message('zipUnreadable', { file }));
  }
  if (length !== member.size) refuse(message('zipUnreadable', { file }));
  return out;
}

/**
 * An .xlsx (a zip) made safe for a reader: its directory checked against the limits, every member expanded in
 * chunks up to its declared size, and the members handed back re-packed without compression (so the reader that
 * follows expands nothing, and the work of inflating is done once).
 */
export function checkedXlsx(file: string, bytes: Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const member of zipMembers(file, bytes, { nested: true }))
    if (!member.name.endsWith('/')) files[member.name] = zipMemberBytes(file, bytes, member);
  return zipSync(files, { level: 0 });
}
