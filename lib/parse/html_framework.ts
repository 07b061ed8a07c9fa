/**
 * What the frameworks' own classes hide, by their sheets, which a page saved without them does not hold (Bootstrap,
 * Tailwind, WordPress, Drupal, Foundation, GOV.UK…): a copy for screen readers only (`sr-only`, `visually-hidden`),
 * and the display classes, which the reader applies as a wide computer screen shows them (at least 1,536 px: every
 * breakpoint's class applies, the widest's winning; Bootstrap 3's `hidden-lg` and `visible-xs`… as its widest, 1,200
 * px, shows them). So of a phone's copy (`d-xl-none`) and a wide screen's (`d-none
 * d-xl-block`), one is read, not both; and a browser without the framework's sheet shows that one too.
 *
 * @module
 */

/** Classes that hide an element, visually or outright, which are no display class of a breakpoint. */
const HIDDEN_CLASSES = new Set([
  "sr-only",
  "sr-only-focusable",
  "visually-hidden",
  "visually-hidden-focusable",
  "visuallyhidden",
  "u-visually-hidden",
  "govuk-visually-hidden",
  "screen-reader-text",
  "screenreader-only",
  "element-invisible",
  "show-for-sr",
  "assistive-text",
  "offscreen",
]);

/** The breakpoints, narrowest first: Bootstrap's (`d-md-none`) and Tailwind's (`md:hidden`); none is the base. */
const BREAKPOINTS = ["", "sm", "md", "lg", "xl", "xxl|2xl"];
/** The displays the display classes give (`d-md-block`, `md:block`), beside `none` and `hidden`. */
const SHOWN =
  /^(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-cell|table-row|contents|flow-root)$/;

/**
 * A display class's breakpoint (its place in {@linkcode BREAKPOINTS}) and whether it shows the element: Bootstrap's
 * `d-none`, `d-block`, `d-md-none`, `d-xl-inline`; Tailwind's (and others') `hidden`, `md:hidden`, `xl:block`. Null
 * for any other class, and for one of print only (`d-print-block`).
 */
function displayClass(name: string): { breakpoint: number; shows: boolean } | null {
  const bootstrap = name.match(/^d-(?:(sm|md|lg|xl|xxl)-)?(none|[a-z-]+)$/);
  const tailwind = name.match(/^(?:([a-z0-9]+):)?([a-z-]+)$/);
  const [breakpoint, value] = bootstrap ? [bootstrap[1] ?? "", bootstrap[2]!] : [tailwind?.[1] ?? "", tailwind?.[2]];
  const place = BREAKPOINTS.findIndex((each) => each.split("|").includes(breakpoint));
  if (place < 0 || value === undefined) return null;
  if (bootstrap) return value === "none" || SHOWN.test(value) ? { breakpoint: place, shows: value !== "none" } : null;
  if (value === "hidden") return { breakpoint: place, shows: false };
  // A class `block` alone is any page's own: only a breakpoint's (`md:block`) is Tailwind's for certain.
  return place > 0 && SHOWN.test(value) ? { breakpoint: place, shows: true } : null;
}

/**
 * Whether Bootstrap 3's responsive classes hide the element on a wide screen (at least 1,200 px, its `lg`):
 * `hidden-lg` does; `visible-xs`, `visible-sm-block`… (shown on a narrower screen only) do unless a `visible-lg`
 * (`-block`, `-inline`, `-inline-block`) is among them; `hidden-xs` alone does not.
 */
function hiddenByBootstrap3(classes: string[]): boolean {
  if (classes.includes("hidden-lg")) return true;
  const visible = classes.flatMap((name) =>
    name.match(/^visible-(xs|sm|md|lg)(?:-(?:block|inline|inline-block))?$/)?.[1] ?? []
  );
  return visible.length > 0 && !visible.includes("lg");
}

/**
 * Whether the element's classes hide it by a framework's sheet (see the module): its display classes as a wide
 * screen applies them (the widest breakpoint's; of one breakpoint, one that hides), else a class that hides it
 * for screen readers only.
 *
 * @example Usage
 * ```ts
 * import { hiddenByClass } from "./html_framework.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(["d-none d-xl-block", "d-xl-none", "hidden md:block", "sr-only", "d-print-none", "d-none d-inline-block", "hidden-xs", "visible-xs", "visible-lg-block"].map((classes) =>
 *   hiddenByClass(classes.split(" "))
 * ), [false, true, false, true, false, true, false, true, false]);
 * ```
 */
export function hiddenByClass(classes: string[]): boolean {
  if (hiddenByBootstrap3(classes)) return true;
  let widest: { breakpoint: number; shows: boolean } | null = null;
  for (const name of classes) {
    const display = displayClass(name);
    if (!display) continue;
    if (!widest || display.breakpoint > widest.breakpoint) widest = display;
    else if (display.breakpoint === widest.breakpoint && !display.shows) widest = display;
  }
  return widest ? !widest.shows : classes.some((name) => HIDDEN_CLASSES.has(name));
}
