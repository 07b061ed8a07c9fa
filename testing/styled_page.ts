/**
 * S11547's saved page (a fixture) with its row of actual public funding given anew and style rules added, read as the
 * parser reads it: the tests of what a saved page hides or shows share it.
 *
 * @module
 */
import { htmlToText } from "../lib/parse/html_text.ts";
import type { ExtractionProblem } from "../lib/parse/html_text.ts";
import { parseDocuments } from "../lib/parse/parse_document.ts";
import { fixtureFile } from "./form_fixtures.ts";

/** S11547's saved page, as a browser saved it. */
export const S11547_PAGE = Deno.readTextFileSync(fixtureFile("000_0083efce40fb50fc.html"));
/** S11547's row of its actual public funding, 614 153. */
export const ACTUAL_ROW = "<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    <dd>614&nbsp;153</dd>";

/** What the parser read from a styled page: S11547's public funding, the actual's line, and the page's problems. */
export interface StyledReading {
  planned: number | null;
  actual: number | null;
  /** The text's line of actual public funding, or null when it has none. */
  line: string | null;
  problems: ExtractionProblem[];
}

/** S11547's page with the actual public funding's `dd` as given and `css` added to its sheet, read. */
export function readStyledPage(dd: string, css = ""): StyledReading {
  const text = S11547_PAGE.replace("</style>", `${css}\n  </style>`)
    .replace(ACTUAL_ROW, `<dt>Toteutunut julkinen rahoitus yhteensä</dt>\n    ${dd}`);
  if (!text.includes(dd)) throw new Error("the page was not changed");
  const html = htmlToText(new TextEncoder().encode(text));
  const project = parseDocuments(html.text).documents[0]?.project;
  return {
    planned: (project?.funding_public_planned ?? null) as number | null,
    actual: (project?.funding_public_actual ?? null) as number | null,
    line: html.text.split("\n").find((line) => line.startsWith("Toteutunut julkinen")) ?? null,
    problems: html.problems,
  };
}
