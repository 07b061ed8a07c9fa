/**
 * The skeleton every chart spec shares: the Vega-Lite 5 schema, the title
 * with its subtitle (wrapped to the chart's width), the description, the
 * print width, and the theme's config.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { chartWidth } from "./layout.ts";
import { wrapText } from "./text_width.ts";
import { periodText } from "../i18n/format.ts";
import { chartConfig, FONT_SIZES, type Language, PADDING, PRINT_WIDTHS, type PrintWidth } from "./theme.ts";

/** The Vega-Lite schema every spec names. */
export const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** What every chart has: its texts, its print width and height, and the language of its config. */
export interface SpecHead {
  lang: Language;
  title: string;
  subtitle: string;
  description: string;
  /** The width it is printed at; the chart is laid out to fill it exactly. */
  printWidth: PrintWidth;
  /** The height of the plotting area in pixels; titles, axes and legends add to it. */
  height: number;
  /** Of a per-project chart, the projects its figures rest on (a caption's n); recorded in `usermeta`. */
  projects?: ChartProjects;
}

/** The projects a per-project chart rests on: how many, and how many active ones it left out (interim figures). */
export interface ChartProjects {
  n: number;
  activeLeftOut: number;
}

type HeadKey = "$schema" | "title" | "description" | "width" | "height" | "config" | "autosize" | "padding";
type WithoutHead<S> = S extends unknown ? Omit<S, HeadKey> : never;

/** The rest of a spec: data, transforms, and the mark and encoding or the layers. */
export type SpecBody = WithoutHead<TopLevelSpec>;

/** What a spec records of its print size in `usermeta`. */
export interface PrintMeta {
  printWidth: PrintWidth;
  widthCm: number;
  projects?: ChartProjects;
}

/** The projects a per-project chart says it rests on (see {@linkcode SpecHead}), or undefined for another chart. */
export function chartProjects(spec: TopLevelSpec): ChartProjects | undefined {
  return (spec.usermeta as PrintMeta | undefined)?.projects;
}

/**
 * A complete spec: the skeleton, then the body. The width is the print
 * width's, and `autosize: fit-x` makes Vega size the plotting area so that
 * axes, legend and labels fill it exactly, without a blank margin.
 *
 * @example Usage
 * ```ts
 * import { chartSpec } from "./spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = chartSpec(
 *   { lang: "en", title: "Points", subtitle: "One point.", description: "A point at 1.", printWidth: "half", height: 100 },
 *   { data: { values: [{ a: 1 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } },
 * );
 * assertEquals(spec.title, { text: "Points", subtitle: ["One point."] });
 * assertEquals(spec.usermeta, { printWidth: "half", widthCm: 8 });
 * ```
 */
export function chartSpec(head: SpecHead, body: SpecBody): TopLevelSpec {
  const { inner } = chartWidth(head.printWidth);
  const usermeta: PrintMeta = {
    printWidth: head.printWidth,
    widthCm: PRINT_WIDTHS[head.printWidth].cm,
    ...(head.projects ? { projects: head.projects } : {}),
  };
  return {
    $schema: SCHEMA,
    title: {
      text: titleText(periodText(head.title), head.printWidth),
      subtitle: wrapText(periodText(head.subtitle), inner, { fontSize: FONT_SIZES.text }),
    },
    description: periodText(head.description),
    width: PRINT_WIDTHS[head.printWidth].px,
    height: head.height,
    autosize: { type: "fit-x", contains: "padding" },
    padding: PADDING,
    usermeta,
    config: chartConfig(head.lang),
    ...withPeriodTexts(body),
  } as TopLevelSpec;
}

/** A programme period as the data writes it, a value of its own (`2007-2013`). */
const PERIOD_VALUE = /^(?:19|20)\d\d-(?:19|20)\d\d$/;

/**
 * A spec's body with every programme period written `2007–2013` (see `periodText`): each value that is a period,
 * in its data and in the sorts and filters that name them alike, so that each still finds the others. A text that
 * only holds years (a project's name `Nuorisotakuu 2011-2014`) stays as printed; the titles the builders write are
 * made so in {@linkcode chartSpec}'s head.
 */
function withPeriodTexts<T>(value: T): T {
  if (typeof value === "string") return (PERIOD_VALUE.test(value) ? periodText(value) : value) as T;
  if (value === null || typeof value !== "object") return value;
  // Only what holds a period is copied, the rest kept as it is: a copy of every row of a chart's data was most of
  // what building the spec took (1,000 generated documents: the analyses' charts, ~20 ms of CPU each time).
  if (Array.isArray(value)) {
    const items = value.map(withPeriodTexts);
    return (items.some((item, k) => item !== value[k]) ? items : value) as T;
  }
  const entries = Object.entries(value).map(([key, item]) => [key, withPeriodTexts(item)] as const);
  const own = value as Record<string, unknown>;
  return (entries.some(([key, item]) => item !== own[key]) ? Object.fromEntries(entries) : value) as T;
}

/**
 * A title as the chart draws it: one line, or as many lines as it takes to
 * stay within the chart's width (a title Vega draws wider is cut off at the
 * chart's edge).
 *
 * @example Usage
 * ```ts
 * import { titleText } from "./spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(titleText("Points", "full"), "Points");
 * assertEquals(titleText("Julkisen sekä EU- ja valtion rahoituksen käyttöaste toimintalinjoittain (2007-2013)", "full"), [
 *   "Julkisen sekä EU- ja valtion rahoituksen käyttöaste toimintalinjoittain",
 *   "(2007-2013)",
 * ]);
 * ```
 */
export function titleText(title: string, printWidth: PrintWidth): string | string[] {
  const lines = wrapText(title, chartWidth(printWidth).inner, { fontSize: FONT_SIZES.title, bold: true });
  return lines.length === 1 ? lines[0]! : lines;
}

/**
 * The print width a spec declares (`usermeta.printWidth`), `full` when it declares none.
 *
 * @example Usage
 * ```ts
 * import { printWidthOf } from "./spec.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(printWidthOf({ usermeta: { printWidth: "half" }, data: { values: [] }, mark: "point" }), "half");
 * assertEquals(printWidthOf({ data: { values: [] }, mark: "point" }), "full");
 * ```
 */
export function printWidthOf(spec: TopLevelSpec): PrintWidth {
  const declared = (spec.usermeta as Partial<PrintMeta> | undefined)?.printWidth;
  return declared === "half" ? "half" : "full";
}
