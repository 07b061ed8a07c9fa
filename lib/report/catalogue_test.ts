/**
 * Every chart of the report, in both languages and with the programme
 * charts of the shipped 2007-2013 register, as an evaluator pastes it into
 * Word: titles of their own, PNGs at 300 dpi for their print width with no
 * blank margin, SVGs of the same size that draw text as text in fonts Word
 * has, text no smaller than 8 pt, one language per chart, and (in Chromium)
 * no text over another or under a reference line.
 */
import { PNG } from "pngjs";
import { assert, assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_CHART_NAMES, PROJECTS, REGISTER, renderReportCharts } from "../../testing/report_charts.ts";
import { chartWidth } from "../charts/layout.ts";
import { printWidthOf } from "../charts/spec.ts";
import { textWidth } from "../charts/text_width.ts";
import { FONT_FAMILY, FONT_SIZES, PRINT_WIDTHS } from "../charts/theme.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { type Language, LANGUAGES, type Message } from "../i18n/mod.ts";
import { STATUS_LABELS } from "../i18n/statuses.ts";
import { pngInfo } from "../output/png_metadata.ts";
import { svgSize } from "../output/render_chart.ts";
import type { CatalogueChart } from "./catalogue.ts";

const RENDERED = await renderReportCharts();

const titleOf = (chart: CatalogueChart) => {
  const text = (chart.spec.title as { text: string | string[] }).text;
  return Array.isArray(text) ? text.join(" ") : text;
};

Deno.test("the report draws every chart, programme and analysis charts included, in both languages", () => {
  const names = RENDERED.filter((c) => c.lang === "fi").map((c) => c.name);
  assertEquals(names, [
    "projects-timeline",
    "participants-realisation",
    "participants-planned-actual",
    "participants-women-share",
    "funding-utilisation",
    "funding-utilisation-eu-state",
    "funding-vs-participants",
    "summary-by-period",
    "summary-by-region",
    "programme-utilisation-2007-2013",
    "programme-by-section-2007-2013",
    "programme-by-axis-2007-2013",
    "programme-utilisation-2014-2020",
    "programme-by-axis-2014-2020",
    ...ANALYSIS_CHART_NAMES,
  ]);
  assertEquals(RENDERED.filter((c) => c.lang === "en").map((c) => c.name), names);
});

Deno.test("every chart of the report has a title of its own, in each language", () => {
  for (const lang of LANGUAGES) {
    const titles = RENDERED.filter((c) => c.lang === lang).map(titleOf);
    assertEquals(new Set(titles).size, titles.length, `${lang}: ${titles.join(" | ")}`);
  }
  const fi = Object.fromEntries(RENDERED.filter((c) => c.lang === "fi").map((c) => [c.name, titleOf(c)]));
  assertEquals(
    fi["summary-by-period"],
    "Osallistujien toteutumisaste ja julkisen rahoituksen käyttöaste ohjelmakausittain",
  );
  assertEquals(
    fi["summary-by-region"],
    "Osallistujien toteutumisaste ja julkisen rahoituksen käyttöaste maakunnittain",
  );
  // The register's charts say they are the register's, not the corpus'.
  assertEquals(
    fi["programme-by-section-2007-2013"],
    "Julkisen sekä EU- ja valtion rahoituksen käyttöaste ohjelman osioittain EURA-rekisterin ESR-hankkeissa (2007–2013)",
  );
  assertEquals(
    fi["programme-by-axis-2014-2020"],
    "Julkisen rahoituksen käyttöaste toimintalinjoittain EURA-rekisterin ESR-hankkeissa (2014–2020)",
  );
  assertEquals(
    fi["programme-utilisation-2007-2013"],
    "Julkisen rahoituksen käyttöasteen jakauma EURA-rekisterin ESR-hankkeissa (2007–2013)",
  );
  const en = Object.fromEntries(RENDERED.filter((c) => c.lang === "en").map((c) => [c.name, titleOf(c)]));
  assertEquals(
    en["programme-by-axis-2007-2013"],
    "Public and EU and state funding utilisation by priority axis in the EURA register's ESF projects (2007–2013)",
  );
  assertEquals(
    en["programme-utilisation-2014-2020"],
    "Distribution of public funding utilisation in the EURA register's ESF projects (2014–2020)",
  );
  assertEquals(fi["regions-map-realisation"], "Osallistujien toteutumisaste maakunnittain");
  assertEquals(fi["themes-projects"], "Hankkeita teemoittain ja ohjelmakausittain");
});

