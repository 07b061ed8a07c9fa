/**
 * What ordinary pages' sheets (a theme's, a CMS's) style as a browser on a computer's screen shows it: a size that
 * looks like nothing but that the layout overrides, and what else does not hide a figure a reader sees.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's planned and actual public funding, with the row's `dd` as given and `css` added to its sheet. */
function read(dd: string, css = "") {
  const r = readStyledPage(dd, css);
  return { planned: r.planned, actual: r.actual, problems: r.problems.map((problem) => problem.code) };
}

const SHOWN = { planned: 645300, actual: 614153, problems: [] };
const DD = "<dd>614&nbsp;153</dd>";

Deno.test("htmlToText: a table's cell of no width, or the ellipsis's max-width: 0, is widened to what it holds", () => {
  // Before: the cells were hidden as boxes of nothing: the whole section (planned 645 300 too) was null, and the
  // real td's 614 153 was null. Chromium shows each figure.
  for (
    const [dd, css] of [
      [
        DD,
        "dl.tiedot { display: table; width: 100% } dl.tiedot .rivi { display: table-row } dl.tiedot dt, dl.tiedot dd " +
        "{ display: table-cell; max-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap }",
      ],
      [
        '<dd><table><tr><td style="width: 1px; overflow: hidden; white-space: nowrap">614&nbsp;153</td></tr></table></dd>',
        "",
      ],
      [
        '<dd><table style="width: 100%"><tr><td class="e">614&nbsp;153</td></tr></table></dd>',
        "td.e { max-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap }",
      ],
      ['<dd><table><tr><td style="height: 1px; overflow: hidden">614&nbsp;153</td></tr></table></dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), SHOWN, css || dd);
});

Deno.test("htmlToText: a flex item of width 0 that grows is as wide as its share of the row", () => {
  // Before: S11547's dd (flex: 1 in its .rivi's display: flex) of width: 0 was hidden: null. Chromium shows 614 153.
  assertEquals(read(DD, "dl.tiedot dd { width: 0; overflow: hidden; text-overflow: ellipsis }"), SHOWN);
  assertEquals(read(DD, "dl.tiedot dd { flex-grow: 2; width: 0; overflow: hidden }"), SHOWN);
  // One that does not grow keeps its width of nothing, as a max-width holds it: hidden, as Chromium hides it.
  for (
    const css of [
      "dl.tiedot dd { flex: none; width: 0; overflow: hidden }",
      "dl.tiedot dd { max-width: 0; overflow: hidden }",
      // Positioned absolute, it is no flex item: its width holds.
      "dl.tiedot dd { position: absolute; width: 1px; overflow: hidden }",
    ]
  ) assertEquals(read(DD, css).actual, null, css);
});

Deno.test("htmlToText: a size a function reckons with a length of its own shows text under a font-size: 0", () => {
  // Before: under the inline-block grid's .rivi { font-size: 0 }, each size by calc(), clamp() or a variable was
  // read as 0: the funding section (planned 645 300 too) was null. Chromium shows each figure.
  for (
    const size of ["calc(1rem + .1vw)", "clamp(14px, 1vw, 18px)", "var(--koko)", "max(1em, 15px)"]
  ) {
    const css = `:root { --koko: 15px } .rivi { font-size: 0 } dl.tiedot dt, dl.tiedot dd { font-size: ${size} }`;
    assertEquals(read(DD, css), SHOWN, size);
  }
  // A size relative to the parent's 0 is 0: hidden, as Chromium hides it.
  assertEquals(read(DD, ".rivi { font-size: 0 } dl.tiedot dt, dl.tiedot dd { font-size: calc(1.2em) }").actual, null);
});

Deno.test("htmlToText: a dark theme's background image is behind its white text: no white on white", () => {
  // Before: white text under a background-image (drawn over the page's white) was read as white on white: the whole
  // document was null, a same_colour warning on each line. Chromium shows it, light on the dark image.
  for (
    const css of [
      "body { background-image: url(projekti_files/tausta.jpg); color: #fff }",
      ".sivu { background-color: #fff; background-image: linear-gradient(#123, #000); color: white }",
    ]
  ) assertEquals(read(DD, css), SHOWN, css);
});

Deno.test("htmlToText: a collapsed panel whose overflow is hidden down or across only is hidden", () => {
  // Before: max-height: 0 with overflow-y: hidden (or overflow-x: hidden, which makes the other auto) hid nothing:
  // S11547's hidden 614 153 was read beside the shown 999 999 as '614 153 999 999', null. Chromium hides it.
  for (const overflow of ["overflow-y: hidden", "overflow-x: hidden", "overflow: hidden; overflow-y: auto"]) {
    const css = `.paneeli { max-height: 0; ${overflow} }`;
    assertEquals(read('<dd><div class="paneeli">614&nbsp;153</div> 999&nbsp;999</dd>', css).actual, 999999, css);
  }
  // The shorthand's visible undoes it.
  const open = ".paneeli { max-height: 0; overflow-y: hidden } .auki { overflow: visible }";
  assertEquals(read('<dd><div class="paneeli auki">614&nbsp;153</div></dd>', open).actual, 614153);
});

Deno.test("htmlToText: a closed <details> shows its summary only", () => {
  // Before: what a closed details holds was read: S11547's 614 153 beside its summary's 999 999 as
  // '999 999 614 153', null. Chromium shows the summary's 999 999 only.
  for (
    const dd of [
      "<dd><details><summary>999&nbsp;999</summary>614&nbsp;153</details></dd>",
      "<dd><details><summary>999&nbsp;999</summary><p>614&nbsp;153</p></details></dd>",
      '<dd><details class="x"><span>614&nbsp;153</span><summary>999&nbsp;999</summary></details></dd>',
    ]
  ) assertEquals(read(dd).actual, 999999, dd);
  assertEquals(read("<dd><details open>614&nbsp;153</details></dd>").actual, 614153);
});

Deno.test("htmlToText: gradient text (background-clip: text, colour transparent) is shown", () => {
  // Before: the transparent colour of gradient text hid it: S11547's funding in gradient dd's was null (planned too).
  // Chromium paints the gradient into the letters: 645 300 and 614 153 are shown.
  for (
    const css of [
      "dl.tiedot dd { background: linear-gradient(90deg, #f06, #48f); -webkit-background-clip: text; " +
      "background-clip: text; color: transparent }",
      ".rivi { background-image: linear-gradient(#f06, #48f); -webkit-background-clip: text; color: rgba(0, 0, 0, 0) }",
    ]
  ) assertEquals(read(DD, css), SHOWN, css);
  // Without it, a transparent colour hides the text, as before.
  assertEquals(read(DD, "dl.tiedot dd { color: transparent; background-clip: padding-box }").actual, null);
});

Deno.test("htmlToText: the text's fill (-webkit-text-fill-color) paints its letters over its colour", () => {
  // Before: a fill over a transparent colour was not read, the colour hid the text: null (planned too); and a
  // transparent fill over a colour hid nothing: 614 153. Chromium shows the first, hides the second.
  assertEquals(read(DD, "dl.tiedot dd { color: transparent; -webkit-text-fill-color: #333 }"), SHOWN);
  const hidden = read(
    '<dd><span class="t">614&nbsp;153</span> 999&nbsp;999</dd>',
    ".t { -webkit-text-fill-color: transparent }",
  );
  assertEquals(hidden.actual, 999999);
});

Deno.test("htmlToText: a table's cell positioned absolute is a block: a screen readers' copy's width of a pixel hides it", () => {
  // The old WordPress .screen-reader-text, without clip-path, under a name of the page's own; Chromium hides it.
  const css = ".piilo { position: absolute !important; width: 1px; height: 1px; overflow: hidden }";
  const dd = '<dd><table><tr><td class="piilo">614&nbsp;153</td><td>999&nbsp;999</td></tr></table></dd>';
  assertEquals(read(dd, css).actual, 999999);
});

Deno.test("htmlToText: a box of no height whose bottom padding holds its content (the aspect-ratio box) shows it", () => {
  // Before: height: 0 (or max-height: 0) with overflow: hidden hid 614 153, though its padding-bottom of 56% shows it
  // in Chromium, as it does the page's embedded videos.
  for (
    const css of [
      "dl.tiedot dd { height: 0; overflow: hidden; padding-bottom: 56% }",
      "dl.tiedot dd { max-height: 0; overflow: hidden; padding: 0 0 40px }",
      "dl.tiedot dd { box-sizing: border-box; height: 0; overflow: hidden; padding: 1em }",
    ]
  ) assertEquals(read(DD, css), SHOWN, css);
  // A padding above it, or a sliver of one below (2px): the content is below the box's end, hidden, as in Chromium.
  for (
    const css of [
      "dl.tiedot dd { height: 0; overflow: hidden; padding-top: 30px }",
      "dl.tiedot dd { height: 0; overflow: hidden; padding: 0 0 2px }",
      "dl.tiedot dd { height: 0; overflow: hidden; padding-bottom: 56% } dl.tiedot dd { padding: 0 }",
    ]
  ) assertEquals(read(DD, css).actual, null, css);
});
