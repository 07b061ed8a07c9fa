/**
 * Reading a PNG's size and resolution, and writing its resolution (the
 * `pHYs` chunk) so that Word, LibreOffice and image viewers insert it at its
 * real size: a chart of 1 890 px at 11 811 px/m (300 dpi) is 16 cm wide.
 *
 * @module
 */
import { crc32 } from "node:zlib";

/** What a PNG says of its size: pixels, and pixels per metre when it says. */
export interface PngInfo {
  width: number;
  height: number;
  /** From the `pHYs` chunk, when there is one and its unit is the metre. */
  pixelsPerMetre: { x: number; y: number } | null;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixels per metre at a resolution in dots per inch: 300 dpi is 11 811 px/m. */
export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

/**
 * A PNG chunk: its length, type, data and CRC (of type and data).
 *
 * @example Usage
 * ```ts
 * import { pngChunk } from "./png_metadata.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([...pngChunk("IEND", new Uint8Array(0))], [0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82]);
 * ```
 */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The `pHYs` chunk of a resolution in dots per inch (in pixels per metre, as PNG says it). */
export function resolutionChunk(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const ppm = pixelsPerMetre(dpi);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1; // the unit is the metre
  return pngChunk("pHYs", data);
}

/** The PNG file signature. */
export const PNG_SIGNATURE: Uint8Array = Uint8Array.from(SIGNATURE);

interface Chunk {
  type: string;
  start: number;
  /** Offset just past the chunk's CRC. */
  end: number;
  data: DataView;
}

function chunks(png: Uint8Array): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error("Not a PNG file");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: Chunk[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`The PNG's ${type} chunk runs past its end`);
    found.push({ type, start: at, end, data: new DataView(png.buffer, png.byteOffset + at + 8, length) });
    at = end;
    if (type === "IEND") break;
  }
  if (found[0]?.type !== "IHDR") throw new Error("The PNG does not start with its header");
  return found;
}

/**
 * The PNG's size and resolution.
 *
 * @example Usage
 * ```ts
 * import { pngInfo, withResolution } from "./png_metadata.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const png = Uint8Array.from(atob(
 *   "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==",
 * ), (c) => c.charCodeAt(0));
 * assertEquals(pngInfo(png), { width: 1, height: 1, pixelsPerMetre: null });
 * assertEquals(pngInfo(withResolution(png, 300)).pixelsPerMetre, { x: 11811, y: 11811 });
 * ```
 */
export function pngInfo(png: Uint8Array): PngInfo {
  const all = chunks(png);
  const header = all[0]!.data;
  const phys = all.find((chunk) => chunk.type === "pHYs");
  return {
    width: header.getUint32(0),
    height: header.getUint32(4),
    pixelsPerMetre: phys && phys.data.getUint8(8) === 1
      ? { x: phys.data.getUint32(0), y: phys.data.getUint32(4) }
      : null,
  };
}

/** The PNG with its resolution set to `dpi` (a `pHYs` chunk after the header, replacing any). */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const all = chunks(png);
  const chunk = resolutionChunk(dpi);
  const headerEnd = all[0]!.end;
  const parts = [png.subarray(0, headerEnd), chunk];
  let at = headerEnd;
  for (const old of all.filter((c) => c.type === "pHYs")) {
    parts.push(png.subarray(at, old.start));
    at = old.end;
  }
  parts.push(png.subarray(at));
  const out = Buffer.concat(parts);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
