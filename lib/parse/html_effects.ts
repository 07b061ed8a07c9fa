/**
 * The effects by which a page hides an element with all it holds, beside `opacity: 0` (`html_hiding.ts`): a filter
 * to no opacity (`filter: opacity(0)`) and a transform that scales it to nothing (`transform: scale(0)`,
 * `scaleX(0)`, `scaleY(0)`, `scale(1, 0)`; the `scale` property's `scale: 0`). Each pattern pair is the declaration that hides and the one that
 * undoes it (any other filter or transform: `none`, `rotate(2deg)`), as the cascade reads them (`html_style.ts`).
 *
 * @module
 */

/** A number of zero (`0`, `0.0`, `.0`), and as a percentage (`0%`). */
const ZERO = String.raw`\s*\+?(?:0+\.?0*|\.0+)%?\s*`;

/** A filter to no opacity, among any others (`blur(1px) opacity(0)`): each multiplies the element's. */
const NO_OPACITY = String.raw`[^;]*?\bopacity\(${ZERO}\)`;
export const FILTER: [RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*filter\s*:${NO_OPACITY}`, "i"),
  new RegExp(String.raw`(^|;)\s*filter\s*:\s*(?!${NO_OPACITY})[a-z]`, "i"),
];

/** A scale to nothing in one direction or both: `scale(0)`, `scale(0, 1)`, `scale(1 0)`, `scaleX(0)`, `scaleY(0)`. */
const SCALED_AWAY = String.raw`[^;]*?\bscale(?:\(${ZERO}[,)\s]|\([^,)]*[,\s]${ZERO}\)|[xy]\(${ZERO}\))`;
export const TRANSFORM: [RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*transform\s*:${SCALED_AWAY}`, "i"),
  new RegExp(String.raw`(^|;)\s*transform\s*:\s*(?!${SCALED_AWAY})[a-z]`, "i"),
];

/**
 * `content-visibility: hidden`, which hides what the element holds, its text and descendants, whatever they say (its
 * own box is kept, empty: nothing of it is read); and a value that shows it (`visible`, `auto`). Not inherited.
 */
export const CONTENT_VISIBILITY: [RegExp, RegExp] = [
  /(^|;)\s*content-visibility\s*:\s*hidden(?![\w-])/i,
  /(^|;)\s*content-visibility\s*:\s*(?:visible|auto|initial|unset|revert|inherit)(?![\w-])/i,
];

/** The `scale` property to nothing in one direction or both (`scale: 0`, `scale: 1 0`), and any other (`none`, `0.5`). */
const SCALE_ZERO = String
  .raw`(?:(?:[\d.]+%?\s+)?(?:0+\.?0*|\.0+)%?|(?:0+\.?0*|\.0+)%?\s+[\d.]+%?)(?:\s+[\d.]+%?)?\s*(?:;|!|$)`;
export const SCALE: [RegExp, RegExp] = [
  new RegExp(String.raw`(^|;)\s*scale\s*:\s*${SCALE_ZERO}`, "i"),
  new RegExp(String.raw`(^|;)\s*scale\s*:\s*(?!${SCALE_ZERO})[\d.a-z]`, "i"),
];
