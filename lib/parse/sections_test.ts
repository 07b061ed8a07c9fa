import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, SEED_2007, SEED_2014, SEED_2014_ENDED } from "../../testing/seeds.ts";
import { HEADING_TITLES, HEADINGS_2007, HEADINGS_2014, titleOf } from "../../dev/damage.ts";
import { parseDocument } from "./parse_document.ts";
import type { Project } from "../schema.ts";

const ALL_TITLES = HEADING_TITLES;

interface FreeText {
  seed: string;
  headings: string[];
  /** The heading the text follows. */
  heading: string;
  column: keyof Project;
}

const FREE_TEXTS: FreeText[] = [
  ...([
    ["3.2 Varsinaiset kohderyhmät", "target_groups"],
    ["3.3 Välilliset kohderyhmät", "indirect_target_groups"],
    ["5. Suunnitelman mukainen tiivistelmä toteutuksesta", "summary"],
    ["6.1 Tiedotussuunnitelma", "communication_plan"],
    ["6.2 Suunnitelma hyvien käytäntöjen levittämisestä", "dissemination_plan"],
    ["9. Loppuraportin tiivistelmä", "final_report_summary"],
  ] as const).map(([heading, column]) => ({ seed: SEED_2007, headings: HEADINGS_2007, heading, column })),
  ...([
    ["3 Suunnitelman mukainen tiivistelmä toteutuksesta", "summary"],
    ["4.1 Varsinaiset kohderyhmät", "target_groups"],
    ["4.2 Välilliset kohderyhmät", "indirect_target_groups"],
    ["9 Loppuraportin tiivistelmä", "final_report_summary"],
  ] as const).map(([heading, column]) => ({ seed: SEED_2014_ENDED, headings: HEADINGS_2014, heading, column })),
];

/** The seed with `inserted` as a paragraph of its own after the first line of text under `heading`. */
function insertAfterFirstLine(seed: string, heading: string, inserted: string): { text: string; first: string } {
  const lines = seed.split("\n");
  const at = lines.indexOf(heading);
  assert(at >= 0, heading);
  const first = lines.findIndex((line, i) => i > at && line.trim() !== "");
  lines.splice(first + 1, 0, "", inserted);
  return { text: lines.join("\n"), first: lines[first]! };
}

/** What a heading line may look like in body text: bare, with a wrong number, and with its own number where that goes back. */
function variants(free: FreeText, title: string): string[] {
  const own = free.headings.find((heading) => titleOf(heading) === title);
  const backwards = own !== undefined && free.headings.indexOf(own) <= free.headings.indexOf(free.heading);
  return [title, title.toUpperCase(), `1. ${title}`, ...(backwards ? [own!] : [])];
}

Deno.test("every heading title inside every free-text field of both templates is body text", () => {
  let checked = 0;
  for (const free of FREE_TEXTS) {
    const clean = parseDocument(free.seed).document!.project;
    for (const title of ALL_TITLES) {
      for (const line of variants(free, title)) {
        const { text, first } = insertAfterFirstLine(free.seed, free.heading, line);
        const { document, diagnostics } = parseDocument(text);
        const where = `"${line}" in ${free.column} of ${clean.project_code}`;
        assertEquals(diagnostics, [], where);
        const got = document!.project;
        const original = clean[free.column] as string;
        assertEquals(got[free.column], original.replace(first, `${first}\n\n${line}`), where);
        assertEquals({ ...got, [free.column]: null }, { ...clean, [free.column]: null }, where);
        checked++;
      }
    }
  }
  assert(checked > 400, `${checked} cases`);
});

Deno.test("heading titles inside the 2014-2020 justifications are body text too", () => {
  const cases = [
    ["Hankkeen toimenpiteissä huomioidaan henkilökohtaiset", "genderEquality"],
    ["Digitaalisen materiaalin tuottaminen vähentää", "sustainabilityScores"],
  ] as const;
  const clean = parseDocument(SEED_2014_ENDED).document!;
  for (const [after, table] of cases) {
    for (const title of ALL_TITLES) {
      const lines = SEED_2014_ENDED.split("\n");
      const at = lines.findIndex((line) => line.startsWith(after));
      lines.splice(at + 1, 0, title);
      const { document, diagnostics } = parseDocument(lines.join("\n"));
      assertEquals(diagnostics, [], `${title} after ${after}`);
      assertEquals(document!.project, clean.project, title);
      const rows = document![table] as { justification: string | null }[];
      const cleanRows = clean[table] as { justification: string | null }[];
      const changed = rows.findIndex((row, i) => row.justification !== cleanRows[i]!.justification);
      assertEquals(rows[changed]!.justification, `${cleanRows[changed]!.justification}\n${title}`, title);
      assertEquals(rows.length, cleanRows.length, title);
    }
  }
});

Deno.test("a summary paragraph holding the word Osatoteuttajat is not read as the co-implementers block", () => {
  const text = SEED_2014.replace(
    "Hankkeen aikana kehitetään toimiva",
    "Osatoteuttajat\n\nOsaamiskeskuksen toteuttavat yhdessä kaupunki ja yhdistys.\n\nHankkeen aikana kehitetään toimiva",
  );
  assert(text !== SEED_2014);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(diagnostics, []);
  assertEquals(document!.project.co_implementers, [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }]);
  assert(document!.project.summary!.includes("Osatoteuttajat\n\nOsaamiskeskuksen toteuttavat"));
});

Deno.test("the real headings are still found with their number lost, where the template puts them", () => {
  const text = SEED_2007.replace("\n7. Projektin julkinen rahoitus, euroa\n", "\nProjektin julkinen rahoitus, euroa\n");
  assert(text !== SEED_2007);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(diagnostics, []);
  assertEquals(document!.project.funding_public_actual, 614153);
});

Deno.test("a numbered heading wrapped onto the next line (a text hard-wrapped at 40–72 columns) is its section's", () => {
  const wraps = [
    ["3 Suunnitelman mukainen tiivistelmä toteutuksesta", "3 Suunnitelman mukainen tiivistelmä\ntoteutuksesta"],
    [
      "7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista",
      "7 Hakemusvaiheessa ilmoitettavat arviot\nhankekohtaisista seurantiedoista",
    ],
  ];
  const clean = parseDocument(SEED_2014).document!;
  for (const [from, to] of wraps) {
    const { document, diagnostics } = parseDocument(edit(SEED_2014, from!, to!));
    assertEquals(document!.project, clean.project, to);
    assertEquals(diagnostics.filter((d) => d.code === "missing_section" || d.code === "unusual_value"), [], to);
  }
});

Deno.test("a figure's rest under it and a heading that lost its number make no numbered heading", () => {
  // `400` and `Horisontaaliset periaatteet` read as heading 400: the wrap of `1` / `400` went unseen.
  const text = edit(
    SEED_2014,
    "Suunniteltu: 400\n\n8 Horisontaaliset periaatteet",
    "Suunniteltu: 1\n400\nHorisontaaliset periaatteet",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.participants_planned, null);
  assert(diagnostics.some((d) => d.message.includes("1 400")), diagnostics.map((d) => d.message).join("\n"));
});
