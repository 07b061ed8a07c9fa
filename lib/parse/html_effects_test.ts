/**
 * What a page's effects hide as a browser on a computer's screen shows it: `filter: opacity(0)` and a transform that
 * scales to nothing hide an element with all it holds, as `opacity: 0` does.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's actual public funding read from its page with the row's `dd` as given and `css` added to its sheet. */
export function read(dd: string, css = ""): { value: number | null; problems: [string, string | undefined][] } {
  const r = readStyledPage(dd, css);
  return { value: r.actual, problems: r.problems.map((problem) => [problem.code, problem.detail]) };
}

/** A hidden 614 153 beside a shown 999 999: only the shown one is read. */
const beside = (hidden: string) => `<dd><span ${hidden}>614&nbsp;153</span> 999&nbsp;999</dd>`;

Deno.test("htmlToText: filter: opacity(0) hides an element with all it holds, as opacity: 0 does", () => {
  // Before: 614 153, hidden by filter: opacity(0), was read beside the shown 999 999 as 614 153 999 999.
  for (
    const [dd, css] of [
      [beside('style="filter: opacity(0)"'), ""],
      [beside('style="filter: blur(1px) opacity(0%)"'), ""],
      [beside('class="himmea"'), ".himmea { filter: opacity(0.0) }"],
      [
        '<dd><span class="himmea"><b style="filter: none">614&nbsp;153</b></span> 999&nbsp;999</dd>',
        ".himmea { filter: opacity(0) }",
      ],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  // A filter that shows, or one that undoes it in the cascade: read.
  for (
    const [dd, css] of [
      ['<dd style="filter: opacity(0.5)">614&nbsp;153</dd>', ""],
      ['<dd class="himmea" style="filter: none">614&nbsp;153</dd>', ".himmea { filter: opacity(0) }"],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
});

Deno.test("htmlToText: a transform that scales to nothing hides an element with all it holds; a transform after it undoes it", () => {
  // Before: 614 153, scaled to nothing, was read beside the shown 999 999 as 614 153 999 999.
  for (
    const [dd, css] of [
      [beside('style="transform: scale(0)"'), ""],
      [beside('style="transform: scale(0, 0)"'), ""],
      [beside('style="transform: translate(1px) scaleX(0)"'), ""],
      [beside('style="transform: scaleY(0.0)"'), ""],
      [beside('style="scale: 0"'), ""],
      [beside('style="scale: 1 0"'), ""],
      [beside('class="pois"'), ".pois { transform: scale(0) }"],
      [
        '<dd><span class="pois"><b style="transform: none">614&nbsp;153</b></span> 999&nbsp;999</dd>',
        ".pois { transform: scale(0) }",
      ],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  for (
    const [dd, css] of [
      ['<dd style="transform: scale(1.5)">614&nbsp;153</dd>', ""],
      ['<dd style="scale: 0.5 1">614&nbsp;153</dd>', ""],
      ['<dd class="pois" style="scale: none">614&nbsp;153</dd>', ".pois { scale: 0 }"],
      ['<dd style="transform: scale(0.5, 1)">614&nbsp;153</dd>', ""],
      ['<dd class="pois" style="transform: rotate(2deg)">614&nbsp;153</dd>', ".pois { transform: scale(0) }"],
      ['<dd class="pois auki">614&nbsp;153</dd>', ".pois { transform: scale(0) } .pois.auki { transform: none }"],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
});

Deno.test("htmlToText: content-visibility: hidden hides what the element holds, whatever its descendants say", () => {
  // Before: 614 153, whose element's content the page hides, was read beside the shown 999 999: null.
  for (
    const [dd, css] of [
      [beside('style="content-visibility: hidden"'), ""],
      [beside('class="kiinni"'), ".kiinni { content-visibility: hidden }"],
      [
        '<dd><span class="kiinni"><b style="content-visibility: visible">614&nbsp;153</b></span> 999&nbsp;999</dd>',
        ".kiinni { content-visibility: hidden }",
      ],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  for (
    const [dd, css] of [
      ['<dd style="content-visibility: auto">614&nbsp;153</dd>', ""],
      [
        '<dd class="kiinni auki">614&nbsp;153</dd>',
        ".kiinni { content-visibility: hidden } .auki { content-visibility: visible }",
      ],
      // Its own box is shown: a descendant's content-visibility hides only within it.
      ['<dd style="content-visibility: hidden"></dd><dd>614&nbsp;153</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
  // A rule a saved page cannot answer that may show what it holds: [?], said with the rule.
  const rule = ".kiinni:target { content-visibility: visible }";
  assertEquals(read('<dd class="kiinni">614&nbsp;153</dd>', `.kiinni { content-visibility: hidden } ${rule}`), {
    value: null,
    problems: [["doubtful_showing", rule]],
  });
  // The value of a label whose text the page hides is no value of it.
  const label = read(
    '<dd>614&nbsp;153</dd><dt style="content-visibility: hidden">Muu</dt><dd>999&nbsp;999</dd>',
  );
  assertEquals(label.value, 614153);
});

Deno.test("htmlToText: the font shorthand with a size of 0 hides text as font-size: 0 does, inherited", () => {
  // Before: 614 153, printed at font: 0/0 a, was read beside the shown 999 999: null.
  for (
    const [dd, css] of [
      [beside('style="font: 0/0 a"'), ""],
      [beside('style="font: 0 sans-serif"'), ""],
      [beside('style="font: italic bold 0px/1.2 Arial, sans-serif"'), ""],
      [beside('class="pieni"'), ".pieni { font: 0/0 a }"],
      ['<dd><span class="pieni"><b>614&nbsp;153</b></span> 999&nbsp;999</dd>', ".pieni { font: 0/0 a }"],
      ['<dd><span style="font: 0/0 a"><b style="font-size: 1.5em">614&nbsp;153</b></span> 999&nbsp;999</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  for (
    const [dd, css] of [
      ['<dd style="font: 700 12px/1 Arial">614&nbsp;153</dd>', ""],
      ['<dd style="font: small-caps 1rem serif">614&nbsp;153</dd>', ""],
      ['<dd class="pieni" style="font: 12px Arial">614&nbsp;153</dd>', ".pieni { font-size: 0 }"],
      ['<dd style="font: 0/0 a">999&nbsp;999 <span style="font: 14px Arial">614&nbsp;153</span></dd>', ""],
      ['<dd style="font-size: 0">999&nbsp;999 <span style="font: caption">614&nbsp;153</span></dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
});

Deno.test("htmlToText: the hidden attribute hides as the browser's own display: none, which any display of the page's undoes", () => {
  // Before: the hidden attribute hid the element whatever the page's style said, and 614 153, which the page shows
  // by display: block, was null.
  for (
    const [dd, css] of [
      ['<dd hidden style="display: block">614&nbsp;153</dd>', ""],
      ['<dd hidden class="auki">614&nbsp;153</dd>', ".auki { display: block }"],
      ["<dd hidden>614&nbsp;153</dd>", "[hidden] { display: inline-block }"],
      ['<dd hidden style="display: initial">614&nbsp;153</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 614153, problems: [] }, dd);
  for (
    const [dd, css] of [
      [beside("hidden"), ""],
      [beside('hidden style="display: revert"'), ""],
      [beside('hidden class="auki"'), ".auki { display: block } span.auki { display: none }"],
      [beside('hidden="until-found" style="display: block"'), ""],
      ['<dd><span hidden><b style="display: block">614&nbsp;153</b></span> 999&nbsp;999</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  // A rule a saved page cannot answer that may show it: [?], said with the rule.
  const rule = ".auki:target { display: block }";
  assertEquals(read('<dd hidden class="auki">614&nbsp;153</dd>', rule), {
    value: null,
    problems: [["doubtful_showing", rule]],
  });
});

Deno.test("htmlToText: a rule a saved page cannot answer that may undo a clip's clip or its position is [?], said with the rule", () => {
  // Before: the clipped 614 153 was left out without a word, though the page may show it: null, no problem said.
  const sheet = ".piiloon { position: absolute; clip: rect(0 0 0 0) }";
  for (const rule of [".piiloon:target { clip: auto }", ".piiloon:target { position: static }"]) {
    assertEquals(read('<dd class="piiloon">614&nbsp;153</dd>', `${sheet} ${rule}`), {
      value: null,
      problems: [["doubtful_showing", rule]],
    }, rule);
  }
});

Deno.test("htmlToText: what the page moves off the screen, or into a box of nothing whose overflow it hides, is hidden", () => {
  // Before: 614 153, moved off the screen beside a shown 999 999, was read as '614 153 999 999': null.
  for (
    const [dd, css] of [
      [beside('style="display: block; text-indent: -9999px"'), ""],
      ['<dd><div style="text-indent: -9999px">614&nbsp;153</div> 999&nbsp;999</dd>', ""],
      ['<dd><div class="pois"><b>614&nbsp;153</b></div> 999&nbsp;999</dd>', ".pois { text-indent: -100em }"],
      [beside('style="position: absolute; left: -9999px"'), ""],
      [beside('class="pois"'), ".pois { position: fixed; top: -10000px }"],
      [beside('style="display: block; width: 0; overflow: hidden"'), ""],
      [beside('style="position: absolute; width: 1px; height: 1px; overflow: hidden"'), ""],
      ['<dd><div style="height: 0; overflow: hidden">614&nbsp;153</div> 999&nbsp;999</dd>', ""],
      // A collapsed panel.
      ['<dd><div class="paneeli">614&nbsp;153</div> 999&nbsp;999</dd>', ".paneeli { max-height: 0; overflow: hidden }"],
      ['<dd><div style="max-width: 0; overflow: hidden">614&nbsp;153</div> 999&nbsp;999</dd>', ""],
    ] as const
  ) assertEquals(read(dd, css), { value: 999999, problems: [] }, dd);
  for (
    const [dd, css] of [
      // An indent, a width or a height applies to no inline element; a left or top to none not positioned.
      [beside('style="text-indent: -9999px"'), ""],
      [beside('style="width: 0; overflow: hidden"'), ""],
      [beside('style="left: -9999px"'), ""],
      [beside('style="position: relative; left: -9999px"'), ""],
      [beside('style="display: block; text-indent: -20px"'), ""],
      [beside('style="display: block; width: 0"'), ""],
      [
        '<dd><span class="paneeli auki">614&nbsp;153</span> 999&nbsp;999</dd>',
        ".paneeli { display: block; max-height: 0; overflow: hidden } .auki { max-height: 40em }",
      ],
      [beside('class="pois"'), ".pois { position: absolute; left: -9999px } span.pois { left: 0 }"],
    ] as const
  ) assertEquals(read(dd, css), { value: null, problems: [] }, dd);
  // A rule a saved page cannot answer that may make it a block: [?], said with the rule.
  const rule = ".pois:target { display: block }";
  assertEquals(read(beside('class="pois" style="text-indent: -9999px"'), rule), {
    value: null,
    problems: [["doubtful_hiding", rule]],
  });
});

Deno.test("htmlToText: an indent off the screen hides a block's first line only: one that holds more lines is [?], said on its line", () => {
  // Before: the whole block was left out without a word, though its second line, 614 153, is on the screen: null.
  for (
    const dd of [
      '<dd style="text-indent: -9999px">999&nbsp;999<br>614&nbsp;153</dd>',
      '<dd style="text-indent: -9999px">999&nbsp;999<div style="text-indent: 0">614&nbsp;153</div></dd>',
    ]
  ) {
    const { value, problems } = read(dd);
    assertEquals({ value, codes: problems.map(([code]) => code) }, { value: null, codes: ["first_line_hidden"] }, dd);
  }
});

Deno.test("htmlToText: a text-indent is inherited: a block inside an inline element that sets it is moved off the screen", () => {
  // Before: the indent of an inline span hid nothing, and the div inside it, whose line a browser moves off the
  // screen, was read: 614 153.
  for (
    const [dd, css] of [
      ['<dd><span style="text-indent: -9999px"><div>614&nbsp;153</div></span></dd>', ""],
      ['<dd><span class="pois"><div><b>614&nbsp;153</b></div></span></dd>', ".pois { text-indent: -9999px }"],
    ] as const
  ) assertEquals(read(dd, css), { value: null, problems: [] }, dd);
  // A block's own indent shows its line again, inside an inline element that moves it off.
  assertEquals(
    read('<dd><span style="text-indent: -9999px"><div style="text-indent: 0">614&nbsp;153</div></span></dd>'),
    { value: 614153, problems: [] },
  );
});
