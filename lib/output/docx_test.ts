import { tempDir } from "../../testing/temp.ts";
import { Buffer } from "node:buffer";
import { PNG } from "pngjs";
import type { TopLevelSpec } from "vega-lite";
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { chartToSvg, svgToPng } from "./render_chart.ts";
import { FIGURE_MAX_HEIGHT_CM, pngSize, type WordReport, wordReportBytes } from "./docx.ts";
import {
  libreOfficeConvert,
  paragraphTexts,
  PDFTOPPM,
  PDFTOTEXT,
  run,
  SOFFICE,
  tableCells,
  unzip,
  utf8,
} from "../../testing/office.ts";

/** Vega-Lite's default bar colour, #4c78a8: how the rendered page shows where the chart is. */
const BAR = [0x4c, 0x78, 0xa8];

const SPEC: TopLevelSpec = {
  width: 520,
  height: 220,
  data: {
    values: [
      { project: "S11547", realisation: 119 / 199 },
      { project: "S22254", realisation: 0.71 },
      { project: "S20345", realisation: 1.12 },
    ],
  },
  mark: "bar",
  encoding: {
    y: { field: "project", type: "nominal", title: "Hanke" },
    x: { field: "realisation", type: "quantitative", title: "Osallistujien toteuma", axis: { format: ".0%" } },
  },
};

const TABLE_HEADER = ["Hanke", "Erityistavoite", "Suunniteltu julkinen rahoitus", "Osallistujien toteuma"];

let chart: { svg: string; png: Uint8Array } | undefined;
async function rendered(): Promise<{ svg: string; png: Uint8Array }> {
  if (!chart) {
    const svg = await chartToSvg(SPEC);
    chart = { svg, png: svgToPng(svg, { scale: 2 }) };
  }
  return chart;
}

async function report(lang: "fi" | "en" = "fi"): Promise<WordReport> {
  const { svg, png } = await rendered();
  return {
    lang,
    title: "ESR-hankkeiden arviointi & <vertailu>",
    subtitle: "Pohjois-Savo ja Keski-Suomi 2007–2020",
    generatedAt: "2026-11-05T10:00:00Z",
    sections: [
      {
        heading: "Osallistujat",
        content: [
          { type: "paragraph", text: "Hankkeet saavuttivat osallistujatavoitteensa vaihtelevasti.\nToinen rivi." },
          {
            type: "figure",
            title: "Osallistujien toteuma hankkeittain",
            caption: "Lähde: ESR-hankekuvaukset (n = 3).",
            png,
            svg,
            widthCm: 16,
          },
          {
            type: "table",
            caption: "Rahoitus hankkeittain",
            header: TABLE_HEADER,
            rows: [["S11547", "4", 645300, "59,8 %"], ["S22254", "6.1", null, null], ["=1+1", "-", 0.5, "100,0 %"]],
          },
        ],
      },
      {
        heading: "Pienempi kuvio",
        level: 2,
        content: [{ type: "figure", title: "Sama puolella leveydellä", caption: "", png, widthCm: 8 }],
      },
    ],
  };
}

