/**
 * `deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--register FILE] [--no-register] [--no-notebooks]
 *  [--keep-contact-text] [--cache]`
 *
 * Exit status: 0 when the report was written; 1 when it could not be (the
 * message says why, e.g. how to install Jupyter); 2 for a usage error or a
 * refused `--out` (one line saying what to do; nothing touched); 130 when
 * interrupted (Ctrl-C; 143 for SIGTERM), after one line saying what the
 * report folder holds. Every line it prints is in the report's language
 * (`--lang`, Finnish by default).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { isLanguage, type Language } from "../i18n/mod.ts";
import { argsMistake, CLI_TEXT, languageOf, SaidError, sayError } from "../i18n/cli.ts";
import { loadRegister } from "../register/load_register.ts";
import { type OutState, REPORT_CLI } from "../i18n/cli_report.ts";
import { buildReport } from "../report/build_report.ts";
import { type InterruptLeft, MANIFEST, OutFolderRefusal, sayInterrupts } from "../report/out_folder.ts";
import { type OptionHelp, optionsHelp, UsageError, usageLine } from "./usage.ts";
import { setUp } from "./setup.ts";

/** Every option: the usage line and --help are made from this table (their words in lib/i18n/cli_report.ts). */
const OPTIONS = {
  corpus: { type: "string", value: "DIR", default: "data/documents" },
  out: { type: "string", value: "DIR", default: "out" },
  lang: { type: "string", value: "fi|en", default: "fi" },
  register: { type: "string", value: "FILE" },
  "no-register": { type: "boolean" },
  "no-notebooks": { type: "boolean" },
  "keep-contact-text": { type: "boolean" },
  cache: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, OptionHelp>;

/** The help, in the language. */
function usage(lang: Language): string {
  return `${usageLine("report", OPTIONS, "", lang)}\n\n${REPORT_CLI[lang].about}\n\n${
    optionsHelp(OPTIONS, REPORT_CLI[lang], lang)
  }`;
}

function statOrNull(path: string): Deno.FileInfo | null {
  try {
    return Deno.statSync(path);
  } catch {
    return null;
  }
}

/** What the report folder holds now: an earlier report (its manifest), something else or nothing, no folder. */
function outState(out: string): OutState {
  if (!statOrNull(out)?.isDirectory) return "none";
  return statOrNull(`${out}/${MANIFEST}`)?.isFile ? "report" : "folder";
}

/** The line an interrupt prints: what the run left in the report folder. */
function interruptLine(out: string, left: InterruptLeft, lang: Language): string {
  const say = REPORT_CLI[lang];
  switch (left.left) {
    case "untouched":
      return say.interruptedBefore(out, outState(out));
    case "removed":
      return say.interruptedRemoved(out, outState(out));
    case "leftover":
      return say.interruptedLeft(out, left.staging);
    case "written":
      return say.interruptedWritten(out);
  }
}

/** Reads the register, or throws a usage error saying in the language why it cannot be read as one. */
function readRegister(file: string, lang: Language): void {
  try {
    loadRegister(file);
  } catch (error) {
    throw error instanceof SaidError ? new UsageError(error.say(lang)) : error;
  }
}

/** Runs the command; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  // Every line in the report's language, even a mistake's in the command line (Finnish unless --lang en).
  let lang = languageOf(args, "fi");
  let values;
  try {
    try {
      ({ values } = parseArgs({ args, strict: true, allowPositionals: false, options: OPTIONS }));
    } catch (error) {
      throw new UsageError(argsMistake(error, lang));
    }
    if (!isLanguage(values.lang)) throw new UsageError(CLI_TEXT[lang].unknownLanguage(values.lang));
    lang = values.lang;
    if (values.help) {
      console.log(usage(lang));
      return 0;
    }
    const say = REPORT_CLI[lang];
    const corpus = statOrNull(values.corpus);
    if (corpus?.isFile) throw new UsageError(say.corpusIsFile(values.corpus));
    if (!corpus?.isDirectory) throw new UsageError(say.noSuchFolder(values.corpus));
    if (values.register !== undefined && !statOrNull(values.register)?.isFile) {
      throw new UsageError(say.noSuchFile(values.register));
    }
    if (values.register !== undefined && values["no-register"]) throw new UsageError(say.registerConflict);
    // Read once now, so that a file that is no EURA project list is said at once, not after the whole corpus is parsed.
    if (values.register !== undefined) readRegister(values.register, lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`report: ${error.message} (${CLI_TEXT[lang].seeHelp})`);
    return 2;
  }
  const out = values.out;
  const stopSaying = sayInterrupts((left) => console.error(`report: ${interruptLine(out, left, lang)}`));
  try {
    // Jupyter's client installed first when it is missing (a fresh machine), said in the report's language; a Python
    // named by ESF_PYTHON is the user's own, not installed into (lacking the client, the report says how to add it).
    const installs = !values["no-notebooks"] && Deno.env.get("ESF_PYTHON") === undefined;
    if (installs && !await setUp({ lang })) return 1;
    await buildReport({
      corpus: values.corpus,
      out,
      lang,
      notebooks: !values["no-notebooks"],
      register: values["no-register"] ? false : values.register,
      keepContactText: values["keep-contact-text"],
      cache: values.cache,
    });
    return 0;
  } catch (error) {
    console.error(`report: ${sayError(error, lang)}`);
    // A refused --out (a folder holding what the tool did not write, inside the corpus, a file): nothing was touched.
    return error instanceof OutFolderRefusal ? 2 : 1;
  } finally {
    stopSaying();
  }
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
