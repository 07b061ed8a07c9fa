/**
 * A list's bullets are dropped from its items wherever the list comes from: a text's lines, or a saved page's `<li>`
 * items that print their own bullet (`<li>▪ Gradia</li>`), and whichever bullet a word processor puts.
 */
import { assertEquals } from "../../testing/assert.ts";
import { htmlToText } from "./html_text.ts";
import { parseDocuments } from "./parse_document.ts";
import { readCoImplementers } from "./co_implementers.ts";
import { fixtureFile } from "../../testing/form_fixtures.ts";

/** A 2014–2020 page whose one co-implementer, Paremmin Yhdessä ry, is printed as a paragraph. */
const PAGE = Deno.readTextFileSync(fixtureFile("003_26d83fee4ba57d94.html"));
const CO_IMPLEMENTER = "<p>Paremmin Yhdessä ry, 2312333-7</p>";

/** The co-implementers read from the page with its co-implementer given as a list of `items`. */
function coImplementersOf(items: string[]): unknown {
  const text = PAGE.replace(CO_IMPLEMENTER, `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`);
  if (text === PAGE) throw new Error("the page was not changed");
  const { documents } = parseDocuments(htmlToText(new TextEncoder().encode(text)).text);
  return documents[0]!.project.co_implementers;
}

Deno.test("htmlToText: an <li> that prints its own bullet (▪, ‐, ●) gets no dash before it: the name is read without it", () => {
  // Before: "- ▪ 4H-yhdistys ry" was written (a dash added before a bullet it did not know), and the name read
  // "▪ 4H-yhdistys ry".
  for (const bullet of ["▪", "‐", "―", "·", "●", "◦", "■", "‣", "⁃", "−", "\uF0B7"]) {
    assertEquals(coImplementersOf([`${bullet} 4H-yhdistys ry, 0208201-1`, `${bullet} Gradia, 0208201-1`]), [
      { name: "4H-yhdistys ry", business_id: "0208201-1" },
      { name: "Gradia", business_id: "0208201-1" },
    ], bullet);
  }
});

Deno.test("readCoImplementers: the bullets of word processors (●, ◦, ■, ‣, ⁃, −, Symbol's ) are dropped", () => {
  // Before: a name kept its bullet ("● 4H-yhdistys ry") where the bullet was not one of - ‐–― • · ▪ *.
  for (const bullet of ["●", "◦", "○", "■", "‣", "⁃", "►", "➢", "−", "\uF0B7"]) {
    const lines = [`${bullet} 4H-yhdistys ry, 0208201-1`].map((text, i) => ({ number: 50 + i, text }));
    assertEquals(
      readCoImplementers(lines).coImplementers,
      [{ name: "4H-yhdistys ry", business_id: "0208201-1" }],
      bullet,
    );
  }
});
