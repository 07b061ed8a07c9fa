/**
 * The report's documents for people, each in one language: the page that
 * explains itself (method, corpus, data quality by code, registers by
 * period) and agrees with its tables, the Word report (unzipped, and opened
 * in LibreOffice), and no string of the other language in any text a person
 * reads of either report.
 */
import { tempDir } from "../../testing/temp.ts";
import { Buffer } from "node:buffer";
import pl from "nodejs-polars";
import { PNG } from "pngjs";
import { assert, assertEquals } from "../../testing/assert.ts";
import { otherLanguageIn } from "../../testing/languages.ts";
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
import { pageText, reportFixtures } from "../../testing/report_fixtures.ts";
import { readBack } from "../../testing/workbook_fixtures.ts";
import { allFiles } from "../../testing/files.ts";
import { ANALYSIS_CHART_NAMES } from "../../testing/analysis_chart_names.ts";
import { DIAGNOSTIC_CODES } from "../diagnostics.ts";
import { columnName } from "../i18n/columns.ts";
import { TABLE_TITLES } from "../i18n/report.ts";
import { pngPrintWidthCm } from "../output/docx.ts";
import { DERIVED_METRICS } from "../schema.ts";

const { shipped, messy: messyOut } = await reportFixtures();

async function chartTitles(out: string): Promise<string[]> {
  const html = await Deno.readTextFile(`${out}/index.html`);
  return [...html.matchAll(/<figcaption>(.*?): <a href="charts\//g)].map((match) => pageText(match[1]!).trim());
}

Deno.test("report.docx: every chart at its print size under its caption, with its definition and n; real tables", async () => {
  const files = await unzip(await Deno.readFile(`${shipped}/report.docx`));
  const document = utf8(files["word/document.xml"]!);
  const paragraphs = paragraphTexts(document);
  const titles = await chartTitles(shipped);
  assertEquals(
    titles.length,
    25,
    "9 charts of the corpus, 5 of its two periods' programme context, 11 of the analyses",
  );
  assertEquals(paragraphs.filter((p) => /^Kuvio \d+\. /.test(p)), titles.map((title, k) => `Kuvio ${k + 1}. ${title}`));
  assert(
    paragraphs.includes(
      "Osallistujien toteutumisaste = Osallistujat, toteutunut ÷ Osallistujat, suunniteltu. n = 3 hanketta.",
    ),
    "the note under the realisation chart (no active project has an actual participant count yet)",
  );
  assert(
    paragraphs.includes(
      "Julkisen rahoituksen käyttöaste = Julkinen rahoitus, toteutunut ÷ Julkinen rahoitus, suunniteltu. " +
        "n = 5 hanketta. Käynnissä olevien hankkeiden luvut ovat väliaikaisia.",
    ),
    "the note under the utilisation chart, where S22254's interim figure is",
  );
  // each chart's PNG as the report wrote it, at its print width (16 cm where the file gives no resolution)
  const media = Object.keys(files).filter((path) => path.startsWith("word/media/")).sort();
  assertEquals(media.length, 25);
  const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]) / 360000);
  const pngs = await Promise.all(
    ["projects-timeline", "participants-realisation"].map((name) => Deno.readFile(`${shipped}/charts/${name}.png`)),
  );
  for (const [k, png] of pngs.entries()) {
    const expected = Math.min(16, pngPrintWidthCm(png) ?? 16);
    assert(Math.abs(extents[k]! - expected) < 0.01, `figure ${k + 1}: ${extents[k]} cm, not ${expected}`);
  }
  assert(
    Object.values(files).some((bytes) =>
      pngs.some((png) => Buffer.compare(Buffer.from(bytes), Buffer.from(png)) === 0)
    ),
  );
  // real tables: the key figures first; the realisation rests on 2007–2013 alone (the 2014–2020 template has none)
  assert((document.match(/<w:tbl>/g) ?? []).length >= 8);
  assertEquals(tableCells(document).slice(0, 2), [
    ["Luku", "Arvo", "n (hankkeita)"],
    ["Osallistujien toteutumisaste (painotettu, vain 2007–2013)", "72,9\u00a0%", "3"],
  ]);
  for (
    const caption of [
      "Taulukko 1. Keskeiset luvut",
      "Taulukko 2. Ohjelmakausittain",
      "Taulukko 3. Hankkeiden osallistujat",
    ]
  ) {
    assert(paragraphs.includes(caption), caption);
  }
  assert(
    paragraphs.includes("Menetelmä") && paragraphs.includes(
      "Hanke on mukana luvussa (n), kun sen asiakirja antaa sekä osoittajan että nimittäjän ja nimittäjä ei ole 0. " +
        "Puuttuva luku on tyhjä, ei nolla: taulukoissa viiva (–).",
    ),
  );
});