Deno.test("every title fits the chart's width: a long one wraps, the programme period included", () => {
  for (const chart of RENDERED) {
    const lines = [(chart.spec.title as { text: string | string[] }).text].flat();
    const { inner } = chartWidth(printWidthOf(chart.spec));
    for (const line of lines) {
      const width = textWidth(line, { fontSize: FONT_SIZES.title, bold: true });
      assert(width <= inner, `${chart.name} (${chart.lang}): "${line}" is ${Math.round(width)} px of ${inner}`);
    }
  }
  const fi = RENDERED.find((c) => c.lang === "fi" && c.name === "programme-by-axis-2007-2013")!;
  assertEquals((fi.spec.title as { text: string[] }).text.at(-1), "EURA-rekisterin ESR-hankkeissa (2007–2013)");
});

Deno.test("an English chart names the regions in English, as the region map does", () => {
  const en = (name: string) => RENDERED.find((c) => c.lang === "en" && c.name === name)!;
  const values = (name: string, field: string) =>
    (en(name).spec as { data: { values: Record<string, string>[] } }).data.values.map((row) => row[field]);
  assertEquals(
    new Set(values("summary-by-region", "group")),
    new Set(["Kainuu", "Central Finland", "Lapland", "North Savo"]),
  );
  assertEquals(values("projects-timeline", "region").toSorted(), [
    "Central Finland",
    "Kainuu",
    "Lapland",
    "North Savo",
    "North Savo",
  ]);
  const fi = RENDERED.find((c) => c.lang === "fi" && c.name === "summary-by-region")!;
  assert(fi.svg.includes("Pohjois-Savo") && !fi.svg.includes("North Savo"), "Finnish names in the Finnish chart");
});

Deno.test("a programme chart names every priority axis, not only those of the corpus' projects", () => {
  for (const chart of RENDERED.filter((c) => c.name.startsWith("programme-by-axis"))) {
    const groups = (chart.spec as { data: { values: { group: string }[] } }).data.values.map((row) => row.group);
    const bare = groups.filter((group) => /^(Toimintalinja|Priority axis) \d+$/.test(group));
    assertEquals(bare, [], `${chart.name} (${chart.lang})`);
  }
  const fi = RENDERED.find((c) => c.lang === "fi" && c.name === "programme-by-axis-2007-2013")!;
  const groups = (fi.spec as { data: { values: { group: string }[] } }).data.values.map((row) => row.group);
  assert(groups.includes("5 Tekninen tuki"), groups.join(" | "));
});

Deno.test("an English programme chart names the priority axes in English: by number and the theme of the crosswalk", () => {
  for (const chart of RENDERED.filter((c) => c.lang === "en" && c.name.startsWith("programme-by-axis"))) {
    const groups = (chart.spec as { data: { values: { group: string }[] } }).data.values.map((row) => row.group);
    const bad = groups.filter((group) => !/^Priority axis \d+: [A-Z][a-z ]+$/.test(group.replaceAll("\n", " ")));
    assertEquals(bad, [], chart.name);
  }
  const axes = (RENDERED.find((c) => c.lang === "en" && c.name === "programme-by-axis-2014-2020")!.spec as {
    data: { values: { group: string }[] };
  }).data.values.map((row) => row.group.replaceAll("\n", " "));
  assert(axes.includes("Priority axis 3: Employment"), axes.join(" | "));
});

/** The share of the image's columns left and right of all ink (anything not near white), and of its rows below it. */
function blankShares(png: Uint8Array): { left: number; right: number; bottom: number } {
  const image = PNG.sync.read(Buffer.from(png));
  const inked = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return image.data[i]! < 235 || image.data[i + 1]! < 235 || image.data[i + 2]! < 235;
  };
  const columns = Array.from({ length: image.width }, (_, x) => {
    for (let y = 0; y < image.height; y++) if (inked(x, y)) return true;
    return false;
  });
  let lastRow = image.height - 1;
  while (lastRow > 0 && !Array.from({ length: image.width }, (_, x) => inked(x, lastRow)).some(Boolean)) lastRow--;
  return {
    left: columns.indexOf(true) / image.width,
    right: (image.width - 1 - columns.lastIndexOf(true)) / image.width,
    bottom: (image.height - 1 - lastRow) / image.height,
  };
}

