import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

/** S11547's funding section as printed. */
const FUNDING_2007 = [
  "Myönnetty EU- ja valtion rahoitus: 645 300",
  "Toteutunut EU- ja valtion rahoitus: 614 153",
  "Suunniteltu julkinen rahoitus yhteensä: 645 300",
  "Toteutunut julkinen rahoitus yhteensä: 614 153",
].join("\n\n");

/** The seed with its funding section printed as `lines` (one blank line apart), parsed. */
function withFunding(lines: readonly string[], seed = SEED_2007, section = FUNDING_2007) {
  const text = edit(seed, section, lines.join("\n\n"));
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  const p = document!.project;
  return {
    text,
    funding: [p.funding_eu_state_granted, p.funding_eu_state_actual, p.funding_public_planned, p.funding_public_actual],
    said: diagnostics.map((d) => [d.code, d.line]).sort(),
    diagnostics,
  };
}

Deno.test("figures shifted one label down, the last on a line of its own: none is read under the wrong label, each line said", () => {
  // "Myönnetty" left empty, its figure printed on the next label's line, and so on down; the last figure stands alone.
  const { text, funding, said } = withFunding([
    "Myönnetty EU- ja valtion rahoitus:",
    "Toteutunut EU- ja valtion rahoitus: 645 300",
    "Suunniteltu julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 645 300",
    "614 153",
  ]);
  assertEquals(funding, [null, null, null, null]);
  const line = (needle: string) => lineOf(text, needle);
  assertEquals(
    said,
    [
      ["unreadable_value", line("Myönnetty EU-")],
      ["unreadable_value", line("Toteutunut EU-")],
      ["unreadable_value", line("Suunniteltu julkinen")],
      ["unreadable_value", line("Toteutunut julkinen")],
      ["unusual_value", line("Toteutunut julkinen") + 2],
    ].sort(),
  );
  // The last figure right under the last label (as if wrapped onto its line): the figures above are not read either.
  const wrapped = withFunding([
    "Myönnetty EU- ja valtion rahoitus:",
    "Toteutunut EU- ja valtion rahoitus: 645 300",
    "Suunniteltu julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 645 300\n614 153",
  ]);
  assertEquals(wrapped.funding, [null, null, null, null]);
  assertEquals(wrapped.said.map(([code]) => code), Array(4).fill("unreadable_value"));
});

Deno.test("a figure line of its own among the funding figures is said at its line; a figure right above it may go on there", () => {
  // Past a blank line under a figure, a figure line may be its rest (a page break inside `614` / `153`) or a figure
  // of its own: the figure above is null, said with both, and the line is said.
  const stray = withFunding([...FUNDING_2007.split("\n\n"), "614 153"]);
  assertEquals(stray.funding, [645300, 614153, 645300, null]);
  const last = lineOf(stray.text, "yhteensä: 614 153");
  assertEquals(stray.said, [["unreadable_value", last], ["unusual_value", last + 2]]);
  // Above the labels, with a unit, and in the 2014-2020 template.
  const above = withFunding(["614 153 €", ...FUNDING_2007.split("\n\n")]);
  assertEquals(above.funding, [645300, 614153, 645300, 614153]);
  assertEquals(above.said, [["unusual_value", lineOf(above.text, "614 153 €")]]);
  const funding2014 = [
    "Myönnetty EU- ja valtion rahoitus: 843 483",
    "Toteutunut EU- ja valtion rahoitus: 113 359",
    "Suunniteltu julkinen rahoitus yhteensä: 1 122 206",
    "Toteutunut julkinen rahoitus yhteensä: 143 265",
  ];
  const later = withFunding([...funding2014, "143 265"], SEED_2014, funding2014.join("\n\n"));
  assertEquals(later.funding, [843483, 113359, 1122206, null]);
  const lastLater = lineOf(later.text, "yhteensä: 143 265");
  assertEquals(later.said, [["unreadable_value", lastLater], ["unusual_value", lastLater + 2]]);
});

Deno.test("an empty funding label with a figure of its own past a blank line: the label null, the figure said, not guessed", () => {
  const { text, funding, said } = withFunding([
    "Myönnetty EU- ja valtion rahoitus: 645 300",
    "Toteutunut EU- ja valtion rahoitus:",
    "614 153",
    "Suunniteltu julkinen rahoitus yhteensä: 645 300",
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
  ]);
  assertEquals(funding, [645300, null, 645300, 614153]);
  const empty = lineOf(text, "Toteutunut EU- ja valtion rahoitus:");
  assertEquals(said, [["unreadable_value", empty], ["unusual_value", empty + 2]]);
});

Deno.test("figures shifted one label up, the first above the labels: none is read under the wrong label", () => {
  const { text, funding, said } = withFunding([
    "645 300",
    "Myönnetty EU- ja valtion rahoitus: 614 153",
    "Toteutunut EU- ja valtion rahoitus: 645 300",
    "Suunniteltu julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä:",
  ]);
  assertEquals(funding, [null, null, null, null]);
  assertEquals(
    said,
    [
      ["unreadable_value", lineOf(text, "Myönnetty EU-")],
      ["unreadable_value", lineOf(text, "Suunniteltu julkinen")],
      ["unreadable_value", lineOf(text, "Toteutunut EU-")],
      ["unreadable_value", lineOf(text, "Toteutunut julkinen")],
      ["unusual_value", lineOf(text, "645 300")],
    ].sort(),
  );
});

Deno.test("a funding line with a figure under none of the template's labels is said at its line, never passed over", () => {
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  for (
    const [to, said, actual] of [
      ["Toteutunut julkinen rahoitus: 614 153", "Toteutunut julkinen rahoitus: 614 153", null],
      ["Toteutunut julk. rahoitus yhteensä: 614 153", "Toteutunut julk.", null],
      [`${used}\n\nMuu rahoitus: 10 000`, "Muu rahoitus", 614153],
      [`${used}\nyhteensä 614 153`, "yhteensä 614 153", 614153],
      [`${used}\n\n(614 153)`, "(614 153)", 614153],
    ] as const
  ) {
    const text = edit(SEED_2007, used, to);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.funding_public_actual, actual, to);
    const line = lineOf(text, said);
    assertEquals(diagnostics.filter((d) => d.line === line).map((d) => d.code), ["unusual_value"], to);
  }
});

Deno.test("a figure whose rest is past a blank line (a page break inside it) is null, said with its rest, in a text too", () => {
  const { text, funding, said } = withFunding([
    "Myönnetty EU- ja valtion rahoitus: 645",
    "300",
    "Toteutunut EU- ja valtion rahoitus: 614 153",
    "Suunniteltu julkinen rahoitus yhteensä: 645 300",
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
  ]);
  assertEquals(funding, [null, 614153, 645300, 614153]);
  const cut = lineOf(text, "rahoitus: 645");
  assertEquals(said, [["unreadable_value", cut], ["unusual_value", cut + 2]]);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.funding_eu_state_granted, null);
  assert(diagnostics[0]!.message.includes('"645 300"'), diagnostics[0]!.message);
});
