/**
 * Sizes the builders need before Vega lays a chart out: how wide the names
 * on an axis may be, how many legend entries fit in a row, and roughly how
 * wide the plotting area will be (for placing labels that must not collide).
 * Widths are measured in the charts' font ({@linkcode textWidth}).
 *
 * @module
 */
import { shortenText, textWidth, wrapText } from "./text_width.ts";
import { oncePer } from "../parse/once.ts";
import { FONT_SIZES, PADDING, PRINT_WIDTHS, type PrintWidth } from "./theme.ts";

const TEXT = { fontSize: FONT_SIZES.text };
const BOLD = { fontSize: FONT_SIZES.text, bold: true };

/** Vega's defaults around an axis: tick length, label and title padding. */
const AXIS = { tick: 5, labelPadding: 2, titlePadding: 4 };

/** Legend entries: the symbol's width, the gap to its label and between columns. */
const LEGEND = { symbol: 12, gap: 4, column: 12 };

/** The width of the whole chart in SVG pixels, and of what may be drawn in it (inside the padding). */
export function chartWidth(printWidth: PrintWidth): { total: number; inner: number } {
  const total = PRINT_WIDTHS[printWidth].px;
  return { total, inner: total - 2 * PADDING };
}

/** The widest an axis' names may be: 45 % of a full-width chart, half of a half-width one. */
export function nameWidth(printWidth: PrintWidth): number {
  return Math.round(chartWidth(printWidth).inner * (printWidth === "full" ? 0.45 : 0.5));
}

/** The width of a text in the charts' font, plain or bold. */
export function measure(text: string, bold = false): number {
  return textWidth(text, bold ? BOLD : TEXT);
}

/**
 * A project as an axis names it: its name, shortened to fit, with its code
 * after it (`Maahanmuuttajien osaaminen käyttöön… (S11547)`); the code alone
 * when the name is missing. The code keeps two projects of the same name apart.
 *
 * @example Usage
 * ```ts
 * import { projectLabel } from "./layout.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const name = "Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen";
 * assertEquals(projectLabel("S11547", name, 300), "Maahanmuuttajien osaaminen käyttöön… (S11547)");
 * assertEquals(projectLabel("S10323", null, 300), "S10323");
 * ```
 */
export function projectLabel(code: unknown, name: unknown, maxWidth: number): string {
  const id = String(code ?? "–");
  if (typeof name !== "string" || name.trim() === "") return id;
  const suffix = ` (${id})`;
  return shortenText(name.trim(), maxWidth - measure(suffix), TEXT) + suffix;
}

/**
 * A project's names to try where a label must find its place, longest first, each no wider than `maxWidth`: its
 * whole name, then cut after each word in turn (`Maahanmuuttajien osaaminen… (S11547)`), then cut to fit each of
 * the `shorter` widths (inside a long first word, where it must), then its code alone. A placer takes the first that
 * has room: a name is cut only as far as its place needs (a few fixed widths cut it further than that).
 *
 * @example Usage
 * ```ts
 * import { projectLabels } from "./layout.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(projectLabels("S10323", "VASTAANOTTAVA POHJOIS-SAVO", 240, [120]), [
 *   "VASTAANOTTAVA POHJOIS-SAVO (S10323)",
 *   "VASTAANOTTAVA… (S10323)",
 *   "VASTAAN… (S10323)",
 *   "S10323",
 * ]);
 * ```
 */
export function projectLabels(code: unknown, name: unknown, maxWidth: number, shorter: number[] = []): string[] {
  const id = String(code ?? "–");
  if (typeof name !== "string" || name.trim() === "") return [id];
  const suffix = ` (${id})`;
  const words = name.trim().split(/\s+/);
  const cuts = words.map((_, i) => {
    const head = words.slice(0, words.length - i).join(" ");
    return i === 0 ? head + suffix : head.replace(/[\s,;:(–-]+$/, "") + "…" + suffix;
  });
  // Each text measured once, not again at each comparison of the sort.
  const width = oncePer((text: string) => measure(text));
  const texts = [...cuts, ...[maxWidth, ...shorter].map((width) => projectLabel(code, name, width))]
    .filter((text) => width(text) <= maxWidth);
  return [...new Set([...texts.sort((a, b) => width(b) - width(a)), id])];
}

/**
 * A group's name as an axis shows it: wrapped into at most `lines` lines no
 * wider than `maxWidth`, the last one shortened with "…" if the name is longer.
 *
 * @example Usage
 * ```ts
 * import { wrappedLabel } from "./layout.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(wrappedLabel("4 Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa", 200, 2), [
 *   "4 Jäsenvaltioiden ja alueiden",
 *   "välinen yhteistyö ESR-toiminnassa",
 * ]);
 * ```
 */
export function wrappedLabel(text: string, maxWidth: number, lines: number): string[] {
  const wrapped = wrapText(text, maxWidth, TEXT);
  if (wrapped.length <= lines) return wrapped.map((line) => shortenText(line, maxWidth, TEXT));
  const last = wrapped.slice(lines - 1).join(" ");
  return [...wrapped.slice(0, lines - 1), shortenText(last + " …", maxWidth, TEXT).replace(/ …$/, "…")];
}

/** How far a left axis with these labels (and a title, if any) reaches left of the plotting area. */
export function axisExtent(labels: readonly string[], title: boolean): number {
  const widest = Math.max(0, ...labels.flatMap((label) => label.split("\n")).map((line) => measure(line)));
  return AXIS.tick + AXIS.labelPadding + widest + (title ? AXIS.titlePadding + FONT_SIZES.text + 2 : 0);
}

/**
 * The number of columns a bottom legend with these labels gets so that it
 * stays within `width`: as many as fit, at most one per entry. Entries fill
 * the rows left to right, and each column is as wide as its widest entry.
 *
 * @example Usage
 * ```ts
 * import { legendColumns } from "./layout.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(legendColumns(["Päättynyt", "Käynnissä (väliaikainen luku)"], 340), 2);
 * assertEquals(legendColumns(["Päättynyt", "Käynnissä (väliaikainen luku)"], 200), 1);
 * ```
 */
export function legendColumns(labels: readonly string[], width: number): number {
  const entries = labels.map((label) => LEGEND.symbol + LEGEND.gap + measure(label));
  for (let columns = entries.length; columns > 1; columns--) {
    const widths = Array.from(
      { length: columns },
      (_, c) => Math.max(...entries.filter((_, i) => i % columns === c)),
    );
    if (widths.reduce((sum, w) => sum + w, 0) + (columns - 1) * LEGEND.column <= width) return columns;
  }
  return 1;
}

/**
 * The plotting area of a scatter as Vega will lay it out, near enough to
 * place labels in: the chart's width less the left axis (ticks as wide as
 * `widestTick`, and a title) and the overhang of the last bottom tick label.
 */
export function scatterPlot(
  printWidth: PrintWidth,
  height: number,
  widestTick: string,
  maxX: number,
  maxY: number,
): { width: number; height: number; maxX: number; maxY: number } {
  const width = chartWidth(printWidth).inner - axisExtent([widestTick], true) - measure(widestTick) / 2;
  return { width, height, maxX, maxY };
}