Deno.test("wordReportBytes: captions, a real table, the chart at 16 cm with its PNG and SVG", async () => {
  const { svg, png } = await rendered();
  const files = await unzip(await wordReportBytes(await report()));
  const document = utf8(files["word/document.xml"]!);
  const paragraphs = paragraphTexts(document);

  // title page, escaped
  assert(document.includes("ESR-hankkeiden arviointi &amp; &lt;vertailu&gt;"));
  assert(paragraphs.includes("Laadittu 5.11.2026"));

  // captions in the Caption style with SEQ fields, above; the figure's note below the picture
  const figureCaption = paragraphs.indexOf("Kuvio 1. Osallistujien toteuma hankkeittain");
  assert(figureCaption >= 0, paragraphs.join("\n"));
  assertEquals(paragraphs[figureCaption + 2], "Lähde: ESR-hankekuvaukset (n = 3).");

  // every drawing has an id of its own (docx 9.7.2 writes id="1" for each; dolanmiu/docx#2719)
  assertEquals([...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => match[1]), ["1", "2"]);
  assert(paragraphs.includes("Taulukko 1. Rahoitus hankkeittain"));
  assert(paragraphs.includes("Kuvio 2. Sama puolella leveydellä"));
  assertEquals(document.match(/<w:pStyle w:val="Caption"\/>/g)?.length, 3);
  assert(document.includes('<w:fldSimple w:instr="SEQ Kuvio \\* ARABIC"><w:r><w:t xml:space="preserve">2</w:t>'));
  assert(document.includes('<w:fldSimple w:instr="SEQ Taulukko \\* ARABIC">'));
  const captionAt = document.indexOf("Osallistujien toteuma hankkeittain</w:t>");
  assert(captionAt < document.indexOf("<w:drawing>"), "the figure caption is above the figure");
  assert(document.indexOf("Rahoitus hankkeittain</w:t>") < document.indexOf("<w:tbl>"), "the table caption is above");

  // one real table: header row repeated on each page, bold, numbers right-aligned and in Finnish
  assertEquals(document.match(/<w:tbl>/g)?.length, 1);
  assertEquals(tableCells(document), [
    TABLE_HEADER,
    ["S11547", "4", "645\u00a0300", "59,8 %"],
    ["S22254", "6.1", "–", "–"],
    ["=1+1", "-", "0,5", "100,0 %"],
  ]);
  const [headerRow, firstRow] = [...document.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) => row);
  assert(headerRow!.includes("<w:tblHeader/>") && headerRow!.includes("<w:b/>"));
  assertEquals(
    [...firstRow!.matchAll(/<w:jc w:val="(\w+)"\/>/g)].map((match) => match[1]),
    ["left", "left", "right", "right"],
  );
  assert(document.includes('<w:tblW w:type="dxa" w:w="9070"/>'));
  const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
  assertEquals(grid.reduce((sum, width) => sum + width, 0), 9070, "the table fits the 16 cm text width");
  assert(document.includes('<w:insideV w:val="single"'));
  // Each cell says only what is its own: its margins are the table's, its spacing and 9-point size its style's.
  assert(document.includes('<w:tblCellMar><w:top w:type="dxa" w:w="40"/>'), "the table's cell margins");
  assertEquals(document.match(/<w:tbl>.*<\/w:tbl>/s)![0].match(/<w:tcMar>|<w:sz |<w:spacing /g), null);
  assertEquals(document.match(/<w:pStyle w:val="TableText"\/>/g)?.length, 4 * 4);
  assert(
    /<w:style w:type="paragraph" w:styleId="TableText">.*<w:spacing w:after="0" w:before="0"\/>.*<w:sz w:val="18"\/>/
      .test(utf8(files["word/styles.xml"]!)),
  );

  // the pictures: 16 cm = 5 760 000 EMU wide, the height from the PNG's aspect ratio; 8 cm for the half
  const { width, height } = pngSize(png);
  const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) =>
    match.slice(1).map(Number)
  );
  assertEquals(extents.length, 2);
  assertEquals(extents[0]![0], 5760000);
  assert(Math.abs(extents[0]![1]! - 5760000 * height / width) <= 1, `height ${extents[0]![1]}`);
  assertEquals(extents[1]![0], 2880000);

  // media and relationships: the PNG bytes as given, the SVG beside it, both referenced
  const relationships = utf8(files["word/_rels/document.xml.rels"]!);
  const targets = new Map(
    [...relationships.matchAll(/<Relationship [^>]*Id="(\w+)"[^>]*Target="(media\/[^"]+)"/g)].map((
      m,
    ) => [m[1]!, m[2]!]),
  );
  const embedded = [...document.matchAll(/r:embed="(\w+)"/g)].map((match) => targets.get(match[1]!));
  const pngs = embedded.filter((target) => target?.endsWith(".png"));
  const svgs = embedded.filter((target) => target?.endsWith(".svg"));
  assertEquals([pngs.length, svgs.length], [2, 1]);
  for (const target of pngs) assertEquals(files[`word/${target}`], new Uint8Array(png));
  assertEquals(utf8(files[`word/${svgs[0]}`]!), svg);
  assert(document.includes("<asvg:svgBlip"));
  assert(utf8(files["[Content_Types].xml"]!).includes('Extension="svg"'));

  // page: A4, 2.5 cm margins, a title page without a number, page numbers in the footer
  assert(/<w:pgSz w:w="1190[56]" w:h="16838"/.test(document), document.match(/<w:pgSz[^>]*>/)?.[0]);
  assert(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/.test(document));
  assert(document.includes("<w:titlePg/>"));
  const footers = Object.entries(files).filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
  assert(footers.some(([, data]) => /PAGE/.test(utf8(data))), "a footer holds the PAGE field");

  // font and language
  const styles = utf8(files["word/styles.xml"]!);
  assert(styles.includes('<w:rFonts w:ascii="Calibri"'));
  assert(styles.includes('<w:lang w:val="fi-FI"/>'));
  assert(/<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"\/>/.test(styles));
});

