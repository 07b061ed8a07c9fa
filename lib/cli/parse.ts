/**
 * `deno task parse`: parse EURA project descriptions into a table.
 *
 * ```
 * deno task parse [--format ndjson|json|csv|parquet] [--out FILE] [--diagnostics FILE]
 *                 [--contacts FILE] [--keep-contact-text] [--without-texts] [--cache] [--force] [--strict]
 *                 [--lang en|fi] PATH...
 * ```
 *
 * Exit status: 0 when it ran (even with diagnostics); 1 with `--strict` and
 * an error diagnostic; 2 for a usage error; 130 when interrupted (Ctrl-C; 143
 * for SIGTERM), after one line saying which files were written. Every line it
 * prints, and the diagnostics' messages, are in the `--lang` language
 * (English by default). Each file is written beside its place and renamed
 * into it when whole: an interrupt leaves no half-written file.
 *
 * @module
 */
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { diagnosticRecord, localiseDiagnostic } from "../diagnostics.ts";
import { argsMistake, CLI_TEXT, languageOf } from "../i18n/cli.ts";
import { PARSE_CLI } from "../i18n/cli_parse.ts";
import { isLanguage, type Language } from "../i18n/mod.ts";
import { toFlatFrame, toJsonRecords } from "../frame/serialise.ts";
import { loadCorpusFrames } from "../frame/load_frames.ts";
import { formatTerminalTable } from "../output/terminal_table.ts";
import { scrubDiagnostic, scrubFrame } from "../output/scrub.ts";
import type { CorpusFile, Diagnostic } from "../schema.ts";
import { type OptionHelp, optionsHelp, UsageError, usageLine } from "./usage.ts";
import { progressLine } from "./progress.ts";
import { exitStatusOf, onInterrupt } from "../output/interrupts.ts";

const FORMATS = ["ndjson", "json", "csv", "parquet"] as const;
type Format = typeof FORMATS[number];

/** Every option: the usage line and --help are made from this table (their words in lib/i18n/cli_parse.ts). */
const OPTIONS = {
  format: { type: "string", value: "F" },
  out: { type: "string", value: "FILE" },
  diagnostics: { type: "string", value: "FILE" },
  contacts: { type: "string", value: "FILE" },
  "keep-contact-text": { type: "boolean" },
  "without-texts": { type: "boolean" },
  cache: { type: "boolean" },
  force: { type: "boolean" },
  strict: { type: "boolean" },
  lang: { type: "string", value: "en|fi", default: "en" },
  help: { type: "boolean", short: "h" },
} as const satisfies Record<string, OptionHelp>;

/** The help, in the language. */
function usage(lang: Language): string {
  return `${usageLine("parse", OPTIONS, "PATH...", lang)}\n\n${PARSE_CLI[lang].about}\n\n${
    optionsHelp(OPTIONS, PARSE_CLI[lang], lang)
  }`;
}

/** Most diagnostics printed to stderr; the rest are counted. */
const MAX_PRINTED_DIAGNOSTICS = 20;

interface Options {
  format: Format | undefined;
  out: string | undefined;
  diagnostics: string | undefined;
  contacts: string | undefined;
  keepContactText: boolean;
  texts: boolean;
  cache: boolean;
  strict: boolean;
  lang: Language;
  paths: string[];
}

/** The options, or "help"; the language is `lang` (for a mistake, said in it) once `--lang` is read. */
function readOptions(args: string[], lang: { lang: Language }): Options | "help" {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(argsMistake(error, lang.lang));
  }
  const { values, positionals } = parsed;
  if (!isLanguage(values.lang)) throw new UsageError(CLI_TEXT[lang.lang].unknownLanguage(values.lang));
  lang.lang = values.lang;
  const say = PARSE_CLI[values.lang];
  if (values.help) return "help";
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(say.unknownFormat(format, FORMATS.join(", ")));
  }
  if (format === "parquet" && values.out === undefined) throw new UsageError(say.parquetNeedsOut);
  if (positionals.length === 0) throw new UsageError(say.noPath);
  for (const path of positionals) {
    try {
      Deno.lstatSync(path);
    } catch {
      throw new UsageError(say.noSuchPath(path));
    }
  }
  const named = new Map<string, string>(); // each output's file, resolved: two flags naming one would overwrite
  for (const flag of ["out", "diagnostics", "contacts"] as const) {
    const path = values[flag];
    if (path === undefined) continue;
    const other = named.get(resolve(path));
    if (other !== undefined) throw new UsageError(say.sameFile(other, flag, path));
    named.set(resolve(path), flag);
    const existing = statOrNull(path);
    if (existing?.isDirectory) throw new UsageError(say.isFolder(flag, path));
    if (noFolderFor(path)) {
      throw new UsageError(say.noFolderFor(flag, path, dirname(path)));
    }
    if (existing && !values.force) throw new UsageError(say.exists(flag, path));
  }
  return {
    format: format as Format | undefined,
    out: values.out,
    diagnostics: values.diagnostics,
    contacts: values.contacts,
    keepContactText: values["keep-contact-text"] ?? false,
    texts: !(values["without-texts"] ?? false),
    cache: values.cache ?? false,
    strict: values.strict ?? false,
    lang: values.lang,
    paths: positionals,
  };
}

