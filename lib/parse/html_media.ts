/**
 * Whether a saved page's `@media` rules apply on the screen it is read as shown on: a computer's screen (the
 * evaluators save their pages there) of a width from 1,024 to 2,560 CSS pixels and a height from 600 to 1,600, in
 * landscape. A condition true for every such screen applies (`(min-width: 768px)`), one true for none does not
 * (`print`, `(max-width: 767px)`, `not screen`), and one that depends on which (`(min-width: 1400px)`) or on what a
 * saved page does not say (`(prefers-color-scheme: dark)`) may: the rules under it are doubtful (see `html_style.ts`).
 *
 * @module
 */

/** Whether a condition holds on the screens a saved page is read as shown on. */
export type MediaAnswer = "yes" | "no" | "maybe";

/** The screens' widths and heights, in CSS pixels. */
const RANGES: Record<string, readonly [number, number]> = { width: [1024, 2560], height: [600, 1600] };
/** Pixels of a unit (`em` and `rem` in a media query are the browser's 16 px). */
const UNITS: Record<string, number> = { px: 1, em: 16, rem: 16, "": 1 };

/** Both conditions (a rule nested in two `@media`): no if either is no, yes if both are yes, else maybe. */
export function bothApply(a: MediaAnswer, b: MediaAnswer): MediaAnswer {
  return a === "no" || b === "no" ? "no" : a === "yes" && b === "yes" ? "yes" : "maybe";
}

/**
 * Whether a media query list (an `@media` rule's prelude without `@media`) applies: yes if one of its queries does,
 * no if none may.
 *
 * @example Usage
 * ```ts
 * import { mediaApplies } from "./html_media.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(["print", "not print", "screen and (max-width: 767px)", "(min-width: 48em)", "(min-width: 1400px)"]
 *   .map(mediaApplies), ["no", "yes", "no", "yes", "maybe"]);
 * ```
 */
export function mediaApplies(list: string): MediaAnswer {
  const queries = splitTopLevel(list.trim().toLowerCase(), ",");
  if (queries.length === 1 && queries[0]!.trim() === "") return "yes";
  const answers = queries.map((query) => queryApplies(query.trim()));
  return answers.includes("yes") ? "yes" : answers.every((answer) => answer === "no") ? "no" : "maybe";
}

/** One query: `[not|only] [type] [and (feature)]…` or `(feature) [and (feature)]…`. */
function queryApplies(query: string): MediaAnswer {
  let rest = query;
  const negated = /^not\s/.test(rest);
  rest = rest.replace(/^(?:not|only)\s+/, "");
  let answer: MediaAnswer = "yes";
  const type = rest.match(/^([a-z-]+)\s*(?:and\s+|$)/);
  if (type) {
    answer = type[1] === "all" || type[1] === "screen" ? "yes" : "no";
    rest = rest.slice(type[0].length);
  } else if (negated) return "maybe"; // `not (feature)`: level 4, seldom seen.
  if (rest.trim() !== "") {
    const conditions = splitTopLevel(rest, " and ");
    for (const condition of conditions) answer = bothApply(answer, featureApplies(condition.trim()));
  }
  return negated ? (answer === "yes" ? "no" : answer === "no" ? "yes" : "maybe") : answer;
}

/** One `(feature: value)` or `(feature op value)`; maybe for what the screens do not decide or is not read. */
function featureApplies(condition: string): MediaAnswer {
  const inner = condition.match(/^\((.*)\)$/s)?.[1]?.trim();
  if (inner === undefined || /[()]|\bor\b|\bnot\b/.test(inner)) return "maybe";
  if (/^orientation\s*:\s*landscape$/.test(inner)) return "yes";
  if (/^orientation\s*:\s*portrait$/.test(inner)) return "no";
  const colon = inner.match(/^(min-|max-)?(?:device-)?(width|height)\s*:\s*([\d.]+)([a-z]*)$/);
  if (colon) {
    return compare(colon[2]!, colon[1] === "min-" ? ">=" : colon[1] === "max-" ? "<=" : "=", colon[3]!, colon[4]!);
  }
  const range = inner.match(/^(width|height)\s*(>=|<=|>|<|=)\s*([\d.]+)([a-z]*)$/);
  if (range) return compare(range[1]!, range[2]!, range[3]!, range[4]!);
  const reversed = inner.match(/^([\d.]+)([a-z]*)\s*(>=|<=|>|<|=)\s*(width|height)$/);
  if (reversed) {
    const flip: Record<string, string> = { ">=": "<=", "<=": ">=", ">": "<", "<": ">", "=": "=" };
    return compare(reversed[4]!, flip[reversed[3]!]!, reversed[1]!, reversed[2]!);
  }
  return "maybe";
}

/** Whether `dimension op value` holds for every screen (yes), none (no) or some (maybe). */
function compare(dimension: string, op: string, value: string, unit: string): MediaAnswer {
  const scale = UNITS[unit];
  if (scale === undefined || !Number.isFinite(Number(value))) return "maybe";
  const v = Number(value) * scale;
  const [low, high] = RANGES[dimension]!;
  const holds = (x: number) =>
    op === ">=" ? x >= v : op === "<=" ? x <= v : op === ">" ? x > v : op === "<" ? x < v : x === v;
  const [atLow, atHigh] = [holds(low), holds(high)];
  if (op === "=") return v >= low && v <= high ? "maybe" : "no";
  return atLow && atHigh ? "yes" : !atLow && !atHigh ? "no" : "maybe";
}

/** The parts of a text between separators outside brackets. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
