/**
 * The skeleton every chart spec shares: the Vega-Lite 5 schema, the title
 * with its subtitle, the description, the size and the theme's config.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { chartConfig, type Language } from "./theme.ts";

/** The Vega-Lite schema every spec names. */
export const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** What every chart has: its texts, its size and the language of its config. */
export interface SpecHead {
  lang: Language;
  title: string;
  subtitle: string;
  description: string;
  width: number;
  height: number;
}

type HeadKey = "$schema" | "title" | "description" | "width" | "height" | "config";
type WithoutHead<S> = S extends unknown ? Omit<S, HeadKey> : never;

/** The rest of a spec: data, transforms, and the mark and encoding or the layers. */
export type SpecBody = WithoutHead<TopLevelSpec>;

/**
 * A complete spec: the skeleton, then the body.
 *
 * @example Usage
 * ```ts
 * import { chartSpec } from "./spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = chartSpec(
 *   { lang: "en", title: "Points", subtitle: "One point.", description: "A point at 1.", width: 100, height: 100 },
 *   { data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } },
 * );
 * assertEquals(spec.title, { text: "Points", subtitle: "One point." });
 * ```
 */
export function chartSpec(head: SpecHead, body: SpecBody): TopLevelSpec {
  return {
    $schema: SCHEMA,
    title: { text: head.title, subtitle: head.subtitle },
    description: head.description,
    width: head.width,
    height: head.height,
    config: chartConfig(head.lang),
    ...body,
  } as TopLevelSpec;
}