Deno.test("wordReportBytes in English: Figure and Table labels, en-GB, the date spelt out", async () => {
  const files = await unzip(await wordReportBytes(await report("en")));
  const paragraphs = paragraphTexts(utf8(files["word/document.xml"]!));
  assert(paragraphs.includes("Figure 1. Osallistujien toteuma hankkeittain"));
  assert(paragraphs.includes("Table 1. Rahoitus hankkeittain"));
  assert(paragraphs.includes("Generated 5 November 2026"));
  assert(utf8(files["word/styles.xml"]!).includes('<w:lang w:val="en-GB"/>'));
  assertEquals(tableCells(utf8(files["word/document.xml"]!))[1], ["S11547", "4", "645,300", "59,8 %"]);
  // Made and last saved by the toolkit, not by "Un-named".
  const core = utf8(files["docProps/core.xml"]!);
  assert(
    core.includes("<dc:creator>esf-toolkit</dc:creator>") && core.includes("<cp:lastModifiedBy>esf-toolkit<"),
    core,
  );
});

Deno.test("wordReportBytes refuses a figure wider than the text or of no height, a ragged table and bytes that are no PNG", async () => {
  const base = await report();
  const withBlock = (block: WordReport["sections"][number]["content"][number]) => ({
    ...base,
    sections: [{ heading: "x", content: [block] }],
  });
  const { png } = await rendered();
  const refusals: [WordReport, RegExp][] = [
    [withBlock({ type: "figure", title: "Liian leveä", caption: "", png, widthCm: 17 }), /widthCm/],
    [withBlock({ type: "figure", title: "Nurin", caption: "", png, widthCm: 8, heightCm: -4 }), /heightCm/],
    [withBlock({ type: "figure", title: "Ei kuva", caption: "", png: new Uint8Array(40), widthCm: 8 }), /Not a PNG/],
    [withBlock({ type: "table", caption: "Vajaa", header: ["a", "b"], rows: [["1"]] }), /row 1 has 1 cells/],
  ];
  for (const [bad, message] of refusals) {
    let error: unknown;
    try {
      await wordReportBytes(bad);
    } catch (caught) {
      error = caught;
    }
    assert(error instanceof Error && message.test(error.message), `${message}: ${error}`);
  }
});

