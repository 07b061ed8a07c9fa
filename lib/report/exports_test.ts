import { tempDir } from "../../testing/temp.ts";
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { allFiles } from "../../testing/files.ts";
import { tableBundle } from "../notebook/display.ts";
import { buildReport } from "./build_report.ts";
import { LONG_TEXT_COLUMNS } from "./tables.ts";

const SEED = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
const CONTACT_LINE =
  "Lisätietoja antaa projektipäällikkö, anna.virtanen(at)ely-keskus.fi, puh. 0295 026 500 tai 040 718 1414.";
const CONTACTS = ["anna.virtanen(at)ely-keskus.fi", "0295 026 500", "040 718 1414"];
/** Contact details where a figure or an ID is printed: quoted by a diagnostic, or kept in the business ID column. */
const IN_FIGURES = {
  "Toteutunut julkinen rahoitus yhteensä: 614 153":
    "Toteutunut julkinen rahoitus yhteensä: 614 153 (tiedustelut anna.virtanen@ely-keskus.fi, 044\u2013718 1414)",
  "Y-tunnus: 2296962-1": "Y-tunnus: 2296962-1 / puh. 044 718 1415",
};
const FIGURE_CONTACTS = ["anna.virtanen@ely-keskus.fi", "044\u2013718 1414", "044 718 1415"];
const quiet = () => {};

Deno.test("the report's tables and page carry no e-mail or phone number from free text, unless kept", async () => {
  const root = await tempDir("esf-contact-text-");
  await Deno.mkdir(`${root}/corpus`);
  const summary = "5. Suunnitelman mukainen tiivistelmä toteutuksesta\n\n";
  await Deno.writeTextFile(`${root}/corpus/mok.txt`, SEED.replace(summary, `${summary}${CONTACT_LINE} `));
  // A copy of another project, with contact details where its figures and its business ID are printed.
  let other = SEED.replaceAll("S11547", "S11548");
  for (const [printed, withContacts] of Object.entries(IN_FIGURES)) other = other.replace(printed, withContacts);
  await Deno.writeTextFile(`${root}/corpus/other.txt`, other);
  await buildReport({ corpus: `${root}/corpus`, out: `${root}/report`, notebooks: false, progress: quiet });
  for (const path of await allFiles(`${root}/report`)) {
    const text = new TextDecoder().decode(await Deno.readFile(path));
    for (const contact of [...CONTACTS, ...FIGURE_CONTACTS]) assert(!text.includes(contact), `${contact} in ${path}`);
  }
  // The figure is unreadable and said so, its contact details not quoted.
  const diagnostics = await Deno.readTextFile(`${root}/report/tables/diagnostics.fi.csv`);
  assert(diagnostics.includes("S11548") && diagnostics.includes("[puhelinnumero poistettu]"), diagnostics);
  const [project] = pl.readCSV(`${root}/report/tables/projects.csv`, { sep: "," }).filter(
    pl.col("project_code").eq(pl.lit("S11547")),
  ).toRecords();
  assertEquals(project!.participants_actual, 119);
  assertEquals(Object.keys(project!).filter((column) => LONG_TEXT_COLUMNS.includes(column as never)), []);
  // The long texts are in a table of their own, scrubbed and safe as the others are.
  const [row] = pl.readCSV(`${root}/report/tables/texts.csv`, { sep: "," }).filter(
    pl.col("project_code").eq(pl.lit("S11547")),
  ).toRecords();
  assertEquals(Object.keys(row!), ["project_code", "name", "source_file", ...LONG_TEXT_COLUMNS]);
  assertEquals(row!.project_code, "S11547");
  assert(String(row!.summary).startsWith("Lisätietoja antaa projektipäällikkö, [sähköpostiosoite poistettu], puh."));
  // The seed's target groups start with "- ": a spreadsheet would read a formula.
  assert(
    String(row!.target_groups).startsWith("'- Pohjois-Savon sosiaali- ja terveysalan"),
    String(row!.target_groups),
  );
  const finnish = await Deno.readTextFile(`${root}/report/tables/texts.fi.csv`);
  assert(finnish.startsWith("\uFEFFHankekoodi;"), finnish.slice(0, 80));
  assert(/;"?'- Pohjois-Savon sosiaali- ja terveysalan/.test(finnish), "safe cells in the Finnish CSV too");

  await buildReport({
    corpus: `${root}/corpus`,
    out: `${root}/kept`,
    notebooks: false,
    keepContactText: true,
    lang: "en",
    progress: quiet,
  });
  const kept = await Deno.readTextFile(`${root}/kept/tables/texts.csv`);
  for (const contact of CONTACTS) assert(kept.includes(contact), `${contact} kept when asked`);
});

Deno.test("a notebook's table shows no e-mail or phone number unless asked", () => {
  const frame = pl.DataFrame({ project_code: ["S11547"], summary: [CONTACT_LINE] });
  const shown = tableBundle(frame, { lang: "en" }).data["text/html"] as string;
  assert(shown.includes("[e-mail address removed]") && !CONTACTS.some((c) => shown.includes(c)), shown);
  const kept = tableBundle(frame, { keepContactText: true }).data["text/html"] as string;
  assert(CONTACTS.every((c) => kept.includes(c)), kept);
});
