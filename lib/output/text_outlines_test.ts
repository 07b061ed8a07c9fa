import { Resvg } from "@resvg/resvg-js";
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartSpec } from "../charts/spec.ts";
import { FONT } from "../charts/theme.ts";
import { chartToSvg, FONT_FILES } from "./render_chart.ts";
import { outlineTexts } from "./text_outlines.ts";

/** A chart with what Vega writes as text: a bold title, a subtitle of two lines, labels anchored at either end,
 * a rotated axis title, Finnish letters, no-break spaces in numbers, characters escaped in XML and kerned pairs. */
const chart = chartSpec(
  {
    lang: "fi",
    title: "Toteutumisaste & rahoitus <maakunnittain>",
    subtitle: "Toteutuneet ÷ suunnitellut aloittaneet henkilöt, hankkeet joissa on henkilöitä mukana; " +
      "Yö, Tavoite, AVoin, LT-alue",
    description: "Kolme palkkia.",
    printWidth: "full",
    height: 120,
  },
  {
    data: {
      values: [
        { name: "Etelä-Pohjanmaan työllisyys", value: 1_000_000, kind: "Pääosin" },
        { name: 'Kemi-Tornio "Tavoite" 2013', value: 645_300, kind: "Muut" },
        { name: "Yöpäivystys ja äänitys", value: 12, kind: "Muut" },
      ],
    },
    mark: "bar",
    encoding: {
      y: { field: "name", type: "nominal", title: "Hanke" },
      x: { field: "value", type: "quantitative", title: "Myönnetty julkinen rahoitus, €" },
      color: { field: "kind", type: "nominal", title: "Tyyppi" },
    },
  },
);

const OPTIONS = {
  fitTo: { mode: "zoom" as const, value: 3.125 },
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT },
  background: "white",
};

Deno.test("texts drawn as outlines give the PNG resvg draws from the texts, to within rounding at glyph edges", async () => {
  const svg = await chartToSvg(chart);
  const outlined = outlineTexts(svg);
  assert(svg.match(/<text/g)!.length >= 12, `the chart has texts: ${svg.match(/<text/g)!.length}`);
  assertEquals(outlined.match(/<text/g), null, "every text outlined");
  assert(svg.includes("<tspan"), "a text of two lines");
  const [fromText, fromOutlines] = [svg, outlined].map((one) => new Resvg(one, OPTIONS).render());
  assertEquals([fromOutlines!.width, fromOutlines!.height], [fromText!.width, fromText!.height]);
  const [a, b] = [fromText!.pixels, fromOutlines!.pixels];
  let sum = 0;
  let apart = 0;
  let ink = 0;
  for (let i = 0; i < a.length; i += 4) {
    const difference = Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
    sum += difference;
    if (difference > 3 * 64) apart++;
    if (a[i]! < 128) ink++;
  }
  // A glyph set a pixel off would leave thousands of pixels far apart; rounding leaves a few faint ones.
  assertEquals(apart, 0);
  assert(sum / (a.length / 4) < 0.1, `mean difference ${sum / (a.length / 4)}`);
  assert(ink > 10_000, "there is text and ink to compare");
});

Deno.test("a text that cannot be set exactly is left for resvg; the others are outlined", () => {
  const text = (attributes: string, content: string) =>
    `<text transform="translate(5,20)" font-family="${FONT}, sans-serif" font-size="11px"${attributes}>${content}</text>`;
  const kept = [
    text(' font-style="italic"', "Vino"),
    text(' letter-spacing="2"', "Harva"),
    text("", " Välilyönti alussa"),
    text("", "Kaksi  väliä"),
    text("", "Kanji 漢"),
    text("", "&unknown; kohde"),
    `<text transform="translate(5,20)" font-family="${FONT}" font-size="1em">Em</text>`,
    `<text transform="translate(5,20)" font-family="Arial" font-size="11px">Arial</text>`,
    text("", '<tspan font-weight="bold">Lihava</tspan>'),
  ];
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">' + kept.join("") +
    text(' font-weight="bold" fill="#222222" opacity="0.8"', "Lihava &amp; tavallinen") + "</svg>";
  const outlined = outlineTexts(svg);
  for (const one of kept) assert(outlined.includes(one), one);
  assertEquals(outlined.match(/<text/g)!.length, kept.length);
  // "Lihava & tavallinen": 19 characters, two of them spaces, in bold; the group keeps the paint.
  assertEquals(outlined.match(/<use /g)!.length, 17);
  assert(outlined.includes('<g transform="translate(5,20)" fill="#222222" opacity="0.8">'), outlined);
  assert(outlined.includes('xmlns:xlink="http://www.w3.org/1999/xlink"'), "the xlink namespace declared");
  assert(/<path id="esf-glyph-b11-\d+" d="M/.test(outlined), "bold glyphs defined once");
});