Deno.test("every PNG is 300 dpi at its print width, says so, and has no blank margin", () => {
  for (const chart of RENDERED) {
    const where = `${chart.name} (${chart.lang})`;
    const { cm } = PRINT_WIDTHS[printWidthOf(chart.spec)];
    const info = pngInfo(chart.png);
    assertEquals(info.width, Math.round(cm / 2.54 * 300), `${where}: ${cm} cm at 300 dpi`);
    assertEquals(info.pixelsPerMetre, { x: 11811, y: 11811 }, `${where}: pHYs`);
    // Vega's padding is 4 of 605 px (0.7 %); before autosize and real text widths, 15–35 % was blank.
    const blank = blankShares(chart.png);
    assert(blank.left <= 0.012, `${where}: ${(blank.left * 100).toFixed(1)} % of the width blank on the left`);
    assert(blank.right <= 0.012, `${where}: ${(blank.right * 100).toFixed(1)} % of the width blank on the right`);
    const bottom = blank.bottom * info.height / 300 * 25.4;
    assert(bottom <= 1.5, `${where}: ${bottom.toFixed(1)} mm blank at the bottom`);
  }
  const widths = new Set(RENDERED.map((c) => pngInfo(c.png).width));
  assertEquals(widths, new Set([1890]), "every chart of the report is printed full width");
});