/** Whether the folder a file is to be written in is missing (or a file); a folder it may not look at is not said so. */
function noFolderFor(path: string): boolean {
  try {
    return !Deno.statSync(dirname(resolve(path))).isDirectory;
  } catch (error) {
    return error instanceof Deno.errors.NotFound;
  }
}

function statOrNull(path: string): Deno.FileInfo | null {
  try {
    return Deno.statSync(path);
  } catch {
    return null;
  }
}

/**
 * The folder files are named relative to: the one folder given, otherwise
 * the working folder (a path outside it stays as given).
 */
function rootOf(paths: readonly string[]): string {
  if (paths.length === 1 && statOrNull(paths[0]!)?.isDirectory) return paths[0]!;
  // Several paths, or a file: named relative to the working folder, or, when one lies outside it, to the folder
  // that holds them all (no file is named by an absolute path of the machine, which the outputs would keep).
  const cwd = Deno.cwd();
  const folders = paths.map((path) => statOrNull(path)?.isDirectory ? resolve(path) : dirname(resolve(path)));
  if (folders.every((folder) => folder === cwd || folder.startsWith(`${cwd}/`))) return ".";
  const parts = folders.map((folder) => folder.split("/"));
  let length = 0;
  while (length < parts[0]!.length && parts.every((other) => other[length] === parts[0]![length])) length++;
  return parts[0]!.slice(0, length).join("/") || "/";
}

const ndjson = (rows: readonly unknown[]) => rows.map((row) => JSON.stringify(row) + "\n").join("");

/**
 * Writes a file whole or not at all: into a file of its own beside it (made new: nothing else is overwritten), renamed
 * into its place when written. What is no regular file (a link, a device such as /dev/stdout) is written into as
 * named, as it was asked. `files` keeps what was written and what is being written, for an interrupt.
 */
async function writeWhole(path: string, files: OutputFiles, write: (partial: string) => Promise<void> | void) {
  const existing = lstatOrNull(path);
  if (existing && !existing.isFile) {
    files.through = path;
    await write(path);
    files.through = null;
    files.written.push(path);
    return;
  }
  const partial = join(dirname(path), `.${basename(path)}.esf-partial-${Deno.pid}`);
  Deno.openSync(partial, { write: true, createNew: true }).close();
  files.partial = partial;
  await write(partial);
  await Deno.rename(partial, path);
  files.partial = null;
  files.written.push(path);
}

/** The files a run writes: those written whole, and the one being written now. */
interface OutputFiles {
  named: string[];
  written: string[];
  partial: string | null;
  /** The file written into directly (no regular file), if one is being written. */
  through: string | null;
}