Deno.test("a figure taller than the page is set smaller, whole and in its proportions, with room for its caption", async () => {
  // 100 × 250 px at 16 cm would be 40 cm tall: the A4 page has 24.7 cm of text height.
  const tall = new PNG({ width: 100, height: 250 });
  tall.data.fill(255);
  const png = new Uint8Array(PNG.sync.write(tall));
  const files = await unzip(
    await wordReportBytes({
      lang: "fi",
      title: "t",
      generatedAt: new Date(0),
      sections: [{ heading: "h", content: [{ type: "figure", title: "Pitkä", caption: "Lähde", png, widthCm: 16 }] }],
    }),
  );
  const document = utf8(files["word/document.xml"]!);
  const [cx, cy] = document.match(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/)!.slice(1).map(Number);
  const cm = (emu: number) => emu / 360000;
  assertEquals(Number(cm(cy!).toFixed(2)), FIGURE_MAX_HEIGHT_CM);
  assertEquals(Number(cm(cx!).toFixed(2)), FIGURE_MAX_HEIGHT_CM * 100 / 250);
  assert(FIGURE_MAX_HEIGHT_CM <= 24.7 - 1.5, "a caption above and a note below fit the page with it");
});

/** A Finnish report of one table: its document.xml and the table's column widths in twips. */
async function oneTable(
  header: string[],
  rows: (string | number | null)[][],
  align?: ("left" | "right")[],
): Promise<[string, number[]]> {
  const table = { type: "table" as const, caption: "Taulukko", header, rows, ...align ? { align } : {} };
  const files = await unzip(
    await wordReportBytes({
      lang: "fi",
      title: "t",
      generatedAt: new Date(0),
      sections: [{ heading: "h", content: [table] }],
    }),
  );
  const document = utf8(files["word/document.xml"]!);
  return [document, [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))];
}

Deno.test("a table of many long columns still fits the 16 cm text width", async () => {
  const header = Array.from({ length: 14 }, (_, k) => `Sarake ${k + 1} pitkällä otsikolla`);
  const rows = [
    header.map((_, k) => k % 2 === 0 ? "Hyvin pitkä tekstisolu, joka rivittyy useammalle riville" : 1234567.891),
  ];
  const [document, grid] = await oneTable(header, rows);
  assertEquals(grid.length, 14);
  assertEquals(grid.reduce((sum, width) => sum + width, 0), 9070);
  assert(grid.every((width) => width >= 600), grid.join(" "));
  assertEquals(tableCells(document)[1]![1], "1\u00a0234\u00a0567,89");
});

Deno.test("a crowded table keeps a business ID and the figures whole, and squeezes the headers' words instead", async () => {
  const header = [
    "Y-tunnus",
    "Toteuttaja",
    "Hankkeita päätoteuttajana",
    "Hankkeita osatoteuttajana",
    "Julkinen rahoitus, toteutunut, päätoteuttajana, €",
    "Osallistujien toteutumisaste päätoteuttajana, %",
  ];
  const rows = [["0171450-7", "Kuopion kaupunki, koulutuspalvelukeskus", 1, 0, "1 011 286 €", "88,4 %"]];
  const [document, grid] = await oneTable(header, rows);
  assertEquals(grid.reduce((sum, width) => sum + width, 0), 9070);
  // Too crowded for 9-point text: set in 8-point, whose 9 digits are about 36 pt (711 twips), with 160 twips of margins.
  assert(document.includes('w:val="TableTextSmall"'), "8-point text");
  assert(grid[0]! >= 870, `Y-tunnus: ${grid.join(" ")}`);
  assert(grid[4]! >= 11 * 89 + 160, `euros: ${grid.join(" ")}`);
});

/** Converts the Finnish report with LibreOffice to PDF and text, in a fresh profile inside `dir`. */
async function convertReport(dir: string): Promise<{ pdf: string; text: string }> {
  await Deno.writeFile(`${dir}/report.docx`, await wordReportBytes(await report()));
  for (const format of ["pdf", "txt:Text (encoded):UTF8"]) {
    await libreOfficeConvert(`${dir}/report.docx`, format, dir, "fi_FI.UTF-8");
  }
  return { pdf: `${dir}/report.pdf`, text: await Deno.readTextFile(`${dir}/report.txt`) };
}

