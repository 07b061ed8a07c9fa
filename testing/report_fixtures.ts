/**
 * Reports the tests of the report's outputs share, each built once per test
 * process and without notebooks (not the point there): on the shipped
 * documents in Finnish, and on a messy corpus (the documents, a copy, an
 * empty file, a file that is no project description, a skipped file, an
 * unreadable amount) with the 2007–2013 register, in Finnish and English;
 * and how a test reads them as a person does.
 *
 * @module
 */
import { tempDir } from "./temp.ts";
import { buildReport, type ReportResult } from "../lib/report/build_report.ts";
import type { Language } from "../lib/i18n/mod.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
import { run } from "./office.ts";
import { fileURLToPath } from "node:url";

const DATA = fileURLToPath(new URL("../data/documents/", import.meta.url));
const quiet = () => {};

/** The reports built for the tests, and the folder that holds them. */
export interface ReportFixtures {
  root: string;
  /** The report on the shipped documents, in Finnish. */
  shipped: string;
  shippedRun: ReportResult;
  /** The report on the messy corpus in the language. */
  messy: (lang: Language) => string;
}

async function build(): Promise<ReportFixtures> {
  const root = await tempDir("esf-outputs-");
  const shipped = `${root}/shipped`;
  const shippedRun = await buildReport({ corpus: DATA, out: shipped, notebooks: false, progress: quiet });
  const corpus = `${root}/messy-corpus`;
  await Deno.mkdir(corpus);
  for (const entry of Deno.readDirSync(DATA)) await Deno.copyFile(`${DATA}${entry.name}`, `${corpus}/${entry.name}`);
  await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${corpus}/copy.txt`);
  await Deno.writeTextFile(`${corpus}/empty.txt`, "");
  await Deno.writeTextFile(`${corpus}/junk.txt`, "hello\n");
  await Deno.writeTextFile(`${corpus}/notes.md`, "x\n");
  await Deno.writeTextFile(
    `${corpus}/001_bfc078f93719c10e.txt`,
    (await Deno.readTextFile(`${DATA}001_bfc078f93719c10e.txt`))
      .replace(/Toteutunut julkinen rahoitus yhteensä: .*/, "Toteutunut julkinen rahoitus yhteensä: 1.122"),
  );
  const messy = (lang: Language) => `${root}/messy-${lang}`;
  for (const lang of ["fi", "en"] as const) {
    await buildReport({
      corpus,
      out: messy(lang),
      lang,
      register: SHIPPED_REGISTERS["2007-2013"],
      notebooks: false,
      progress: quiet,
    });
  }
  return { root, shipped, shippedRun, messy };
}

let fixtures: Promise<ReportFixtures> | undefined;

/** The reports, built on first use. */
export function reportFixtures(): Promise<ReportFixtures> {
  return fixtures ??= build();
}

/** A page's text as a reader sees it: no markup, entities undone, spaces collapsed. */
export function pageText(html: string): string {
  return html.replace(/<style>.*?<\/style>/s, "").replace(/<[^>]+>/g, " ").replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

/** The rows of a CSV as Python's csv module reads them: a plain CSV reader, not ours. */
export async function pythonCsv(path: string, delimiter = ";"): Promise<string[][]> {
  const script = "import csv, json, sys\n" +
    "print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=sys.argv[2]))))";
  return JSON.parse(await run("python3", ["-c", script, path, delimiter]));
}