/** The entry itself (a link not followed); null when there is none (any other failure is thrown: not guessed). */
function lstatOrNull(path: string): Deno.FileInfo | null {
  try {
    return Deno.lstatSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}

/**
 * Until the returned function is called, an interrupt (SIGINT, SIGTERM) removes the file being written (this
 * run's own), says in a line which files were written whole, and ends the process as the signal would have.
 */
function sayInterrupts(files: OutputFiles, lang: Language): () => void {
  return onInterrupt((signal) => {
    if (files.partial !== null) {
      try {
        Deno.removeSync(files.partial);
      } catch { /* not made yet, or renamed into its place */ }
    }
    const left = files.named.filter((file) => !files.written.includes(file) && file !== files.through);
    console.error(`parse: ${PARSE_CLI[lang].interrupted(files.written, left, files.through)}`);
    Deno.exit(exitStatusOf(signal));
  });
}

/** Runs the command with the arguments; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  // Every line in the language --lang names, even a mistake's in the command line (English by default).
  const asked = { lang: languageOf(args, "en") };
  let options: Options | "help";
  try {
    options = readOptions(args, asked);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`parse: ${error.message} (${CLI_TEXT[asked.lang].seeHelp})`);
    return 2;
  }
  if (options === "help") {
    console.log(usage(asked.lang));
    return 0;
  }
  const lang = options.lang;
  const files: OutputFiles = {
    named: [options.out, options.diagnostics, options.contacts].filter((file) => file !== undefined),
    written: [],
    partial: null,
    through: null,
  };
  const stopSaying = sayInterrupts(files, lang);
  try {
    return await run(options, files);
  } finally {
    stopSaying();
  }
}

async function run(options: Options, files: OutputFiles): Promise<number> {
  const lang = options.lang;
  const root = rootOf(options.paths);
  const corpus = await loadCorpusFrames(options.paths, {
    onProgress: progressLine("parse", { lang }),
    root,
    cache: options.cache,
    texts: options.texts,
  });
  const frames = corpus.frames;
  // The markers in the --lang language, as the diagnostics' messages are.
  const projects = scrubFrame(frames.projects, { lang, keepContactText: options.keepContactText });
  const write = async (text: string) => {
    if (options.out !== undefined) await writeWhole(options.out, files, (partial) => Deno.writeTextFile(partial, text));
    else await Deno.stdout.write(new TextEncoder().encode(text));
  };
  const found = frames.projects.height > 0;
  switch (options.format) {
    case undefined:
      if (found) await write(formatTerminalTable(projects, lang));
      break;
    case "ndjson":
      await write(ndjson(toJsonRecords(projects)));
      break;
    case "json":
      await write(JSON.stringify(toJsonRecords(projects), null, 2) + "\n");
      break;
    case "csv":
      await write(toFlatFrame(projects).writeCSV().toString());
      break;
    case "parquet":
      await writeWhole(options.out!, files, (partial) => projects.writeParquet(partial));
      break;
  }
  if (options.diagnostics !== undefined) {
    const scrubbed = corpus.diagnostics.map((d) =>
      scrubDiagnostic(d, { lang, keepContactText: options.keepContactText })
    );
    const records = scrubbed.map((d) => ({ ...diagnosticRecord(d), message: localiseDiagnostic(d, lang) }));
    await writeWhole(options.diagnostics, files, (partial) => Deno.writeTextFile(partial, ndjson(records)));
  }
  if (options.contacts !== undefined) {
    const contacts = ndjson(toJsonRecords(frames.contacts));
    await writeWhole(options.contacts, files, (partial) => Deno.writeTextFile(partial, contacts));
  }
  printSummary(corpus.diagnostics, corpus.files, (file) => isAbsolute(file) ? file : join(root, file), lang);
  if (!found) {
    const none = corpus.files.length === 0 ? PARSE_CLI[lang].noFiles : PARSE_CLI[lang].noProjects;
    console.error(`parse: ${none(options.paths.join(", "))}`);
  }
  const errors = corpus.diagnostics.filter((d) => d.level === "error").length;
  return options.strict && errors > 0 ? 1 : 0;
}

/** Prints the first diagnostics, each with its file as the user can open it (`shown`), and the counts. */
function printSummary(
  diagnostics: readonly Diagnostic[],
  files: readonly CorpusFile[],
  shown: (file: string) => string,
  lang: Language,
): void {
  const say = PARSE_CLI[lang];
  for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS)) {
    const place = `${shown(d.file)}${d.line === null ? "" : `:${d.line}`}`;
    console.error(`${place}: ${say.levels(d.level)}: ${localiseDiagnostic(d, lang)}`);
  }
  if (diagnostics.length > MAX_PRINTED_DIAGNOSTICS) {
    console.error(say.moreDiagnostics(diagnostics.length - MAX_PRINTED_DIAGNOSTICS));
  }
  const outcomes = (outcome: string) => files.filter((file) => file.outcome === outcome).length;
  const levels = (level: string) => diagnostics.filter((d) => d.level === level).length;
  const read = new Set(files.map((file) => file.file)).size;
  console.error(
    `parse: ${
      say.summary(
        read,
        outcomes("project"),
        outcomes("duplicate"),
        outcomes("error"),
        levels("error"),
        levels("warning"),
      )
    }`,
  );
}

if (import.meta.main) {
  try {
    Deno.exitCode = await main(Deno.args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`parse: ${PARSE_CLI[languageOf(Deno.args, "en")].failed(message)}`);
    Deno.exitCode = 3;
  }
}
