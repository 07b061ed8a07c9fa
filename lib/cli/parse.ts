/**
 * `deno task parse`: parse EURA project descriptions into a table.
 *
 * ```
 * deno task parse [--format ndjson|json|csv|parquet] [--out FILE] [--diagnostics FILE]
 *                 [--contacts FILE] [--keep-contact-text] [--without-texts] [--cache] [--force] [--strict] PATH...
 * ```
 *
 * Exit status: 0 when it ran (even with diagnostics); 1 with `--strict` and
 * an error diagnostic; 2 for a usage error.
 *
 * @module
 */
import { isAbsolute, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { diagnosticRecord } from "../diagnostics.ts";
import { toFlatFrame, toJsonRecords } from "../frame/serialise.ts";
import { loadCorpusFrames } from "../frame/load_frames.ts";
import { formatTerminalTable } from "../output/terminal_table.ts";
import { scrubDiagnostic, scrubFrame } from "../output/scrub.ts";
import type { CorpusFile, Diagnostic } from "../schema.ts";
import { count, firstSentence, type OptionHelp, optionsHelp, UsageError, usageLine } from "./usage.ts";
import { progressLine } from "./progress.ts";

const FORMATS = ["ndjson", "json", "csv", "parquet"] as const;
type Format = typeof FORMATS[number];

/** Every option, with its help: the usage line and --help are made from this table. */
const OPTIONS = {
  format: { type: "string", value: "F", help: "ndjson, json, csv or parquet; without it, a readable table" },
  out: { type: "string", value: "FILE", help: "write the rows to FILE, not to standard output (needed for parquet)" },
  diagnostics: {
    type: "string",
    value: "FILE",
    help: "write every diagnostic to FILE as ndjson {file, line, level, code, message, project_code}",
  },
  contacts: {
    type: "string",
    value: "FILE",
    help: "write people's contact details (personal data) to FILE as ndjson; never written otherwise",
  },
  "keep-contact-text": {
    type: "boolean",
    help: "keep e-mail addresses and phone numbers found in the free texts (replaced by a marker otherwise)",
  },
  "without-texts": {
    type: "boolean",
    help: "leave out the six long free texts (target groups, summaries, plans): no figure needs them, and " +
      "parsing takes less time and memory",
  },
  cache: {
    type: "boolean",
    help: "keep each document's parse in the parse cache (esf-toolkit/parse in $XDG_CACHE_HOME or ~/.cache, " +
      "folders only you can open: it holds the documents' contacts and texts): a re-run parses only new and changed " +
      "documents",
  },
  force: { type: "boolean", help: "replace output files that exist already (otherwise they are kept and it stops)" },
  strict: { type: "boolean", help: "exit 1 if any file gave an error diagnostic" },
  help: { type: "boolean", short: "h", help: "show this help" },
} as const satisfies Record<string, OptionHelp>;

const USAGE = `${usageLine("parse", OPTIONS, "PATH...")}

Parses EURA project descriptions (files, or folders read recursively for *.txt, *.html, *.htm and *.pdf)
into one row per project.

${optionsHelp(OPTIONS)}`;

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
  paths: string[];
}

function readOptions(args: string[]): Options | "help" {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(firstSentence(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}": use one of ${FORMATS.join(", ")}.`);
  }
  if (format === "parquet" && values.out === undefined) {
    throw new UsageError("Parquet is binary: name the output file with --out FILE.");
  }
  if (positionals.length === 0) throw new UsageError("No PATH given: name the files or folders to parse.");
  for (const path of positionals) {
    try {
      Deno.lstatSync(path);
    } catch {
      throw new UsageError(`No such file or folder: ${path}`);
    }
  }
  const named = new Map<string, string>(); // each output's file, resolved: two flags naming one would overwrite
  for (const flag of ["out", "diagnostics", "contacts"] as const) {
    const path = values[flag];
    if (path === undefined) continue;
    const other = named.get(resolve(path));
    if (other !== undefined) {
      throw new UsageError(`--${other} and --${flag} name the same file, ${path}: name one file for each.`);
    }
    named.set(resolve(path), flag);
    const existing = statOrNull(path);
    if (existing?.isDirectory) throw new UsageError(`--${flag} ${path} is a folder: name a file.`);
    if (existing && !values.force) {
      throw new UsageError(`--${flag} ${path} exists already: name a new file, or add --force to replace it.`);
    }
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
    paths: positionals,
  };
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
  return paths.length === 1 && statOrNull(paths[0]!)?.isDirectory ? paths[0]! : ".";
}

const ndjson = (rows: readonly unknown[]) => rows.map((row) => JSON.stringify(row) + "\n").join("");

/** Runs the command with the arguments; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = readOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`parse: ${error.message} (see --help)`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const root = rootOf(options.paths);
  const corpus = await loadCorpusFrames(options.paths, {
    onProgress: progressLine("parse"),
    root,
    cache: options.cache,
    texts: options.texts,
  });
  const frames = corpus.frames;
  const projects = scrubFrame(frames.projects, { keepContactText: options.keepContactText });
  const write = async (text: string) => {
    if (options.out !== undefined) await Deno.writeTextFile(options.out, text);
    else await Deno.stdout.write(new TextEncoder().encode(text));
  };
  const found = frames.projects.height > 0;
  switch (options.format) {
    case undefined:
      if (found) await write(formatTerminalTable(projects));
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
      projects.writeParquet(options.out!);
      break;
  }
  if (options.diagnostics !== undefined) {
    const scrubbed = corpus.diagnostics.map((d) => scrubDiagnostic(d, { keepContactText: options.keepContactText }));
    await Deno.writeTextFile(options.diagnostics, ndjson(scrubbed.map(diagnosticRecord)));
  }
  if (options.contacts !== undefined) {
    await Deno.writeTextFile(options.contacts, ndjson(toJsonRecords(frames.contacts)));
  }
  printSummary(corpus.diagnostics, corpus.files, (file) => isAbsolute(file) ? file : join(root, file));
  if (!found) console.error(`parse: no project descriptions found in ${options.paths.join(", ")}`);
  const errors = corpus.diagnostics.filter((d) => d.level === "error").length;
  return options.strict && errors > 0 ? 1 : 0;
}

/** Prints the first diagnostics, each with its file as the user can open it (`shown`), and the counts. */
function printSummary(
  diagnostics: readonly Diagnostic[],
  files: readonly CorpusFile[],
  shown: (file: string) => string,
): void {
  for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS)) {
    console.error(`${shown(d.file)}${d.line === null ? "" : `:${d.line}`}: ${d.level}: ${d.message}`);
  }
  if (diagnostics.length > MAX_PRINTED_DIAGNOSTICS) {
    console.error(
      `… and ${
        diagnostics.length - MAX_PRINTED_DIAGNOSTICS
      } more diagnostics (write them all with --diagnostics FILE).`,
    );
  }
  const outcomes = (outcome: string) => files.filter((file) => file.outcome === outcome).length;
  const levels = (level: string) => diagnostics.filter((d) => d.level === level).length;
  console.error(
    `parse: ${count(new Set(files.map((file) => file.file)).size, "file")}: ${
      count(outcomes("project"), "project")
    }, ` +
      `${count(outcomes("duplicate"), "duplicate")}, ${outcomes("error")} unreadable; ` +
      `${count(levels("error"), "error")}, ${count(levels("warning"), "warning")}.`,
  );
}

if (import.meta.main) {
  try {
    Deno.exitCode = await main(Deno.args);
  } catch (error) {
    console.error(`parse: failed: ${error instanceof Error ? error.message : error}`);
    Deno.exitCode = 3;
  }
}