Deno.test("every SVG has the PNG's size on paper and draws text as text in fonts Word has, at 8 pt or more", () => {
  for (const chart of RENDERED) {
    const where = `${chart.name} (${chart.lang})`;
    const size = svgSize(chart.svg);
    const png = pngInfo(chart.png);
    assertEquals(size.widthCm, PRINT_WIDTHS[printWidthOf(chart.spec)].cm, where);
    assert(Math.abs(size.heightCm! - png.height / 300 * 2.54) < 0.01, `${where}: ${size.heightCm} cm high`);
    assert(!/<style|style="|<foreignObject|<image|@font-face/.test(chart.svg), `${where}: no CSS, no embedded content`);
    const texts = [...chart.svg.matchAll(/<text\b([^>]*)>/g)].map((m) => m[1]!);
    assert(texts.length > 10, `${where}: texts are text`);
    const cmPerPixel = size.widthCm! / size.width;
    for (const attributes of texts) {
      assertEquals(attributes.match(/font-family="([^"]*)"/)?.[1], FONT_FAMILY, `${where}: ${attributes}`);
      const pixels = Number(attributes.match(/font-size="([\d.]+)px"/)?.[1]);
      const points = pixels * cmPerPixel / 2.54 * 72;
      assert(points >= 8, `${where}: a text of ${points.toFixed(2)} pt`);
    }
  }
});

/** The labels of each axis and legend of an SVG, group by group. */
function labelGroups(svg: string): string[][] {
  return [...svg.matchAll(/<g class="mark-text role-(?:axis|legend)-label"[^>]*>(.*?)<\/g>/gs)].map((group) =>
    [...group[1]!.matchAll(/<text\b[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!)
  );
}

Deno.test("no axis or legend writes a label twice (a count ticked at 0.5 shows as 0, 0, 1, 1)", () => {
  for (const chart of RENDERED) {
    for (const labels of labelGroups(chart.svg)) {
      assertEquals(labels.filter((l, i) => labels.indexOf(l) !== i), [], `${chart.name} (${chart.lang}): ${labels}`);
    }
  }
});

/** The words (4 letters or more) of a catalogue's fixed texts in one language. */
function labelWords(catalogues: Record<string, Message>[]): Set<string> {
  return new Set(
    catalogues.flatMap((catalogue) => Object.values(catalogue))
      .filter((message): message is string => typeof message === "string")
      .flatMap(words),
  );
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}']{4,}/gu) ?? [];

/** Words the data brings, in whichever language: project names, regions, programme sections, priority axes. */
const DATA_WORDS = new Set(
  [PROJECTS, REGISTER].flatMap((frame) =>
    ["name", "regions", "programme_section", "priority_axis"].filter((c) => frame.columns.includes(c))
      .flatMap((column) => frame.getColumn(column).toArray().flat().flatMap((value) => words(String(value ?? ""))))
  ),
);

/** What a chart says in words, less the data's: every text it draws, its title and its description. */
function chartWords(svg: string): string[] {
  const texts = [...svg.matchAll(/<(text|title|desc)\b[^>]*>(.*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, " "));
  return words(texts.join(" ")).filter((word) => !DATA_WORDS.has(word));
}

Deno.test("one language per chart: no Finnish label in an English chart, no English label in a Finnish one", () => {
  const fi = labelWords([CHART_TEXT.fi, STATUS_LABELS.fi, ANALYSIS_TEXT.fi, ANALYSIS_NAMES.fi]);
  const en = labelWords([CHART_TEXT.en, STATUS_LABELS.en, ANALYSIS_TEXT.en, ANALYSIS_NAMES.en]);
  const finnishOnly = new Set([...fi].filter((word) => !en.has(word)));
  const englishOnly = new Set([...en].filter((word) => !fi.has(word)));
  assert(
    finnishOnly.has("toteutunut") && finnishOnly.has("päättynyt") && englishOnly.has("ended"),
    "the lists hold labels",
  );
  for (const chart of RENDERED) {
    const other = chart.lang === "en" ? finnishOnly : englishOnly;
    const found = chartWords(chart.svg).filter((word) => other.has(word));
    assertEquals(found, [], `${chart.name} (${chart.lang})`);
  }
  const active = RENDERED.find((c) => c.name === "funding-utilisation" && c.lang === "en")!;
  assert(active.svg.includes("Active (interim figure)") && !active.svg.includes("Käynnissä"), "statuses in English");
});

Deno.test("Finnish charts write numbers and units the Finnish way", () => {
  const svg = (name: string, lang: Language) => RENDERED.find((c) => c.name === name && c.lang === lang)!.svg;
  assert(
    svg("programme-utilisation-2007-2013", "fi").includes("ESR, 2\u00A0775 hanketta"),
    "2 775 with a no-break space",
  );
  assert(svg("programme-utilisation-2007-2013", "en").includes("ESF, 2,775 projects"), "the fund in English");
  assert(svg("participants-realisation", "fi").includes(">59,8\u00A0%<"), "decimal comma, space before %");
  assert(svg("funding-vs-participants", "fi").includes(">1\u00A0000\u00A0000<"), "grouped by threes");
  assert(svg("funding-vs-participants", "fi").includes("Toteutunut julkinen rahoitus (€)"), "the unit on the axis");
  assert(svg("funding-vs-participants", "fi").includes(">5\u00A0000\u00A0€<"), "euros after the number");
  assert(svg("participants-planned-actual", "fi").includes("Suunnitellut osallistujat (henkilöä)"));
  assert(svg("participants-planned-actual", "en").includes("Planned participants (persons)"));
  assert(
    svg("programme-by-axis-2007-2013", "fi").includes("4 Jäsenvaltioiden ja alueiden välinen yhteistyö"),
    "axes named",
  );
  assert(svg("summary-by-region", "fi").includes(">Pohjois-Savo<"), "regions named");
  assert(svg("participants-realisation", "fi").includes("Maahanmuuttajien osaaminen… (S11547)"), "projects named");
  assert(svg("regions-map-realisation", "fi").includes(">69,0\u00A0%<"), "Pohjois-Savo: 203 / 294");
  assert(
    svg("regions-map-realisation", "en").includes(">North Savo<"),
  );
  assert(svg("costs-per-result", "fi").includes(">7\u00A0826\u00A0€ (n = 3)<"), "2 214 728 € ÷ 283");
  assert(
    svg("costs-per-result", "fi").includes(">€ / tulos (logaritminen asteikko)<"),
    "the unit and the scale on the axis",
  );
  assert(svg("distributions-costs", "en").includes(">€ per participant (n = 3)<"), "results named, not codes");
  assert(svg("themes-projects", "fi").includes(">Kansainvälinen yhteistyö<"), "themes named");
  assert(svg("distributions-ratios", "fi").includes("harmaa piste: hanke"), "the strip's dots explained");
});

Deno.test("the 2007-2013 programme's sections are named in the chart's language", () => {
  const svg = (lang: Language) =>
    RENDERED.find((c) => c.name === "programme-by-section-2007-2013" && c.lang === lang)!.svg;
  for (const name of ["Southern Finland section", "Eastern Finland section", "National section"]) {
    assert(svg("en").includes(`>${name}<`), name);
  }
  assert(!svg("en").includes("suuralueosio") && svg("fi").includes(">Etelä-Suomen suuralueosio<"));
});
