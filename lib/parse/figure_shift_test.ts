import { assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

/** S11547's participants block as printed. */
const PARTICIPANTS =
  "Suunniteltu: 199, joista naisia 100\n\nToteutunut seurantatietojen mukaan: 119, joista naisia 102";

/** The seed with `from` printed as `to`, parsed: its participants and what was said, by code and line. */
function withBlock(to: string, seed = SEED_2007, from = PARTICIPANTS) {
  const text = edit(seed, from, to);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "i.txt" });
  const p = document!.project;
  return {
    text,
    participants: [
      p.participants_planned,
      p.participants_planned_women,
      p.participants_actual,
      p.participants_actual_women,
    ],
    companies: [p.companies_participating_planned, p.companies_participating_actual],
    said: diagnostics.map((d) => [d.code, d.line]).sort(),
  };
}

Deno.test("an indicator's figures shifted one label down, the last on a line of its own: not read as the next label's", () => {
  const { text, participants, said } = withBlock(
    "Suunniteltu:\n\nToteutunut seurantatietojen mukaan: 199, joista naisia 100\n\n119, joista naisia 102",
  );
  assertEquals(participants, [null, null, null, null]);
  const [planned, actual] = [lineOf(text, "Suunniteltu:"), lineOf(text, "Toteutunut seurantatietojen mukaan: 199")];
  assertEquals(
    said,
    [
      ["unreadable_value", planned],
      ["missing_field", planned],
      ["unreadable_value", actual],
      ["unreadable_value", actual],
      ["unusual_value", actual + 2],
    ].sort(),
  );
  // The 2014-2020 participating companies, without women.
  const companies = withBlock(
    "Suunniteltu:\n\nToteutunut seurantatietojen mukaan: 21\n\n25",
    SEED_2014,
    "Suunniteltu: 21\n\nToteutunut seurantatietojen mukaan: 25",
  );
  assertEquals(companies.companies, [null, null]);
  assertEquals(companies.said.filter(([code]) => code === "unusual_value").length, 1);
});

Deno.test("an indicator's figure on a line of its own, or under another label, is said at its line; the labelled ones read", () => {
  for (const extra of ["120", "(120)", "Tavoite: 250, joista naisia 120"]) {
    const { text, participants, said } = withBlock(`${PARTICIPANTS}\n\n${extra}`);
    assertEquals(participants, [199, 100, 119, 102], extra);
    assertEquals(said, [["unusual_value", lineOf(text, extra)]], extra);
  }
  // A label left empty, its figure past a blank line: the label null, the figure said.
  const { text, participants, said } = withBlock(
    "Suunniteltu: 199, joista naisia 100\n\nToteutunut seurantatietojen mukaan:\n\n119, joista naisia 102",
  );
  assertEquals(participants, [199, 100, null, null]);
  const empty = lineOf(text, "Toteutunut seurantatietojen mukaan:");
  // Both of the label's columns say the figure is on a line under it (see `FieldFinder.wrappedRest`).
  assertEquals(said, [["unreadable_value", empty], ["unreadable_value", empty], ["unusual_value", empty + 2]].sort());
});

Deno.test("a paragraph in an indicator's block (its next heading lost) is text, not said figure by figure", () => {
  const paragraph = "Projektin toiminta kohdistui vuosina 2011–2014 noin 120 henkilöön, joista naisia oli noin sata; " +
    "tavoite oli 199 henkilöä.";
  const { participants, said } = withBlock(`${PARTICIPANTS}\n\n${paragraph}`);
  assertEquals([participants, said], [[199, 100, 119, 102], []]);
});
