/**
 * Writing a zip package (a `.docx`) with the runtime's own zlib: JSZip
 * deflates in JavaScript (pako), and a 1,000-document report's Word package
 * took it 230 ms against 75 ms here, the same size. Entries are deflated, each
 * at its own level, named in UTF-8 and dated 1.1.1980 (the same report gives
 * the same bytes); no zip64 (every package here is far below 4 GB).
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { crc32, deflateRawSync } from "node:zlib";

/** A file of the package: its path inside, its bytes, and zlib's level (0–9) for them. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
  level: number;
}

/** Zip's signatures and constants (APPNOTE 6.3.10, sections 4.3.7, 4.3.12 and 4.3.16). */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
const JANUARY_1980 = (1 << 5) | 1; // the earliest DOS date: day 1, month 1, year 1980 + 0
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/**
 * The entries as a zip package, in their order.
 *
 * @example Usage
 * ```ts
 * import JSZip from "jszip";
 * import { zipPackage } from "./_zip.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bytes = zipPackage([{ path: "a.xml", data: new TextEncoder().encode("<a/>"), level: 6 }]);
 * const read = await JSZip.loadAsync(bytes, { checkCRC32: true });
 * assertEquals(await read.file("a.xml")!.async("string"), "<a/>");
 * ```
 */
export function zipPackage(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new RangeError(`${entries.length} entries need zip64`);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const { path, data, level } of entries) {
    const name = Buffer.from(path, "utf8");
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data) >>> 0;
    if (data.length > MAX_BYTES || offset + 30 + name.length + packed.length > MAX_BYTES) {
      throw new RangeError("the package needs zip64");
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(JANUARY_1980, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(DEFLATED, 10);
    header.writeUInt16LE(0, 12);
    header.writeUInt16LE(JANUARY_1980, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // Extra field, comment, disk, internal and external attributes: none, 0.
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const centralBytes = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes, 12);
  end.writeUInt32LE(offset, 16);
  const whole = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength);
}
