/**
 * `deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--no-notebooks]`
 *
 * Exit status: 0 when the report was written; 1 when it could not be (the
 * message says why, e.g. how to install Jupyter); 2 for a usage error.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { buildReport } from "./report.ts";

const USAGE = `Usage: deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--no-notebooks]

Parses the corpus, runs every notebook on it, and writes to --out: the executed notebooks, every chart
as SVG and PNG, the tables as CSV, Finnish-Excel CSV and Parquet, index.html and manifest.json.
Defaults: --corpus data, --out out, --lang fi.`;

/** Runs the command; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        corpus: { type: "string", default: "data" },
        out: { type: "string", default: "out" },
        lang: { type: "string", default: "fi" },
        "no-notebooks": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
    if (values.lang !== "fi" && values.lang !== "en") {
      throw new Error(`Unknown language "${values.lang}": use fi or en.`);
    }
    if (!Deno.statSync(values.corpus!).isDirectory) throw new Error(`Not a folder: ${values.corpus}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`report: ${
      message.replace(/^.*No such file.*$/s, "No such folder: " + (values?.corpus ?? ""))
        .split(/(?<=\.) /)[0]
    } (see --help)`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    await buildReport({
      corpus: values.corpus!,
      out: values.out!,
      lang: values.lang as "fi" | "en",
      notebooks: !values["no-notebooks"],
    });
    return 0;
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
