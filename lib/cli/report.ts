/**
 * `deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--register FILE] [--no-notebooks]`
 *
 * Exit status: 0 when the report was written; 1 when it could not be (the
 * message says why, e.g. how to install Jupyter); 2 for a usage error.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { buildReport } from "../report/build_report.ts";

const USAGE = `Usage: deno task report [--corpus DIR] [--out DIR] [--lang fi|en] [--register FILE] [--no-notebooks]

Parses the corpus, runs every notebook on it, and writes to --out: the executed notebooks, every chart
as SVG and PNG, the tables as CSV, Finnish-Excel CSV and Parquet, index.html and manifest.json.
--register FILE adds the comparison with an official EURA project list and the programme charts.
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
        register: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
    if (values.lang !== "fi" && values.lang !== "en") {
      throw new Error(`Unknown language "${values.lang}": use fi or en.`);
    }
    const stat = (path: string) => {
      try {
        return Deno.statSync(path);
      } catch {
        return null;
      }
    };
    if (!stat(values.corpus!)?.isDirectory) throw new Error(`No such folder: ${values.corpus}`);
    if (values.register !== undefined && !stat(values.register)?.isFile) {
      throw new Error(`No such file: ${values.register}`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`report: ${
      message
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
      register: values.register,
    });
    return 0;
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

if (import.meta.main) Deno.exitCode = await main(Deno.args);