Deno.test({
  name: SOFFICE && PDFTOPPM && PDFTOTEXT
    ? "LibreOffice opens the report: captions and table texts are there, and the chart shows at full width on page 2"
    : "LibreOffice check of the Word report SKIPPED: soffice or pdftoppm/pdftotext missing (apt-get install libreoffice-writer-nogui poppler-utils)",
  ignore: !(SOFFICE && PDFTOPPM && PDFTOTEXT),
  fn: async () => {
    const dir = await tempDir();
    try {
      const { pdf, text } = await convertReport(dir);
      const lines = text.split("\n").map((line) => line.replace(/^\uFEFF/, "").trim());
      for (
        const expected of [
          "ESR-hankkeiden arviointi & <vertailu>",
          "Kuvio 1. Osallistujien toteuma hankkeittain",
          "Lähde: ESR-hankekuvaukset (n = 3).",
          "Taulukko 1. Rahoitus hankkeittain",
          "Kuvio 2. Sama puolella leveydellä",
          ...TABLE_HEADER,
          "S11547",
          "6.1",
          "645\u00a0300",
          "59,8 %",
          "=1+1",
        ]
      ) assert(lines.includes(expected), `LibreOffice's text lacks "${expected}":\n${text}`);

      const pages = (await run(PDFTOTEXT!, [pdf, "-"])).split("\f");
      assert(pages[0]!.includes("Laadittu 5.11.2026") && !pages[0]!.includes("Kuvio 1."), "title page first");
      const page = pages.findIndex((content) => content.includes("Kuvio 1. Osallistujien toteuma hankkeittain")) + 1;
      assertEquals(page, 2);
      assert(pages[1]!.includes("Taulukko 1. Rahoitus hankkeittain"));
      assert(/^\s*2\s*$/m.test(pages[1]!), "page number 2 in the footer");

      // Render the page at 100 dpi and find the chart's bars: they must span most of the 16 cm.
      const dpi = 100;
      await run(PDFTOPPM!, ["-r", String(dpi), "-f", String(page), "-l", String(page), "-png", pdf, `${dir}/page`]);
      const pageFile = [...Deno.readDirSync(dir)].find((entry) => /^page-\d+\.png$/.test(entry.name))!.name;
      const bytes = await Deno.readFile(`${dir}/${pageFile}`);
      const keep = Deno.env.get("ESF_OFFICE_PREVIEW_DIR");
      if (keep) {
        await Deno.mkdir(keep, { recursive: true });
        await Deno.writeFile(`${keep}/report-page-${page}.png`, bytes);
        await Deno.copyFile(pdf, `${keep}/report.pdf`);
      }
      const image = PNG.sync.read(Buffer.from(bytes));
      const box = { left: Infinity, right: -1, top: Infinity, bottom: -1 };
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          if (BAR.every((value, c) => Math.abs(image.data[i + c]! - value) <= 12)) {
            box.left = Math.min(box.left, x);
            box.right = Math.max(box.right, x);
            box.top = Math.min(box.top, y);
            box.bottom = Math.max(box.bottom, y);
          }
        }
      }
      const cm = (pixels: number) => pixels / dpi * 2.54;
      assert(cm(box.left) >= 2.5 - 0.1, `the chart starts inside the left margin: ${cm(box.left)} cm`);
      assert(cm(box.right - box.left) >= 11, `the bars span ${cm(box.right - box.left)} cm`);
      // both figures' bars: the full-width one alone is about 5 cm tall, so the picture is not cut to a line
      assert(cm(box.bottom - box.top) >= 5, `the bars span ${cm(box.bottom - box.top)} cm vertically`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("a figure's count, (n = 192), and a closing unit are kept on one line: their spaces no-break", async () => {
  const [document] = await oneTable(["Mittari", "Arvo"], [["Osallistujien toteutumisaste, %", "79,7 % (n = 192)"]]);
  assertEquals(tableCells(document)[1], ["Osallistujien toteutumisaste,\u00a0%", "79,7 % (n\u00a0=\u00a0192)"]);
});
