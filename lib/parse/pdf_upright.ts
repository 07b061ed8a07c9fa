/**
 * A page whose text runs another way than left to right across it: a page
 * printed landscape and turned, or a scan's text layer laid on a page turned
 * by a quarter. pdf.js gives each piece of text where it is on the unturned
 * page, so its lines would run down the page and be read a letter column at
 * a time. The page is turned back so that most of its text (by characters)
 * runs left to right, as it is read.
 *
 * @module
 */

/** A piece of text with its place, size and the way it runs (degrees counter-clockwise, a multiple of 90). */
export interface Placed {
  x: number;
  y: number;
  turn: number;
  text: string;
}

/** The way a text matrix `[a, b, …]` runs, to the nearest quarter turn: 0, 90, 180 or 270. */
export function turnOf(a: number, b: number): number {
  return ((Math.round(Math.atan2(b, a) / (Math.PI / 2)) % 4) + 4) % 4 * 90;
}

/**
 * The runs of a page turned so that most of its text runs left to right, with the page's height so turned; as they
 * are when most of it does already.
 *
 * @example Usage
 * ```ts
 * import { upright } from "./pdf_upright.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * // Text running up a portrait page (a landscape print turned): turned back, its first line is the top one.
 * const runs = [{ x: 100, y: 50, turn: 90, text: "Projektikoodi" }, { x: 120, y: 50, turn: 90, text: "Osio" }];
 * const page = upright(runs, [0, 0, 595, 842]);
 * assertEquals(page.runs.map((run) => [run.x, run.y]), [[50, 495], [50, 475]]);
 * assertEquals(page.height, 595);
 * ```
 */
export function upright<R extends Placed>(runs: R[], view: number[]): { runs: R[]; height: number } {
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  const weight = new Map<number, number>();
  for (const run of runs) weight.set(run.turn, (weight.get(run.turn) ?? 0) + run.text.length);
  const turn = [...weight].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0;
  if (turn === 0) return { runs, height: y1 - y0 };
  const rad = (turn * Math.PI) / 180;
  const [cos, sin] = [Math.round(Math.cos(rad)), Math.round(Math.sin(rad))];
  const turned = (x: number, y: number) => [x * cos + y * sin, -x * sin + y * cos] as const;
  const corners = [turned(x0, y0), turned(x1, y0), turned(x0, y1), turned(x1, y1)];
  const minX = Math.min(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const height = Math.max(...corners.map((c) => c[1])) - minY;
  return {
    runs: runs.map((run) => {
      const [x, y] = turned(run.x, run.y);
      return { ...run, x: x - minX, y: y - minY, turn: (run.turn - turn + 360) % 360 };
    }),
    height,
  };
}
