import { Buffer } from "node:buffer";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { assertEquals } from "../../testing/assert.ts";
import { opaquePng } from "./png_encode.ts";
import { pngInfo } from "./png_metadata.ts";
import { FONT_FILES } from "./render_chart.ts";

/** The pixels of a PNG as RGBA, decoded by pngjs (an encoder of its own: no shared code with ours). */
const decoded = (png: Uint8Array) => new Uint8Array(PNG.sync.read(Buffer.from(png)).data);

Deno.test("opaquePng: a drawn chart decodes to exactly the pixels resvg drew, at its resolution", () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8cm" height="4cm" viewBox="0 0 302 151">
    <rect x="10" y="10" width="120" height="60" fill="#4c78a8"/><circle cx="200" cy="80" r="40" fill="#f58518"/>
    <text x="20" y="130" font-family="DejaVu Sans" font-size="14">Osallistujien toteuma 59,8 %</text></svg>`;
  const drawn = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false }, background: "white" })
    .render();
  const png = opaquePng(drawn.pixels, drawn.width, drawn.height, 300)!;
  assertEquals(pngInfo(png), { width: drawn.width, height: drawn.height, pixelsPerMetre: { x: 11811, y: 11811 } });
  assertEquals(decoded(png), new Uint8Array(drawn.pixels));
  assertEquals(decoded(png), decoded(drawn.asPng()), "the same picture as resvg's own PNG");
  assertEquals(pngInfo(opaquePng(drawn.pixels, drawn.width, drawn.height)!).pixelsPerMetre, null, "no dpi, none said");
});

Deno.test("opaquePng refuses a picture with any transparency and bytes that are not its size", () => {
  const pixels = new Uint8Array(3 * 2 * 4).fill(255);
  assertEquals(decoded(opaquePng(pixels, 3, 2)!), pixels);
  pixels[4 * 5 + 3] = 254; // the last pixel a little transparent
  assertEquals(opaquePng(pixels, 3, 2), null);
  let error: unknown;
  try {
    opaquePng(pixels, 4, 2);
  } catch (caught) {
    error = caught;
  }
  assertEquals(error instanceof RangeError, true);
});

Deno.test("opaquePng reads pixels at any byte offset the same, word by word or byte by byte", () => {
  const pixels = Uint8Array.from({ length: 5 * 3 * 4 }, (_, i) => i % 4 === 3 ? 255 : (i * 37) % 256);
  const shifted = new Uint8Array(pixels.length + 1).subarray(1);
  shifted.set(pixels);
  assertEquals(shifted.byteOffset % 4, 1);
  assertEquals(decoded(opaquePng(shifted, 5, 3)!), pixels);
  assertEquals(opaquePng(shifted, 5, 3), opaquePng(pixels, 5, 3));
  shifted[4 * 7 + 3] = 0;
  pixels[4 * 7 + 3] = 0;
  assertEquals([opaquePng(shifted, 5, 3), opaquePng(pixels, 5, 3)], [null, null]);
});

Deno.test("opaquePng: a smaller picture after a larger one decodes to its own pixels (the rows' buffer is reused)", () => {
  const filled = (width: number, height: number, rgba: number[]) =>
    Uint8Array.from({ length: width * height * 4 }, (_, i) => rgba[i % 4]!);
  const large = filled(40, 30, [200, 10, 20, 255]);
  const small = filled(7, 3, [1, 2, 3, 255]);
  assertEquals(decoded(opaquePng(large, 40, 30)!), large);
  assertEquals(decoded(opaquePng(small, 7, 3)!), small);
  // a view of a larger buffer, read byte by byte (not at a 4-byte boundary)
  const shifted = new Uint8Array(small.length + 1).fill(255);
  shifted.set(small, 1);
  assertEquals(decoded(opaquePng(shifted.subarray(1), 7, 3)!), small);
});
