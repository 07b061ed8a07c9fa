/**
 * Progress of a long run for a person: on a terminal one line that updates
 * in place (done of total, documents per second, time left); in a log a few
 * lines only (at each quarter).
 *
 * @module
 */
import { groupedInteger } from "../i18n/format.ts";
import { CLI_TEXT } from "../i18n/cli.ts";
import type { Language } from "../i18n/mod.ts";

/** Where progress is written and how it looks. */
export interface ProgressOptions {
  /**
   * Update one line in place; otherwise print at each quarter.
   * @default {Deno.stderr.isTerminal()}
   */
  terminal?: boolean;
  /**
   * Where lines go.
   * @default {text written to standard error}
   */
  write?: (text: string) => void;
  /**
   * Runs shorter than this many items print nothing.
   * @default {200}
   */
  minimum?: number;
  /**
   * The clock, in milliseconds.
   * @default {performance.now}
   */
  now?: () => number;
  /**
   * The language of the lines.
   * @default {"en"}
   */
  lang?: Language;
}

const encoder = new TextEncoder();

/**
 * A progress callback `(done, total)` for `loadCorpus`'s `onProgress`, saying
 * `label: 1 500 of 10 000 documents, 2 875/s, about 3 s left` (in Finnish
 * `label: 1 500 / 10 000 asiakirjaa, 2 875/s, noin 3 s jäljellä`).
 *
 * @example Usage
 * ```ts
 * import { progressLine } from "./progress.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const lines: string[] = [];
 * let clock = 0;
 * const report = progressLine("parse", { terminal: false, write: (t) => lines.push(t), minimum: 1, now: () => clock });
 * for (let done = 1; done <= 4; done++) { clock += 1000; report(done, 4); }
 * assertEquals(lines, [
 *   "parse: 1 of 4 documents, 1/s, about 3 s left\n",
 *   "parse: 2 of 4 documents, 1/s, about 2 s left\n",
 *   "parse: 3 of 4 documents, 1/s, about 1 s left\n",
 *   "parse: 4 of 4 documents in 4.0 s, 1/s\n",
 * ]);
 * const fi: string[] = [];
 * const inFinnish = progressLine("parse", { terminal: false, write: (t) => fi.push(t), minimum: 1, now: () => clock, lang: "fi" });
 * for (let done = 1; done <= 2; done++) { clock += 1000; inFinnish(done, 2); }
 * assertEquals(fi, ["parse: 1 / 2 asiakirjaa, 1/s, noin 1 s jäljellä\n", "parse: 2 / 2 asiakirjaa luettu 2,0 sekunnissa, 1/s\n"]);
 * ```
 */
export function progressLine(label: string, options: ProgressOptions = {}): (done: number, total: number) => void {
  const terminal = options.terminal ?? safeIsTerminal();
  const write = options.write ?? ((text: string) => Deno.stderr.writeSync(encoder.encode(text)));
  const minimum = options.minimum ?? 200;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const say = CLI_TEXT[options.lang ?? "en"];
  let lastQuarter = 0;
  let lastDraw = -Infinity;
  return (done, total) => {
    if (total < minimum) return;
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const finished = done === total;
    const [shownDone, shownTotal, perSecond] = [done, total, rate].map(groupedInteger) as [string, string, string];
    const text = `${label}: ${
      finished
        ? say.progressDone(shownDone, shownTotal, elapsed, perSecond)
        : say.progressRunning(shownDone, shownTotal, perSecond, Math.ceil(rate > 0 ? (total - done) / rate : 0))
    }`;
    if (terminal) {
      if (!finished && now() - lastDraw < 100) return;
      lastDraw = now();
      write(`\r\x1b[2K${text}${finished ? "\n" : ""}`);
      return;
    }
    const quarter = Math.floor((done / total) * 4);
    if (quarter > lastQuarter || finished) {
      lastQuarter = quarter;
      write(text + "\n");
    }
  };
}

function safeIsTerminal(): boolean {
  try {
    return Deno.stderr.isTerminal();
  } catch {
    return false;
  }
}
