/**
 * Finding where one project description ends and the next begins in a file
 * that holds several (exports joined with `cat`, or saved one after another).
 *
 * A new document starts, once the current document has gone past its
 * project block (a heading of a later section), at a template header (a
 * line of its own, or one with the project's code or heading under it: a
 * print's dated header line inside a document is neither), a project heading
 * ("1. Projekti", "1 Hanke") with a code line under it, or, when the current
 * document has its code, a code line: a header or code line repeated inside
 * one document's first block does not split it, and a document that lost its
 * code line still ends where the next one's header starts. The new document takes the
 * "Euroopan unioni / Vipuvoimaa EU:lta" lines above its header with it, and
 * when the files were joined without a line break, that preamble is cut off
 * the end of the previous document's last line.
 *
 * @module
 */
import { isCodeLine, isHeaderLine } from "./identity.ts";
import { headingKey, type Line } from "./sections.ts";

/** The template's header as a line of its own (`Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus`). */
const BARE_HEADER = /^(?:euroopan\s+sosiaalirahaston\s+\(esr\)\s+)?rahoittaman\s+(?:projektin|hankkeen)\s+kuvaus\.?$/i;
/** A `Label: value` line. */
const LABELLED = /^[^:]{1,60}:\s*\S/;
/** The template's preamble above its header: `Euroopan unioni`, `Vipuvoimaa EU:lta`. */
export const PREAMBLE = /^(euroopan unioni|vipuvoimaa eu:lta)(\s+vipuvoimaa eu:lta)?$/i;
/**
 * The next file's start glued to the end of the previous document's last line (`cat` of a file with no final line
 * break): its preamble, or its header where it has none.
 */
const GLUED_PREAMBLE =
  /(?<=\S)(?:Euroopan unioni(\s+Vipuvoimaa EU:lta)?|Euroopan sosiaalirahaston \(ESR\) rahoittaman (?:projektin|hankkeen) kuvaus)$/;
/**
 * The lines of a file as documents, each with the file's line numbers: one
 * document for an ordinary file.
 *
 * @example Usage
 * ```ts
 * import { splitDocuments } from "./split_documents.ts";
 * import { splitLines } from "./split_lines.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const one = "Projektikoodi: S10001\n2. Projektin toteuttaja\nY-tunnus: 1234567-8";
 * const [first, second] = splitDocuments(splitLines(`${one}\n${one.replace("S10001", "S10002")}`));
 * assertEquals([first!.length, second![0]!.number, second![0]!.text], [3, 4, "Projektikoodi: S10002"]);
 * ```
 */
export function splitDocuments(lines: readonly Line[]): Line[][] {
  const starts: number[] = [0];
  let hasCode = false;
  let pastProject = false;
  /** What comes first within `span` lines after the line: a code line ("code"), a heading (its key), or nothing. */
  const firstMark = (index: number, span: number) => {
    for (const line of lines.slice(index + 1, index + 1 + span)) {
      if (isCodeLine(line.text)) return "code";
      const key = line.text === "" ? undefined : headingKey(line);
      if (key !== undefined) return key;
    }
    return undefined;
  };
  /** Whether a document's opening follows the line: a code line or the project heading before any other heading. */
  const projectFollows = (index: number) => ["code", "project"].includes(firstMark(index, 11) ?? "");
  const codeFollows = (index: number) => firstMark(index, 7) === "code";
  /** The current document's code as printed (spaces dropped, upper case), once it has one. */
  let currentCode: string | null = null;
  const codeOf = (text: string) => text.slice(text.indexOf(":") + 1).replace(/\s+/g, "").toUpperCase();
  /** Whether another project's opening follows the line: a code line, within the opening's lines, of another code. */
  const otherCodeFollows = (index: number) => {
    const next = lines.slice(index + 1, index + 12).find((line) => isCodeLine(line.text));
    return next !== undefined && currentCode !== null && codeOf(next.text) !== currentCode;
  };
  /** Whether the current document has had its header, and a `Label: value` line since its last one (a cut start). */
  let headed = false;
  let labelled = false;
  lines.forEach((line, index) => {
    const { text } = line;
    // A blank line is no code line, header, `Label: value` line nor heading: it changes nothing below, and is not
    // looked at (measured on 3,000 generated documents: 5.1 µs a document against 6).
    if (text === "") return;
    const code = isCodeLine(text);
    const header = isHeaderLine(text);
    // A document cut inside its project block, and another joined after it: the template's header as a line of its
    // own with another project's code under it starts a document (its own header repeated, with its code, does not);
    // so does one with a project's opening under it after a header and a value but no code (cut before its code line).
    if (
      !pastProject && header && BARE_HEADER.test(text) && projectFollows(index) &&
      (hasCode ? otherCodeFollows(index) : headed && labelled)
    ) {
      starts.push(startOf(lines, index, starts.at(-1)!));
      hasCode = false;
      currentCode = null;
      labelled = false;
    }
    // Past the project block, `labelled` is never asked (a start sets it false with `pastProject`): not looked at.
    if (header) {
      headed = true;
      labelled = false; // values since its last header (the preamble's `Vipuvoimaa EU:lta` is none)
    } else if (!pastProject && !labelled && !code && LABELLED.test(text)) labelled = true;
    // Only a document past its project block can end; only then is a start looked for: the template's header as a
    // line of its own, or a header with the project's opening under it (a print's header line, dated and with the
    // site's name, inside a document has neither), or a project heading with a code under it, and when the document
    // has its code, a code line too. (A document that lost its code ends at the next one's header, not at a code line:
    // it may be its own, out of place.)
    if (
      pastProject &&
      ((hasCode && code) || (header && (BARE_HEADER.test(text) || projectFollows(index))) ||
        (text.startsWith("1") && headingKey(line) === "project" && codeFollows(index)))
    ) {
      starts.push(startOf(lines, index, starts.at(-1)!));
      hasCode = false;
      currentCode = null;
      pastProject = false;
      labelled = false;
    }
    if (code) {
      hasCode = true;
      currentCode ??= codeOf(text);
    } else if (!header && !pastProject && text !== "") {
      const key = headingKey(line);
      if (key !== undefined && key !== "project") pastProject = true;
    }
  });
  return starts.map((start, i) => {
    const document = lines.slice(start, starts[i + 1] ?? lines.length);
    const last = document.findLastIndex((line) => line.text !== "");
    if (i + 1 < starts.length && last >= 0 && GLUED_PREAMBLE.test(document[last]!.text)) {
      document[last] = { ...document[last]!, text: document[last]!.text.replace(GLUED_PREAMBLE, "") };
      // The file ended in that line without a line break (a cut download, as likely as not): the blank lines after
      // it are the next file's preamble's, not a sign that the line is whole (see `unreadCutValues`).
      document.length = last + 1;
    }
    return document;
  });
}

/** Where a document whose header or code is at `index` starts: with the preamble and blank lines above it. */
function startOf(lines: readonly Line[], index: number, previous: number): number {
  let start = index;
  while (start - 1 > previous && (lines[start - 1]!.text === "" || PREAMBLE.test(lines[start - 1]!.text))) start--;
  while (start < index && lines[start]!.text === "") start++;
  return start;
}
