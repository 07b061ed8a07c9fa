/**
 * `deno task parse`: parse EURA project descriptions into a table.
 *
 * ```
 * deno task parse [--format ndjson|json|csv|parquet] [--out FILE]
 *                 [--diagnostics FILE] [--strict] PATH...
 * ```
 *
 * Exit status: 0 when it ran (even with diagnostics); 1 with `--strict` and
 * an error diagnostic; 2 for a usage error.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { toFlatFrame, toJsonRecords } from "../frame/serialise.ts";
import { formatTerminalTable } from "../output/terminal_table.ts";
import { diagnosticRecord } from "../diagnostics.ts";
import type { Diagnostic } from "../schema.ts";

const FORMATS = ["ndjson", "json", "csv", "parquet"] as const;
type Format = typeof FORMATS[number];

const USAGE =
  `Usage: deno task parse [--format ndjson|json|csv|parquet] [--out FILE] [--diagnostics FILE] [--strict] PATH...

Parses EURA project descriptions (files, or folders read recursively for *.txt) into one row per project.

  --format F          ndjson, json, csv or parquet; without it, a readable table of the key columns
  --out FILE          write the rows to FILE instead of standard output (required for parquet)
  --diagnostics FILE  write every diagnostic to FILE as ndjson {file, line, level, code, message, project_code}
  --contacts FILE     write people's contact details (personal data) to FILE as ndjson; never written otherwise
  --strict            exit 1 if any file gave an error diagnostic
  -h, --help          show this help`;

/** Most diagnostics printed to stderr; the rest are counted. */
const MAX_PRINTED_DIAGNOSTICS = 20;

class UsageError extends Error {}

interface Options {
  format: Format | undefined;
  out: string | undefined;
  diagnostics: string | undefined;
  contacts: string | undefined;
  strict: boolean;
  paths: string[];
}

function readOptions(args: string[]): Options | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        out: { type: "string" },
        diagnostics: { type: "string" },
        contacts: { type: "string" },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // node:util's messages run on with advice about "--"; the first sentence says it.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/(?<=\.) /)[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const format = values.format;
  if (
    format !== undefined && !(FORMATS as readonly string[]).includes(format)
  ) {
    throw new UsageError(
      `Unknown format "${format}": use one of ${FORMATS.join(", ")}.`,
    );
  }
  if (format === "parquet" && values.out === undefined) {
    throw new UsageError(
      "Parquet is binary: name the output file with --out FILE.",
    );
  }
  if (positionals.length === 0) {
    throw new UsageError("No PATH given: name the files or folders to parse.");
  }
  for (const path of positionals) {
    try {
      Deno.statSync(path);
    } catch {
      throw new UsageError(`No such file or folder: ${path}`);
    }
  }
  return {
    format: format as Format | undefined,
    out: values.out,
    diagnostics: values.diagnostics,
    contacts: values.contacts,
    strict: values.strict ?? false,
    paths: positionals,
  };
}

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
  const corpus = await loadCorpus(options.paths, {
    onProgress: (done, total) => {
      if (total >= 200 && (done % 500 === 0 || done === total)) {
        console.error(`parse: read ${done} of ${total} files`);
      }
    },
  });
  const frames = toDataFrame(corpus);
  const encoder = new TextEncoder();
  const write = async (text: string) => {
    if (options.out !== undefined) await Deno.writeTextFile(options.out, text);
    else await Deno.stdout.write(encoder.encode(text));
  };
  switch (options.format) {
    case undefined:
      await write(formatTerminalTable(frames.projects));
      break;
    case "ndjson":
      await write(
        toJsonRecords(frames.projects).map((row) => JSON.stringify(row) + "\n")
          .join(""),
      );
      break;
    case "json":
      await write(
        JSON.stringify(toJsonRecords(frames.projects), null, 2) + "\n",
      );
      break;
    case "csv":
      await write(toFlatFrame(frames.projects).writeCSV().toString());
      break;
    case "parquet":
      frames.projects.writeParquet(options.out!);
      break;
  }
  if (options.diagnostics !== undefined) {
    await Deno.writeTextFile(
      options.diagnostics,
      corpus.diagnostics.map((d) => JSON.stringify(diagnosticRecord(d)) + "\n").join(""),
    );
  }
  if (options.contacts !== undefined) {
    await Deno.writeTextFile(
      options.contacts,
      toJsonRecords(frames.contacts).map((c) => JSON.stringify(c) + "\n").join(
        "",
      ),
    );
  }
  printSummary(corpus.diagnostics, corpus.files.map((file) => file.outcome));
  const errors = corpus.diagnostics.filter((d) => d.level === "error").length;
  return options.strict && errors > 0 ? 1 : 0;
}

function printSummary(
  diagnostics: readonly Diagnostic[],
  outcomes: readonly string[],
): void {
  for (const d of diagnostics.slice(0, MAX_PRINTED_DIAGNOSTICS)) {
    console.error(
      `${d.file}${d.line === null ? "" : `:${d.line}`}: ${d.level}: ${d.message}`,
    );
  }
  if (diagnostics.length > MAX_PRINTED_DIAGNOSTICS) {
    console.error(
      `… and ${
        diagnostics.length - MAX_PRINTED_DIAGNOSTICS
      } more diagnostics (write them all with --diagnostics FILE).`,
    );
  }
  const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  const level = (name: string) => diagnostics.filter((d) => d.level === name).length;
  console.error(
    `parse: ${outcomes.length} files: ${count("project")} projects, ${count("duplicate")} duplicates, ` +
      `${count("error")} unreadable; ${level("error")} errors, ${level("warning")} warnings.`,
  );
}

if (import.meta.main) {
  try {
    Deno.exitCode = await main(Deno.args);
  } catch (error) {
    console.error(
      `parse: failed: ${error instanceof Error ? error.message : error}`,
    );
    Deno.exitCode = 3;
  }
}
