/**
 * Text printed over text: a PDF whose page holds its text twice at one place
 * (an OCR layer over the printed text, a word drawn twice for a bold face, a
 * print made of a print). pdf.js gives both, and read side by side they run
 * together (`645 300645 800`). Runs of a printed line that overlap are one
 * place's layers: where the layers read the same, one is kept; where they
 * differ, which one the page shows is unknown, so both are kept apart by a tab
 * (`645 300\t645 800`), which no figure is read across, and the page is said.
 *
 * @module
 */
import type { Run } from "./pdf_layout.ts";

/** A printed line's runs with each place's layers made one, and whether layers differed. */
export interface OneLayer {
  runs: Run[];
  /** Runs overlapped other runs (text printed twice). */
  doubled: boolean;
  /** The overlapping texts differ: kept apart by a tab. */
  differing: boolean;
}

/** The text of runs of one layer, left to right: a space where the gap is one. */
function textOf(runs: Run[]): string {
  let text = "";
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    const gap = before ? run.x - (before.x + before.width) : 0;
    text += before && gap > 0.15 * Math.min(before.size, run.size) ? ` ${run.text}` : run.text;
  });
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A printed line's runs (sorted left to right) with overlapping runs made one (see the module's note).
 *
 * @example Usage
 * ```ts
 * import { oneLayer } from "./pdf_layers.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const run = (text: string, x: number) =>
 *   ({ text, x, y: 700, width: text.length * 5, size: 10, mc: null, artifact: false, cell: null, cellNode: null, row: null });
 * assertEquals(oneLayer([run("645 300", 300), run("645 300", 300.3)]).runs.map((r) => r.text), ["645 300"]);
 * assertEquals(oneLayer([run("645 300", 300), run("645", 300), run("800", 320)]).runs.map((r) => r.text), ["645 300\t645 800"]);
 * ```
 */
export function oneLayer(line: Run[]): OneLayer {
  const out: Run[] = [];
  let doubled = false;
  let differing = false;
  let i = 0;
  while (i < line.length) {
    // A cluster: runs each of which starts before the right edge of one before it (less a quarter of a letter).
    const cluster = [line[i]!];
    let right = line[i]!.x + line[i]!.width;
    for (i++; i < line.length && line[i]!.x < right - 0.25 * line[i]!.size; i++) {
      cluster.push(line[i]!);
      right = Math.max(right, line[i]!.x + line[i]!.width);
    }
    if (cluster.length === 1) {
      out.push(cluster[0]!);
      continue;
    }
    // Its layers: the runs that follow one another from its first run on, and the others (read in order).
    const first: Run[] = [];
    const others: Run[] = [];
    for (const run of cluster) {
      const last = first.at(-1);
      if (!last || run.x >= last.x + last.width - 0.25 * run.size) first.push(run);
      else others.push(run);
    }
    const layers = others.length === 0 ? [first] : [first, others];
    if (layers.length === 1) {
      out.push(...cluster);
      continue;
    }
    doubled = true;
    const texts = layers.map(textOf);
    const same = texts.every((text) => text.replace(/\s/g, "") === texts[0]!.replace(/\s/g, ""));
    if (same) {
      // The printed layer's runs, where one is printed (an OCR layer's over it read the same).
      out.push(...layers.find((layer) => layer.every((run) => !run.invisible)) ?? layers[0]!);
      continue;
    }
    differing = true;
    const x = Math.min(...cluster.map((run) => run.x));
    const invisible = cluster.every((run) => run.invisible);
    out.push({ ...cluster[0]!, text: [...new Set(texts)].join("\t"), x, width: right - x, invisible });
  }
  return { runs: out, doubled, differing };
}
