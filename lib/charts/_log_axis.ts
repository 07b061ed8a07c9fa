/**
 * A logarithmic euro axis that ends at round values just around the data
 * (1, 2 or 5 × a power of ten), not decades past it, and where each label
 * drawn beside a dot goes: right of it, or left where the plot ends first.
 *
 * @module
 */
import { measure } from "./layout.ts";

/** The steps of a round value within a decade. */
const STEPS = [1, 2, 5, 10];

/**
 * The largest round value (1, 2 or 5 × a power of ten) at or below `value`, and the smallest at or above it.
 *
 * @example Usage
 * ```ts
 * import { roundAround } from "./_log_axis.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(roundAround(27535), [20000, 50000]);
 * assertEquals(roundAround(5000), [5000, 5000]);
 * ```
 */
export function roundAround(value: number): [number, number] {
  const decade = 10 ** Math.floor(Math.log10(value) + 1e-12);
  const steps = STEPS.map((step) => step * decade);
  const below = steps.filter((s) => s <= value * (1 + 1e-12)).at(-1) ?? decade;
  const above = steps.find((s) => s >= value * (1 - 1e-12)) ?? 10 * decade;
  return [below, above];
}

/** A log axis: its domain and the ticks it labels. */
export interface LogAxis {
  domain: [number, number];
  values: number[];
}

/** Room around the dots: the axis starts at least this far below the cheapest and ends this far above the dearest. */
const MARGIN = 1.1;

/** Pixels between two tick labels at the least. */
const GAP = 8;

/**
 * The axis for values from `min` to `max` over a plot `width` pixels wide: it ends at the round values just around
 * the data, ticked at each power of ten between them and at its ends, an end left unlabelled where its label would
 * crowd the power of ten beside it (the axis still ends there: an axis rounded out to the power of ten would run
 * up to ten times past the data).
 *
 * @example Usage
 * ```ts
 * import { logAxis } from "./_log_axis.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(logAxis(4042, 27535, 450, String), { domain: [2000, 50000], values: [2000, 10000, 50000] });
 * ```
 */
export function logAxis(min: number, max: number, width: number, label: (value: number) => string): LogAxis {
  const low = roundAround(Math.max(1, min / MARGIN))[0];
  const high = roundAround(Math.max(low * 2, max * MARGIN))[1];
  const span = Math.log10(high / low);
  const x = (value: number) => width * Math.log10(value / low) / span;
  const powers: number[] = [];
  for (let p = 10 ** Math.ceil(Math.log10(low) - 1e-12); p <= high * (1 + 1e-12); p *= 10) powers.push(p);
  const crowds = (end: number) =>
    !powers.includes(end) &&
    powers.some((p) => Math.abs(x(end) - x(p)) < (measure(label(end)) + measure(label(p))) / 2 + GAP);
  const values = [...new Set([low, ...powers, high])].filter((v) => !crowds(v)).sort((a, b) => a - b);
  return { domain: [low, high], values };
}

/**
 * Which side of its dot a label goes on: right, or left where it would run past the plot's right edge.
 *
 * @example Usage
 * ```ts
 * import { labelSide, logAxis } from "./_log_axis.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const axis = logAxis(4042, 27535, 450, String);
 * assertEquals(labelSide(4042, "4 042 € (n = 192)", axis, 450), "right");
 * assertEquals(labelSide(27535, "27 535 € (n = 108)", axis, 450), "left");
 * ```
 */
export function labelSide(value: number, label: string, axis: LogAxis, width: number, dx = 8): "left" | "right" {
  const [low, high] = axis.domain;
  const x = width * Math.log10(value / low) / Math.log10(high / low);
  return x + dx + measure(label) > width ? "left" : "right";
}
