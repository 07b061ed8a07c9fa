/**
 * `deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--register FILE] [--no-register] [--no-notebooks]
 *  [--keep-contact-text] [--cache]`
 *
 * Exit status: 0 when the report was written; 1 when it could not be (the
 * message says why, e.g. how to install Jupyter); 2 for a usage error or a
 * refused `--out` (one line saying what to do; nothing touched).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { isLanguage } from "../i18n/mod.ts";
import { buildReport } from "../report/build_report.ts";
import { OutFolderRefusal } from "../report/out_folder.ts";
import { firstSentence, type OptionHelp, optionsHelp, UsageError, usageLine } from "./usage.ts";

/** Every option, with its help: the usage line and --help are made from this table. */
const OPTIONS = {
  corpus: {
    type: "string",
    value: "DIR",
    default: "data/documents",
    help: "the folder of documents (default: data/documents)",
  },
  out: { type: "string", value: "DIR", default: "out", help: "the report folder (default: out)" },
  lang: { type: "string", value: "fi|en", default: "fi", help: "the language of the report (default: fi)" },
  register: {
    type: "string",
    value: "FILE",
    help: "an official EURA project list (CSV) to compare the documents of its period with " +
      "(default: the shipped register of each period of the corpus)",
  },
  "no-register": { type: "boolean", help: "no register: no cross-check and no programme charts" },
  "no-notebooks": { type: "boolean", help: "skip running the notebooks (no Jupyter needed; for a quick look)" },
  "keep-contact-text": {
    type: "boolean",
    help: "keep e-mail addresses and phone numbers in exported free text (removed by default)",
  },
  cache: {
    type: "boolean",
    help: "keep each document's parse in the parse cache (esf-toolkit/parse in $XDG_CACHE_HOME or ~/.cache, " +
      "folders only you can open: it holds the documents' contacts and texts): a re-run parses only new and changed " +
      "documents",
  },
  help: { type: "boolean", short: "h", help: "show this help" },
} as const satisfies Record<string, OptionHelp>;

const USAGE = `${usageLine("report", OPTIONS)}

Parses the corpus, runs every notebook on it, and writes to --out: index.html, report.docx (Word),
report.xlsx (every table), every chart as SVG and PNG, each table as a workbook, CSV, Finnish-Excel CSV
and Parquet, the executed notebooks and manifest.json. A folder that exists is replaced only when it holds
nothing but a previous report's files, unchanged; otherwise nothing is touched (exit 2).

${optionsHelp(OPTIONS)}`;

function statOrNull(path: string): Deno.FileInfo | null {
  try {
    return Deno.statSync(path);
  } catch {
    return null;
  }
}

/** Runs the command; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let values;
  try {
    try {
      ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: OPTIONS }));
    } catch (error) {
      throw new UsageError(firstSentence(error));
    }
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (!isLanguage(values.lang)) throw new UsageError(`Unknown language "${values.lang}": use fi or en.`);
    const corpus = statOrNull(values.corpus);
    if (corpus?.isFile) {
      throw new UsageError(
        `--corpus ${values.corpus} is a file, not a folder: name the folder of documents ` +
          "(deno task parse reads single files).",
      );
    }
    if (!corpus?.isDirectory) throw new UsageError(`No such folder: ${values.corpus}`);
    if (values.register !== undefined && !statOrNull(values.register)?.isFile) {
      throw new UsageError(`No such file: ${values.register}`);
    }
    if (values.register !== undefined && values["no-register"]) {
      throw new UsageError("--register and --no-register exclude each other: give one.");
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`report: ${error.message} (see --help)`);
    return 2;
  }
  try {
    await buildReport({
      corpus: values.corpus,
      out: values.out,
      lang: values.lang,
      notebooks: !values["no-notebooks"],
      register: values["no-register"] ? false : values.register,
      keepContactText: values["keep-contact-text"],
      cache: values.cache,
    });
    return 0;
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : error}`);
    // A refused --out (a folder holding what the tool did not write, inside the corpus, a file): nothing was touched.
    return error instanceof OutFolderRefusal ? 2 : 1;
  }
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
