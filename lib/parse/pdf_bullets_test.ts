/**
 * A PDF's list item starts a line of its own whatever its bullet (see `list_marker.ts`), also after a line printed to
 * the right edge, whose next word would have fit on it.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { handPdf, printedLines } from "../../testing/hand_pdf.ts";
import { pdfToText } from "./pdf_text.ts";

/** A paragraph of 95 characters: one printed line, to the right edge. */
const FULL = "Hankkeen toiminta-alueena ovat seuraavat kunnat joissa hanke järjestää valmennusta ja koko ajan";

Deno.test("pdfToText: a list item after a full line starts a line of its own, whatever its bullet (·, —, -, –, *)", async () => {
  assertEquals(FULL.length, 95);
  for (const bullet of ["·", "—", "-", "–", "*"]) {
    const { text } = await pdfToText(handPdf(printedLines([FULL, `${bullet} Keitele`, `${bullet} Tervo`])));
    // Before: "… koko ajan · Keitele", the first item run into the paragraph (· and — were no list marks here).
    assertEquals(text.split("\n").slice(-3), [FULL, `${bullet} Keitele`, `${bullet} Tervo`], bullet);
  }
});
