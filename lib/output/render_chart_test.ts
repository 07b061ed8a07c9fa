import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { assert, assertEquals } from "../../testing/assert.ts";
import { textWidth } from "../charts/text_width.ts";
import { chartSpec } from "../charts/spec.ts";
import { pngInfo, withResolution } from "./png_metadata.ts";
import { chartToPng, chartToSvg, FONT_FILES, svgSize, svgToPng } from "./render_chart.ts";

const half = chartSpec(
  {
    lang: "fi",
    title: "Puolikas",
    subtitle: "Kahdeksan senttiä leveä.",
    description: "Kaksi pistettä.",
    printWidth: "half",
    height: 120,
  },
  {
    data: { values: [{ a: 1, b: 2 }, { a: 3, b: 1 }] },
    mark: "point",
    encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" } },
  },
);

Deno.test("a half-width chart is 8 cm wide: the SVG says so, the PNG has 945 px at 300 dpi", async () => {
  const svg = await chartToSvg(half);
  const size = svgSize(svg);
  assertEquals([size.width, size.widthCm], [302, 8]);
  assert(size.heightCm! > 2 && size.heightCm! < 8, `${size.heightCm} cm high`);
  const png = svgToPng(svg);
  const info = pngInfo(png);
  assertEquals(info.width, 945);
  assertEquals(info.height, Math.round(size.heightCm! / 2.54 * 300));
  assertEquals(info.pixelsPerMetre, { x: 11811, y: 11811 });
  // The pHYs chunk does not spoil the image: a PNG reader reads it, pixels and all.
  const image = PNG.sync.read(Buffer.from(png));
  assertEquals([image.width, image.height], [info.width, info.height]);
  assertEquals(pngInfo(await chartToPng(half)).width, 945);
});

Deno.test("an SVG names its title and description, and keeps no hidden label", async () => {
  const svg = await chartToSvg(half);
  assert(svg.includes("<title>Puolikas</title><desc>Kaksi pistettä.</desc>"), svg.slice(0, 400));
  assert(!/opacity="0"/.test(svg.match(/<text[^>]*>/g)!.join("")), "no invisible text");
  assert(!svg.includes("aria-") && !svg.includes("Title text"), "no ARIA texts, which Vega writes in English");
});

Deno.test("an explicit scale draws the PNG at that many pixels per SVG pixel, and says its resolution", async () => {
  const svg = await chartToSvg(half);
  // 8 cm at 96 px an inch, twice.
  const info = pngInfo(svgToPng(svg, { scale: 2 }));
  assertEquals(info.width, 605);
  assertEquals(info.pixelsPerMetre!.x, Math.round(605 / 0.08));
  const pixels = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><rect width="10" height="5"/></svg>';
  assertEquals(pngInfo(svgToPng(pixels)), { width: 20, height: 10, pixelsPerMetre: null });
});

Deno.test("withResolution replaces an existing resolution rather than adding a second", () => {
  const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="2cm" height="1cm"></svg>');
  const again = withResolution(withResolution(png, 150), 300);
  assertEquals(pngInfo(again).pixelsPerMetre, { x: 11811, y: 11811 });
  assertEquals(again.length, png.length);
  assertEquals(new TextDecoder("latin1").decode(again).split("pHYs").length, 2);
});

Deno.test("the text widths Vega is given are the widths resvg draws with the same font", () => {
  for (
    const [text, bold] of [["Osallistujien toteutumisaste hankkeittain", true], ["1\u00A0000\u00A0000", false], [
      "Kemi-Tornio alueen maahanmuuttajaväestön aktiivinen työllistyminen",
      false,
    ]] as const
  ) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="40"><text x="0" y="30" ` +
      `font-family="DejaVu Sans" font-size="11px"${bold ? ' font-weight="bold"' : ""}>${text}</text></svg>`;
    const drawn = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false } }).getBBox()!.width;
    const measured = textWidth(text, { fontSize: 11, bold });
    // The ink is a little narrower than the advance widths (side bearings, kerning): never wider.
    assert(measured >= drawn && measured - drawn < 2 + 0.015 * drawn, `${text}: measured ${measured}, drawn ${drawn}`);
  }
});
