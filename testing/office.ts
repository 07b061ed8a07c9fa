/**
 * What the tests of Office files share: the zip package of an `.xlsx` or
 * `.docx` by path, the texts of a Word document's paragraphs and tables, and
 * LibreOffice, pdftotext and pdftoppm run headless (each found where Debian
 * installs it, or undefined so that a test can say it is skipped).
 *
 * @module
 */
import { ok as assert } from "node:assert/strict";
import JSZip from "jszip";

/** The files of a zip package (an .xlsx or .docx) by path. */
export async function unzip(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, Uint8Array> = {};
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir) files[path] = await entry.async("uint8array");
  }
  return files;
}

/** UTF-8 bytes as text. */
export const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const TEXT_RUN = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;

/** The texts of the first table's cells (or of the table given), row by row, from WordprocessingML. */
export function tableCells(xml: string): string[][] {
  const table = xml.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? "";
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
      xmlText([...cell.matchAll(TEXT_RUN)].map((m) => m[1]).join(""))
    )
  );
}

/** XML text as it reads: its five escapes undone (`&quot;` as `"`). */
const xmlText = (text: string) => text.replace(/&(quot|apos|lt|gt|amp);/g, (_, name: string) => XML_ESCAPES[name]!);
const XML_ESCAPES: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

/** The paragraphs' plain texts, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map(([paragraph]) =>
    xmlText([...paragraph.matchAll(TEXT_RUN)].map((match) => match[1]).join(""))
  );
}

/** The path of a program where Debian puts it, or undefined. */
export function which(name: string): string | undefined {
  return ["/usr/bin/", "/usr/local/bin/", "/opt/libreoffice/program/"].map((dir) => dir + name).find((path) => {
    try {
      return Deno.statSync(path).isFile;
    } catch {
      return false;
    }
  });
}

export const SOFFICE = which("soffice");
export const PDFTOPPM = which("pdftoppm");
export const PDFTOTEXT = which("pdftotext");

/**
 * Runs a program, killed after 600 s (for a hang, not a slow machine: the test of a Word report of 300 documents took
 * 87 s beside other test files on a loaded machine, 21 s alone); its standard output, or a failed assertion with its
 * standard error.
 */
export async function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = new Deno.Command(command, { args, env, stdout: "piped", stderr: "piped" }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), 600_000);
  const output = await child.output();
  clearTimeout(timer);
  assert(output.success, `${command} ${args.join(" ")} failed: ${utf8(output.stderr)}`);
  return utf8(output.stdout);
}

/**
 * Converts a file with LibreOffice headless in the locale, with a fresh
 * profile inside `outdir`; `infilter` says how to read the file (a CSV's
 * separator and encoding, e.g. `CSV:59,34,76,1`).
 */
export async function libreOfficeConvert(
  file: string,
  format: string,
  outdir: string,
  locale: string,
  infilter?: string,
): Promise<void> {
  await run(SOFFICE!, [
    `-env:UserInstallation=file://${outdir}/profile`,
    "--headless",
    "--norestore",
    ...(infilter ? [`--infilter=${infilter}`] : []),
    "--convert-to",
    format,
    "--outdir",
    outdir,
    file,
  ], { LC_ALL: locale, LANG: locale, HOME: outdir });
}
