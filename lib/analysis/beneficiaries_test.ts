import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { type CoImplementer, type Project, ProjectSchema, type Status } from "../schema.ts";
import { beneficiaries, normaliseBusinessId, organisationNameKey } from "./beneficiaries.ts";
import { businessIdValid } from "../parse/business_id.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const close = (actual: unknown, expected: number, what: string) =>
  assert(typeof actual === "number" && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

Deno.test("business IDs and names are normalised; the check digit is checked", () => {
  assertEquals(normaliseBusinessId("0171450-7"), "0171450-7");
  assertEquals(normaliseBusinessId("171450-7"), "0171450-7");
  assertEquals(normaliseBusinessId("2296962 – 1"), "2296962-1");
  assertEquals([normaliseBusinessId(""), normaliseBusinessId(null), normaliseBusinessId("12345-6")], [
    null,
    null,
    null,
  ]);
  // Every business ID of the seeds has a right check digit.
  for (const id of ["2296962-1", "0292800-5", "0171450-7", "0174666-4", "0214958-9", "2312333-7"]) {
    assert(businessIdValid(id), id);
  }
  assertEquals(businessIdValid("0171450-8"), false);
  assertEquals(organisationNameKey("Monikulttuuriyhdistys r.y."), organisationNameKey("MONIKULTTUURIYHDISTYS RY"));
  assertEquals(organisationNameKey("Kuopion  kaupunki."), "kuopion kaupunki");
});

Deno.test("beneficiaries() on the seeds: five leads and one co-implementer, one row each, hand-checked", () => {
  const table = beneficiaries(projects);
  assertEquals(table.height, 6);
  const byId = Object.fromEntries(table.toRecords().map((row) => [row.business_id as string, row]));
  // Paremmin Yhdessä ry co-implements S22254 (Jyväskylän kaupunki leads, 1 122 206 € planned).
  const partner = byId["2312333-7"]!;
  assertEquals([partner.organisation_name, partner.projects_lead, partner.projects_co, partner.projects_total], [
    "Paremmin Yhdessä ry",
    0,
    1,
    1,
  ]);
  assertEquals(partner.project_codes, ["S22254"]);
  assertEquals([partner.funding_public_actual_lead, partner.funding_public_actual_lead_n], [null, 0]);
  assertEquals([partner.funding_public_actual_co, partner.funding_public_actual_co_n], [143265, 1]);
  const kuopio = byId["0171450-7"]!; // S10323
  assertEquals([kuopio.projects_lead, kuopio.projects_co, kuopio.business_id_valid], [1, 0, true]);
  close(kuopio.funding_public_actual_lead, 1011286, "S10323 actual public funding");
  close(kuopio.participant_realisation_lead, 84 / 95, "S10323 realisation");
  const ely = byId["2296962-1"]!; // S11547, a one-project group
  assertEquals([ely.participants_planned_lead, ely.participants_actual_lead], [199, 119]);
  close(ely.funding_utilisation_lead, 614153 / 645300, "S11547 utilisation");
  assertEquals(table.getColumn("organisation_key").toArray().every((key) => String(key).startsWith("id:")), true);
});

Deno.test("beneficiaries(): one ID under several spellings, a name without an ID joins its ID, lead and co counted apart", () => {
  const project = (
    project_code: string,
    organisation_name: string | null,
    business_id: string | null,
    status_normalised: Status,
    funding_public_actual: number,
    participants: [number, number] | null,
    co_implementers: CoImplementer[] = [],
  ): Partial<Project> => ({
    project_code,
    organisation_name,
    business_id,
    organisation_type: organisation_name?.includes("yhdistys") ? "Yhdistys" : "Kunta",
    status_normalised,
    funding_public_actual,
    participants_planned: participants?.[0] ?? null,
    participants_actual: participants?.[1] ?? null,
    co_implementers,
  });
  const frame = frameFromRecords(ProjectSchema, [
    project("A", "Kuopion kaupunki", "0171450-7", "ended", 100, [10, 5]),
    project("B", "KUOPION  KAUPUNKI", "171450-7", "ended", 200, [10, 15], [{
      name: "Savon yhdistys ry",
      business_id: null,
    }]),
    project("C", "Kuopion kaupunki", null, "active", 50, null),
    project("D", "Savon yhdistys r.y.", null, "ended", 10, [4, 4], [{
      name: "Kuopion kaupunki",
      business_id: "0171450-7",
    }]),
    project("E", null, null, "ended", 1, null),
  ]);
  const rows = beneficiaries(frame).toRecords();
  assertEquals(
    rows.map((r) => [r.organisation_key, r.organisation_name, r.projects_lead, r.projects_co, r.projects_total]),
    [
      ["id:0171450-7", "Kuopion kaupunki", 3, 1, 4],
      ["name:savon yhdistys ry", "Savon yhdistys r.y.", 1, 1, 2],
      ["unknown:1", null, 1, 0, 1],
    ],
  );
  assertEquals(rows[0]!.names_printed, ["KUOPION  KAUPUNKI", "Kuopion kaupunki"]);
  assertEquals(rows[0]!.project_codes, ["A", "B", "C", "D"]);
  assertEquals([rows[0]!.funding_public_actual_lead, rows[0]!.funding_public_actual_co], [350, 10]);
  close(rows[0]!.participant_realisation_lead, 20 / 20, "A and B");
  const ended = beneficiaries(frame, { interim: "exclude" }).toRecords();
  assertEquals([ended[0]!.projects_lead, ended[0]!.funding_public_actual_lead], [2, 300]);
  assertEquals(beneficiaries(frame.head(0)).height, 0);
});

Deno.test("beneficiaries(): leads whose name and ID are both unread are not one organisation: a row each", () => {
  const projects = pl.DataFrame({
    project_code: ["S10001", "S10002", "S10003"],
    organisation_name: [null, null, "Kuopion kaupunki"],
    business_id: [null, null, "0171450-7"],
    funding_public_actual: [100000, 50000, 30000],
  });
  const rows = beneficiaries(projects).toRecords();
  // Before: one row of no name leading 2 projects with 150 000 €, ranked first as the largest beneficiary.
  assertEquals(rows.map((r) => [r.organisation_name, r.projects_lead, r.funding_public_actual_lead]), [
    [null, 1, 100000],
    [null, 1, 50000],
    ["Kuopion kaupunki", 1, 30000],
  ]);
  assertEquals(rows.map((r) => r.project_codes), [["S10001"], ["S10002"], ["S10003"]]);
});
