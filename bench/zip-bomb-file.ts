// A zip bomb built in memory without ever holding what it expands to: one deflate stream of 1 MiB of zeros
// (sync-flushed, so it can be repeated), repeated `mib` times, then a final empty block. The member is an .xlsx
// named as a unit's returned sheet; `declared` is the size its headers claim (the truth, or a lie).
import { constants, deflateRawSync } from 'node:zlib';

export function zipBomb(mib: number, options: { lie?: boolean; member?: string } = {}): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: mib }, () => chunk), Buffer.from([0x03, 0x00])]);
  const size = options.lie ? 4096 : Math.min(mib * 1048576, 0xfffffffe);
  const name = Buffer.from(options.member ?? 'X01.xlsx');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}
