/**
 * What a browser shows no ink of, though the element takes its place: `opacity: 0`, a font size of 0, a transparent
 * colour, white on white. Each hides S11547's actual public funding, 614 153, as the page shows nothing of it.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's actual public funding read from its page with the row's `dd` as given and `css` added to its sheet. */
function read(dd: string, css = ""): { value: number | null; problems: [string, string | undefined][] } {
  const r = readStyledPage(dd, css);
  return { value: r.actual, problems: r.problems.map((problem) => [problem.code, problem.detail]) };
}

/** Each `dd` (with its `css`) read as `value`, without problems. */
function readsAs(value: number | null, cases: readonly (readonly [string, string])[]): void {
  for (const [dd, css] of cases) assertEquals(read(dd, css), { value, problems: [] }, `${dd} ${css}`);
}

Deno.test("htmlToText: opacity: 0 hides an element with all it holds; a non-zero opacity in the cascade shows it", () => {
  // Before: 614 153, which the page shows no ink of, was read.
  readsAs(null, [
    ['<dd style="opacity:0">614&nbsp;153</dd>', ""],
    ['<dd style="opacity: 0.0">614&nbsp;153</dd>', ""],
    ['<dd style="opacity:0%">614&nbsp;153</dd>', ""],
    ['<dd class="haamu">614&nbsp;153</dd>', ".haamu { opacity: 0 }"],
    // All it holds, whatever its descendants say: opacity multiplies.
    ['<dd style="opacity:0"><span style="opacity:1">614&nbsp;153</span></dd>', ""],
    ['<dd class="haamu" style="opacity:1">614&nbsp;153</dd>', ".haamu { opacity: 0 !important }"],
  ]);
  readsAs(614153, [
    ['<dd style="opacity:0.5">614&nbsp;153</dd>', ""],
    ['<dd style="opacity:.05">614&nbsp;153</dd>', ""],
    ['<dd class="haamu" style="opacity:1">614&nbsp;153</dd>', ".haamu { opacity: 0 }"],
    ['<dd class="haamu auki">614&nbsp;153</dd>', ".haamu { opacity: 0 } .haamu.auki { opacity: initial }"],
  ]);
});

Deno.test("htmlToText: visibility: inherit, unset and revert take the parent's, initial is visible, in the cascade", () => {
  // Before: these were ignored, so the class's visibility: hidden held (614 153 null) or visible did (999 999 read).
  readsAs(614153, [
    ['<dd class="piilo" style="visibility:inherit">614&nbsp;153</dd>', ".piilo { visibility: hidden }"],
    ['<dd class="piilo" style="visibility: unset">614&nbsp;153</dd>', ".piilo { visibility: hidden }"],
    ['<dd class="piilo" style="visibility:revert">614&nbsp;153</dd>', ".piilo { visibility: hidden }"],
    ['<dd class="piilo auki">614&nbsp;153</dd>', ".piilo { visibility: hidden } .piilo.auki { visibility: initial }"],
    [
      '<dd style="visibility:hidden"><span style="visibility:visible"><b style="visibility:inherit">614&nbsp;153</b></span></dd>',
      "",
    ],
  ]);
  readsAs(null, [
    [
      '<dd style="visibility:hidden"><span class="auki" style="visibility:inherit">614&nbsp;153</span></dd>',
      ".auki { visibility: visible }",
    ],
    [
      '<dd style="visibility:hidden"><span class="auki">614&nbsp;153</span></dd>',
      ".auki { visibility: visible } dd .auki { visibility: unset }",
    ],
    ['<dd style="visibility:hidden"><span style="visibility:revert">614&nbsp;153</span></dd>', ""],
  ]);
});

Deno.test("htmlToText: font-size: 0 hides an element's text and its descendants', unless one sets a size of its own", () => {
  // Before: 614 153, which the page shows at no size, was read.
  readsAs(null, [
    ['<dd style="font-size:0">614&nbsp;153</dd>', ""],
    ['<dd style="font-size: 0px">614&nbsp;153</dd>', ""],
    ['<dd class="pieni">614&nbsp;153</dd>', ".pieni { font-size: 0em }"],
    ['<dd style="font-size:0%"><span>614&nbsp;153</span></dd>', ""],
    ['<dd style="font-size:0rem">614&nbsp;153</dd>', ""],
    // A size relative to the parent's is 0 under a 0.
    ['<dd style="font-size:0"><span style="font-size:1.5em">614&nbsp;153</span></dd>', ""],
    ['<dd style="font-size:0"><span style="font-size:120%">614&nbsp;153</span></dd>', ""],
  ]);
  readsAs(614153, [
    ['<dd style="font-size:0"><span style="font-size:11pt">614&nbsp;153</span></dd>', ""],
    ['<dd style="font-size:0"><span class="iso">614&nbsp;153</span></dd>', ".iso { font-size: 1rem }"],
    ['<dd style="font-size:0"><span style="font-size:14px">614&nbsp;153</span></dd>', ""],
    ['<dd style="font-size:0.9em">614&nbsp;153</dd>', ""],
    ['<dd class="pieni" style="font-size:medium">614&nbsp;153</dd>', ".pieni { font-size: 0 }"],
  ]);
});

