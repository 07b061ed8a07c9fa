/**
 * Text of its background's colour (white on white: its own background, its nearest ancestor's, or the page's white
 * canvas; black on black…) is shown as nothing a reader sees, yet it is no hiding a browser applies: `[?]`, no
 * figure, with a `same_colour` warning.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { readStyledPage } from "../../testing/styled_page.ts";

/** S11547's actual public funding, its line, and the problems, with the row's `dd` as given and `css` added. */
function read(dd: string, css = "") {
  const r = readStyledPage(dd, css);
  return { value: r.actual, line: r.line, problems: r.problems.map((problem) => [problem.code, problem.line]) };
}

const SAME = { value: null, line: "Toteutunut julkinen rahoitus yhteensä: [?]", problems: [["same_colour", 211]] };
const READ = { value: 614153, line: "Toteutunut julkinen rahoitus yhteensä: 614 153", problems: [] };

/** Each `dd` (with its `css`) read as `expected`. */
function readsAs(expected: typeof SAME | typeof READ, cases: readonly (readonly [string, string])[]): void {
  for (const [dd, css] of cases) assertEquals(read(dd, css), expected, dd);
}

Deno.test("htmlToText: white text on a white background is [?], with a same_colour warning on its line", () => {
  // Before: 614 153, which the page prints white on white, was read as a figure.
  readsAs(
    SAME,
    [
      ['<dd style="color:white">614&nbsp;153</dd>', ""],
      ['<dd style="color:#fff;background-color:#ffffff">614&nbsp;153</dd>', ""],
      ['<dd class="valkoinen">614&nbsp;153</dd>', ".valkoinen { color: rgb(255, 255, 255) }"],
      ['<dd style="color:#FFFFFF"><span>614&nbsp;153</span></dd>', "dl.tiedot { background: white }"],
    ],
  );
});

Deno.test("htmlToText: white text on another background, or a descendant's own colour, is read", () => {
  readsAs(
    READ,
    [
      ['<dd style="color:white;background:#003580">614&nbsp;153</dd>', ""],
      ['<dd style="color:white">614&nbsp;153</dd>', "dl.tiedot { background-color: black }"],
      ['<dd style="color:white"><span style="color:#222">614&nbsp;153</span></dd>', ""],
      ['<dd style="color:#fffffe">614&nbsp;153</dd>', ""],
    ],
  );
});

Deno.test("htmlToText: text of its background's colour, any colour both name exactly, is [?] with a same_colour warning", () => {
  // Before: only white on white was seen: 614 153, which the page prints black on black or navy on navy, was read.
  readsAs(
    SAME,
    [
      ['<dd style="color:black;background:#000">614&nbsp;153</dd>', ""],
      ['<dd style="color:#003580">614&nbsp;153</dd>', "dl.tiedot { background-color: rgb(0, 53, 128) }"],
      ['<dd class="piilo">614&nbsp;153</dd>', ".piilo { color: navy; background: #000080 }"],
      ['<dd style="background:black"><span>614&nbsp;153</span></dd>', "body { color: #000000 }"],
      ['<dd style="color:LightGray;background-color:#D3D3D3FF">614&nbsp;153</dd>', ""],
      ['<dd style="color:rgb(34 34 34);background:#222">614&nbsp;153</dd>', ""],
    ],
  );
});

Deno.test("htmlToText: text whose colour differs from its background's, or either is not known exactly, is read", () => {
  readsAs(
    READ,
    [
      ['<dd style="color:#000;background:#010101">614&nbsp;153</dd>', ""],
      ['<dd style="color:black;background:#000 url(kuva.png)">614&nbsp;153</dd>', ""],
      ['<dd style="color:navy;background:rgba(0, 0, 128, .5)">614&nbsp;153</dd>', ""],
      ['<dd style="background:black"><span style="color:#ddd">614&nbsp;153</span></dd>', ""],
      ['<dd style="color:var(--musta);background:black">614&nbsp;153</dd>', ":root { --musta: #000 }"],
      // A link's colour is the browser's own (blue), a mark's background its own (yellow), where the page sets none.
      ['<dd style="background:#000"><a href="#">614&nbsp;153</a></dd>', "body { color: #000 }"],
      ['<dd style="color: #000; background: #000"><mark>614&nbsp;153</mark></dd>', ""],
    ],
  );
});

Deno.test("htmlToText: an hsl() or percentage rgb() colour known exactly, or one said !important, is compared: same colour is [?]", () => {
  // Before: 614 153, which the page prints black on black in these, was read as a figure.
  readsAs(
    SAME,
    [
      ['<dd style="color:hsl(0 0% 0%);background:black">614&nbsp;153</dd>', ""],
      ['<dd style="color:hsla(0, 100%, 50%, 1);background:red">614&nbsp;153</dd>', ""],
      ['<dd style="color:rgb(100% 100% 100%)">614&nbsp;153</dd>', ""],
      ['<dd style="color:black !important;background:#000">614&nbsp;153</dd>', ""],
      [
        '<dd class="piilo">614&nbsp;153</dd>',
        ".piilo { color: #000!important; background-color: hsl(0deg, 0%, 0%) !important }",
      ],
    ],
  );
});

Deno.test("htmlToText: an hsl() or percentage rgb() colour not known exactly, or half transparent, is read", () => {
  readsAs(
    READ,
    [
      ['<dd style="color:hsl(0 0% 0% / .5);background:black">614&nbsp;153</dd>', ""],
      ['<dd style="color:hsl(200 50% 50%);background:#40a0bf">614&nbsp;153</dd>', ""],
      ['<dd style="color:rgb(50% 50% 50%);background:#808080">614&nbsp;153</dd>', ""],
      ['<dd style="color:black !important;background:#010101">614&nbsp;153</dd>', ""],
    ],
  );
});