Deno.test({
  name: SOFFICE && PDFTOPPM && PDFTOTEXT
    ? "LibreOffice opens report.docx: captions, figures unbroken in table cells, a chart drawn on page 2"
    : "LibreOffice check of report.docx SKIPPED: soffice or pdftoppm/pdftotext missing (apt-get install libreoffice-writer-nogui poppler-utils)",
  ignore: !(SOFFICE && PDFTOPPM && PDFTOTEXT),
  fn: async () => {
    const dir = await tempDir();
    try {
      await Deno.copyFile(`${shipped}/report.docx`, `${dir}/report.docx`);
      await libreOfficeConvert(`${dir}/report.docx`, "pdf", dir, "fi_FI.UTF-8");
      const pages = (await run(PDFTOTEXT!, [`${dir}/report.pdf`, "-"])).split("\f");
      const text = pages.join("\n");
      for (const expected of ["Taulukko 1. Keskeiset luvut", "Kuvio 1. ", "72,9 %", "Menetelmä", "Mittarit"]) {
        assert(text.includes(expected), `"${expected}" not in the PDF`);
      }
      // figures in table cells never break across lines
      for (const figure of ["1 122 733", "1 011 286", "1 122 206", "645 300"]) {
        assert(text.replaceAll("\u00a0", " ").includes(figure), `${figure} broken in the PDF`);
      }
      const page = pages.findIndex((content) => content.includes("Kuvio 1. ")) + 1;
      await run(PDFTOPPM!, [
        "-r",
        "100",
        "-f",
        String(page),
        "-l",
        String(page),
        "-png",
        `${dir}/report.pdf`,
        `${dir}/page`,
      ]);
      const file = [...Deno.readDirSync(dir)].find((entry) => /^page-\d+\.png$/.test(entry.name))!.name;
      const bytes = await Deno.readFile(`${dir}/${file}`);
      const keep = Deno.env.get("ESF_OFFICE_PREVIEW_DIR");
      if (keep) {
        await Deno.mkdir(keep, { recursive: true });
        await Deno.copyFile(`${dir}/report.pdf`, `${keep}/report-docx.pdf`);
      }
      // the chart is drawn: many coloured (not grey) pixels on its page
      const image = PNG.sync.read(Buffer.from(bytes));
      let coloured = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      assert(coloured > 5000, `${coloured} coloured pixels on page ${page}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("the page explains itself: method, corpus and Finnish time; it agrees with the tables", async () => {
  const text = pageText(await Deno.readTextFile(`${shipped}/index.html`));
  assert(/Tuotettu \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2} Suomen aikaa /.test(text), "Finnish time, said so");
  // The key figure without the active projects says so: interrupted projects are in it too, not only ended ones.
  assert(text.includes("Julkisen rahoituksen käyttöaste, ilman käynnissä olevia hankkeita"), "no 'ended' for all");
  // The per-period table has the column the method names: how many of its projects are active (interim figures).
  assert(text.includes("Joista käynnissä (väliaikaiset luvut)") && text.includes('sarake "Joista käynnissä'));
  assert(/Kausi Hankkeita Joista käynnissä \(väliaikaiset luvut\) .*2007–2013 3 0 .*2014–2020 2 1 /.test(text), text);
  assert(!/\d{4}-\d{2}-\d{2}T/.test(text), "no ISO time stamp");
  assert(text.includes("Menetelmä Mittarit"));
  for (const { column, numerator, denominator } of DERIVED_METRICS) {
    const definition = `${columnName(column, "fi")} ${columnName(numerator, "fi")} ÷ ${columnName(denominator, "fi")}`;
    assert(text.includes(definition), definition);
  }
  assert(text.includes("2007–2013 3 0 1.8.2008 28.2.2015") && text.includes("2014–2020 2 1 1.3.2020 31.5.2023"));
  assert(text.includes("Jokainen tiedosto on mukana hankkeena; yhtään tiedostoa ei jätetty pois."));
  // the page and the tables agree: no diagnostic, two values to check, counted by check and linked
  assertEquals(pl.readCSV(`${shipped}/tables/diagnostics.csv`).height, 0);
  assertEquals(pl.readCSV(`${shipped}/tables/suspicious-values.csv`).height, 2);
  assert(text.includes("Kaikki tiedostot luettiin ilman huomautuksia"));
  // What the 2014–2020 template never prints is said, not hidden behind "every value was read".
  assert(text.includes("Kauden 2014–2020 pohja ei tulosta toteutunutta osallistujamäärää eikä sukupuolijakoa"));
  assert(text.includes("2 arvoa 2 hankkeessa on merkitty tarkistettavaksi"), "how many values, in how many projects");
  assert(text.includes("Toteutunut selvästi yli suunnitellun 1 Käynnissä: luvut väliaikaisia 1"));
  // Which figure is flagged is named beside why: companies, not participants.
  assert(
    text.includes(
      "S21941 Toteutunut selvästi yli suunnitellun Osallistuvien yritysten toteutumisaste, % toteutunut 21, suunniteltu 13",
    ),
  );
  const html = await Deno.readTextFile(`${shipped}/index.html`);
  assert(html.includes('<a href="tables/suspicious-values.xlsx">'));
  // A figure and a period are never broken over two lines ("93,9 % (n =" / "3)", "2007-" / "2013").
  assert(html.includes("td.n, td.w { white-space: nowrap; }"));
  assert(html.includes('<td class="w">2007–2013</td>') && html.includes('<td class="n">93,9\u00A0% (n = 3)</td>'));
});

Deno.test("the page counts diagnostics by code in the report's language and says what was left out and why", async () => {
  const fi = pageText(await Deno.readTextFile(`${messyOut("fi")}/index.html`));
  assert(fi.includes("5 huomautusta 5 tiedostosta"));
  for (
    const row of [
      "Tyhjä tiedosto virhe empty_file 1",
      "Ei hankekuvaus virhe not_a_project_description 1",
      "Kaksoiskappale varoitus duplicate 1",
      "Ohitettu tiedosto varoitus skipped_file 1",
      "Monitulkintainen summa varoitus ambiguous_amount 1",
    ]
  ) assert(fi.includes(row), row);
  assert(fi.includes("Tiedosto on tyhjä.") && !fi.includes("The file is empty."));
  assert(fi.includes("8 tiedostoa kansiosta messy-corpus, niistä 5 hanketta; lisäksi 1 tiedosto ohitettiin."));
  assert(fi.includes("4 tiedostoa ei ole mukana hankkeena"));
  assert(fi.includes("copy.txt kaksoiskappale: Hankkeen S11547 kaksoiskappale"));
  assert(fi.includes("empty.txt ei luettavissa: Tiedosto on tyhjä."));
  assert(fi.includes("notes.md ohitettu: Ei luettu"));
  const en = pageText(await Deno.readTextFile(`${messyOut("en")}/index.html`));
  assert(en.includes("Empty file error empty_file 1") && en.includes("The file is empty."));
  assert(!en.includes("Tiedosto on tyhjä."));
});

Deno.test("the register section compares each project only with the register of its own period", async () => {
  const fi = pageText(await Deno.readTextFile(`${messyOut("fi")}/index.html`));
  assert(
    fi.includes("Annetut rekisterit: 2007–2013: data/registers/eura2007-esr.csv (2 775 hanketta)"),
    "which register was given",
  );
  assert(fi.includes("Kauden 2007–2013 hankkeita on aineistossa 3; niitä verrattiin vain saman kauden rekisteriin."));
  assert(
    fi.includes("rekisteristä puuttuu: ei yhtään"),
    "2014-2020 projects are not missing from a 2007-2013 register",
  );
  assert(fi.includes("Kauden 2014–2020 hankkeita (2) ei verrattu, koska sen kauden rekisteriä ei annettu."));
  const en = pageText(await Deno.readTextFile(`${messyOut("en")}/index.html`));
  assert(en.includes("The 2014–2020 projects (2) were not compared: no register of that period was given."));
});

Deno.test("the register section says a register of active projects is a snapshot, and why projects are missing from it", async () => {
  // The shipped 2014–2020 list: all 786 projects active, the latest starting 2.1.2017; S21941 and S22254 start in 2020.
  const fi = pageText(await Deno.readTextFile(`${shipped}/index.html`));
  assert(
    fi.includes(
      "Rekisterin kaikki 786 hanketta ovat käynnissä, ja myöhäisin niistä alkaa 2.1.2017: rekisteri on sen ajan " +
        "tilanne, joten sen toteutuneet luvut ovat väliaikaisia, eikä siinä ole myöhemmin alkaneita hankkeita " +
        "(aineistosta S21941, S22254).",
    ),
    fi,
  );
  assert(!fi.includes("Rekisterin 2 775 hankkeesta"), "the 2007–2013 list has no active project: nothing to say");
});

/** Text of an output with what is no language taken out: quotations of documents, codes and file names. */
function withoutIdentifiers(text: string): string {
  const codes = new RegExp(`\\b(${Object.keys(DIAGNOSTIC_CODES).join("|")})\\b`, "g");
  return text.replace(/"[^"\n]*"/g, " ").replace(/[\w./-]+\.(csv|xlsx|parquet|docx|json|html|svg|png|txt|md)\b/g, " ")
    .replace(/\b[a-z]+(_[a-z0-9]+)+\b/g, " ").replace(codes, " ");
}

/** Every text a person reads in a report: the page, the .fi.csv headers, the workbook's sheet names and headers, the Word text. */
async function readerTexts(out: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = { "index.html": pageText(await Deno.readTextFile(`${out}/index.html`)) };
  for (const entry of Deno.readDirSync(`${out}/tables`)) {
    if (!entry.name.endsWith(".fi.csv")) continue;
    texts[entry.name] = (await Deno.readTextFile(`${out}/tables/${entry.name}`)).split("\n")[0]!;
  }
  const workbook = await readBack(await Deno.readFile(`${out}/report.xlsx`));
  texts["report.xlsx"] = workbook.worksheets.map((sheet) =>
    [sheet.name, ...((sheet.getRow(1).values as unknown[]).slice(1) as string[])].join("\n")
  ).join("\n");
  const files = await unzip(await Deno.readFile(`${out}/report.docx`));
  texts["report.docx"] = paragraphTexts(utf8(files["word/document.xml"]!)).join("\n");
  return texts;
}

Deno.test("the language of every user-facing text in both reports: none of the other language's strings", async () => {
  for (const lang of ["fi", "en"] as const) {
    const texts = await readerTexts(messyOut(lang));
    assert(Object.keys(texts).length >= 12, Object.keys(texts).join(", "));
    for (const [file, text] of Object.entries(texts)) {
      assertEquals(otherLanguageIn(withoutIdentifiers(text), lang), [], `${lang}: ${file}`);
    }
    const workbook = texts["report.xlsx"]!;
    assert(workbook.startsWith(TABLE_TITLES[lang].projects), workbook.slice(0, 40));
  }
  // the check sees a string of the other language: it is not vacuous
  assertEquals(otherLanguageIn("Osallistujien toteutumisaste, %", "en"), ["Osallistujien toteutumisaste"]);
  assert(otherLanguageIn("Key figures", "fi").includes("Key figures"));
});

const ANALYSIS_TABLES = [
  "projects-without-participants",
  "regions",
  "beneficiaries",
  "cohorts-start-year",
  "cohorts-duration",
  "distributions",
  "distributions-outliers",
  "costs-per-result",
  "themes-by-period",
  "themes-crosswalk",
];

Deno.test("the analyses in the report: charts, tables in every format and as sheets, on the page, in Word, the seeds' figures", async () => {
  const files = (await allFiles(shipped)).map((path) => path.slice(shipped.length + 1));
  for (const chart of ANALYSIS_CHART_NAMES) {
    assert(files.includes(`charts/${chart}.svg`) && files.includes(`charts/${chart}.png`), chart);
  }
  for (const table of ANALYSIS_TABLES) {
    for (const ext of ["csv", "fi.csv", "parquet", "xlsx"]) {
      assert(files.includes(`tables/${table}.${ext}`), table + ext);
    }
  }
  const sheets = (await readBack(await Deno.readFile(`${shipped}/report.xlsx`))).worksheets.map((sheet) => sheet.name);
  for (const table of ANALYSIS_TABLES) assert(sheets.includes(TABLE_TITLES.fi[table as "regions"]), table);
  // The seeds' figures, read by hand: Pohjois-Savo has S10323 (84 / 95) and S11547 (119 / 199).
  const regions = pl.readCSV(`${shipped}/tables/regions.csv`).filter(pl.col("area").eq(pl.lit("MK11"))).toRecords()[0]!;
  assertEquals([regions.n_projects, regions.participants_actual, regions.participants_planned], [2, 203, 294]);
  const lead = pl.readCSV(`${shipped}/tables/beneficiaries.csv`).filter(pl.col("business_id").eq(pl.lit("2296962-1")))
    .toRecords()[0]!;
  assertEquals([lead.projects_lead, lead.funding_public_actual_lead], [1, 614153], "S11547's lead");
  const costs = (await Deno.readTextFile(`${shipped}/tables/costs-per-result.fi.csv`)).split("\n");
  assert(costs.includes("2007–2013;€ / osallistuja;7826;2214728;283;3;0;7366;0"), costs.join("\n"));
  // The cost per participating company of 2014-2020 rests on S22254 too, an active project: interim.
  assert(costs.includes("2014–2020;€ / osallistuva yritys;8576;394489;46;2;1;8847;0"), costs.join("\n"));

  const page = pageText(await Deno.readTextFile(`${shipped}/index.html`));
  for (
    const expected of [
      "Analyysit Maakunnat, tuensaajat",
      "Pohjois-Savo 2 0 69,0 % 2 91,9 % 2",
      "2296962-1 Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus 1 0 614 153 € 59,8 %",
      "2007–2013 € / osallistuja 7 826 € 283 3 0",
      "Koko taulukko: regions.xlsx · regions.csv · regions.fi.csv · regions.parquet",
      // the method section states the rules
      "Analyysien menetelmät Osallistujamittarit (aloittaneet henkilöt, naiset, toteutumisaste, naisten osuus, " +
      "kustannus osallistujaa ja naisosallistujaa kohden) jättävät pois hankkeet, joiden projektityyppi on",
      "Hankkeella, jolla on 0 tulosta, ei ole kustannusta tulosta kohden (tyhjä, ei 0 eikä ääretön)",
      "yhdistetään yhteisiin teemoihin taulukon mukaan",
    ]
  ) assert(page.replaceAll("\u00A0", " ").includes(expected), expected);
  assertEquals(page.match(/Hankkeita maakunnittain: SVG/g)?.length, 1, "each chart once, in its analysis' section");

  const document = utf8((await unzip(await Deno.readFile(`${shipped}/report.docx`)))["word/document.xml"]!);
  const paragraphs = paragraphTexts(document);
  for (
    const expected of ["Analyysit", "Maakunnat", "Kustannus tulosta kohden", "Analyysien menetelmät"]
  ) assert(paragraphs.includes(expected), expected);
  assert(paragraphs.some((p) => /^Kuvio \d+\. Osallistujien toteutumisaste maakunnittain$/.test(p)), "the map in Word");
  assert(
    paragraphs.some((p) => /^Taulukko \d+\. Toteutunut julkinen rahoitus tulosta kohden ohjelmakausittain$/.test(p)),
  );
  assert(
    [...document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].flatMap(([table]) => tableCells(table))
      .some((row) => row.join("|") === "Pohjois-Savo|2|0|69,0\u00a0%|2|91,9\u00a0%|2"),
    "the regions' table in Word",
  );
  assert(paragraphs.some((p) => p.includes("ei ole kustannusta tulosta kohden (tyhjä, ei 0 eikä ääretön)")));

  // The English report (on the shipped documents and a few broken files) says the same in English.
  const en = pageText(await Deno.readTextFile(`${messyOut("en")}/index.html`));
  for (
    const expected of [
      "Analyses Regions, beneficiaries",
      "North Savo 2 0 69.0% 2",
      "2296962-1 Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus 1 0 €614,153 59.8%",
      "Methods of the analyses",
      "A project with 0 results has no cost per result (empty, never 0 or infinite)",
    ]
  ) assert(en.includes(expected), expected);
  assert(!en.includes("Maakunnat") && !en.includes("€ / osallistuja"), "no Finnish label in the English analyses");
});