Deno.test("htmlToText: a transparent colour hides an element's text and its descendants', unless one sets a colour of its own", () => {
  // Before: 614 153, which the page draws in no colour, was read.
  readsAs(null, [
    ['<dd style="color:transparent">614&nbsp;153</dd>', ""],
    ['<dd style="color: rgba(0, 0, 0, 0)">614&nbsp;153</dd>', ""],
    ['<dd style="color:hsla(0, 0%, 0%, 0.0)">614&nbsp;153</dd>', ""],
    ['<dd style="color:rgb(0 0 0 / 0)">614&nbsp;153</dd>', ""],
    ['<dd style="color:rgb(0 0 0 / 0%)">614&nbsp;153</dd>', ""],
    ['<dd style="color:#0000">614&nbsp;153</dd>', ""],
    ['<dd class="lapinakyva">614&nbsp;153</dd>', ".lapinakyva { color: #22222200 }"],
    ['<dd style="color:transparent"><span style="color:inherit">614&nbsp;153</span></dd>', ""],
    ['<dd style="color:transparent"><b>614&nbsp;153</b></dd>', ""],
  ]);
  readsAs(614153, [
    ['<dd style="color:rgb(0, 0, 0)">614&nbsp;153</dd>', ""],
    ['<dd style="color:rgba(0, 0, 0, 0.5)">614&nbsp;153</dd>', ""],
    ['<dd style="color:#000">614&nbsp;153</dd>', ""],
    ['<dd style="background-color:transparent">614&nbsp;153</dd>', ""],
    ['<dd style="color:transparent"><span style="color:#222">614&nbsp;153</span></dd>', ""],
    ['<dd class="lapinakyva" style="color:initial">614&nbsp;153</dd>', ".lapinakyva { color: transparent }"],
  ]);
});

Deno.test("htmlToText: transparent text under a shadow of a colour of its own, sharp enough to read, is shown", () => {
  // Before: 614 153 was read as hidden (its colour transparent), yet Chromium paints the shadow's letters, readable.
  readsAs(614153, [
    ['<dd style="color: transparent; text-shadow: 0 0 0 #000">614&nbsp;153</dd>', ""],
    ['<dd class="varjo">614&nbsp;153</dd>', ".varjo { color: rgba(0, 0, 0, 0); text-shadow: 1px 1px 2px black }"],
    [
      '<dd class="varjo"><span>614&nbsp;153</span></dd>',
      ".varjo { -webkit-text-fill-color: transparent; text-shadow: #222 0 0 }",
    ],
    ['<dd style="color: transparent; text-shadow: 0 0 8px #ccc, 0 0 0 navy">614&nbsp;153</dd>', ""],
    // A transparent fill, its colour #333: a shadow of no colour of its own is of that colour, readable.
    ['<dd style="color: #333; -webkit-text-fill-color: transparent; text-shadow: 0 0 0">614&nbsp;153</dd>', ""],
  ]);
  // A shadow of the text's own transparent colour, a transparent one, one blurred past reading, or none: hidden, as
  // Chromium shows nothing of it, or a smudge.
  readsAs(null, [
    ['<dd style="color: transparent; text-shadow: 0 0 0">614&nbsp;153</dd>', ""],
    ['<dd style="color: transparent; text-shadow: 0 0 0 rgba(0,0,0,0)">614&nbsp;153</dd>', ""],
    ['<dd style="color: transparent; text-shadow: 0 0 8px #000">614&nbsp;153</dd>', ""],
    [
      '<dd class="varjo">614&nbsp;153</dd>',
      ".varjo { color: transparent; text-shadow: 0 0 0 #000 } dd.varjo { text-shadow: none }",
    ],
  ]);
});
