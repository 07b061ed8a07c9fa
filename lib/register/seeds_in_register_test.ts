/**
 * The three 2007-2013 seeds against the official EURA register: its ESF rows
 * as shipped in `data/registers/`, read here with polars directly (not with
 * `loadRegister`), so the check does not lean on the code it checks.
 */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { parseAmount, parseFinnishDate } from "../parse/values.ts";
import { SHIPPED_REGISTERS } from "./shipped.ts";
import { fileURLToPath } from "node:url";

Deno.test("the 2007-2013 seeds agree with the official register on funding, dates, status and name", async () => {
  const register = pl.readCSV(SHIPPED_REGISTERS["2007-2013"], { sep: ",", inferSchemaLength: 0 });
  assertEquals(register.height, 2775);
  const corpus = await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]);
  const seeds = corpus.documents.filter((d) => d.project.programme_period === "2007-2013").map((d) => d.project);
  assertEquals(seeds.map((p) => p.project_code), ["S10323", "S10619", "S11547"]);
  for (const project of seeds) {
    const rows = register.filter(pl.col("Koodi").eq(pl.lit(project.project_code))).toRecords();
    assertEquals(rows.length, 1, `${project.project_code} is in the register once`);
    const row = rows[0] as Record<string, string>;
    const amount = (column: string) => parseAmount(row[column]!).value;
    // The register's collector replaced commas in names by "|" or a space.
    const plain = (text: string | null) => text?.replace(/[,|]/g, " ").replace(/\s+/g, " ").trim();
    assertEquals(
      {
        fund: project.fund,
        name: plain(project.name),
        start: project.start_date,
        end: project.end_date,
        status: project.status,
        granted: project.funding_eu_state_granted,
        euStateActual: project.funding_eu_state_actual,
        publicPlanned: project.funding_public_planned,
        publicActual: project.funding_public_actual,
        axis: project.priority_axis_code,
        section: project.programme_section,
        organisation: plain(project.organisation_name),
      },
      {
        fund: row["Rahasto"],
        name: plain(row["Projektin nimi"]!),
        start: parseFinnishDate(row["Aloituspvm"]!).value,
        end: parseFinnishDate(row["Päättymispvm"]!).value,
        status: row["Toiminnan tila"],
        granted: amount("Myönnetty EU- ja valtion rahoitus"),
        euStateActual: amount("Toteutunut EU- ja valtion rahoitus"),
        publicPlanned: amount("Suunniteltu julkinen rahoitus yhteensä"),
        publicActual: amount("Toteutunut julkinen rahoitus yhteensä"),
        axis: row["Tl"],
        section: row["Ohjelma / osio"],
        organisation: plain(row["Toteuttajan nimi"]!),
      },
      project.project_code!,
    );
  }
});
