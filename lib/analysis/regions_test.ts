import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { projectArea, recogniseRegion, REGION_CODES, REGIONS } from "./region_names.ts";
import { regionSummary } from "./regions.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const close = (actual: unknown, expected: number, what: string) =>
  assert(typeof actual === "number" && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

Deno.test("region names: Finnish, Swedish, older and English names, case and spacing, ELY centres, councils", () => {
  const codes = (printed: string) => {
    const area = recogniseRegion(printed);
    return area.kind === "regions" ? area.codes : area.kind;
  };
  assertEquals(codes("Pohjois-Savo"), ["MK11"]);
  assertEquals(codes("POHJOIS-SAVO"), ["MK11"]);
  assertEquals(codes("Pohjois Savo"), ["MK11"]);
  assertEquals(codes("Pohjois – Savo"), ["MK11"]);
  assertEquals(codes("Norra Savolax"), ["MK11"]);
  assertEquals(codes("North Savo"), ["MK11"]);
  assertEquals(codes("Itä-Uusimaa"), ["MK01"]);
  assertEquals(codes("Östra Nyland"), ["MK01"]);
  assertEquals(codes("Åland"), ["MK21"]);
  assertEquals(codes("Egentliga Finland"), ["MK02"]);
  assertEquals(codes("Pohjois-Savon ELY-keskus"), ["MK11"]);
  assertEquals(codes("Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus"), ["MK11"]);
  assertEquals(codes("Etelä-Pohjanmaan ELY-keskus"), ["MK14"]);
  assertEquals(codes("Pohjanmaan ELY-keskus"), ["MK15"]);
  assertEquals(codes("Hämeen ELY-keskus"), ["MK05", "MK07"]);
  assertEquals(codes("Kaakkois-Suomen ELY-keskus"), ["MK08", "MK09"]);
  assertEquals(codes("Hämeen liitto"), ["MK05"], "Kanta-Häme's council is Hämeen liitto");
  assertEquals(codes("Itä-Uudenmaan liitto"), ["MK01"]);
  assertEquals(codes("Lapin maakunta"), ["MK19"]);
  for (const nationwide of ["koko Suomi", "Koko maa", "valtakunnallinen", "Manner-Suomi", "hela Finland"]) {
    assertEquals(codes(nationwide), "nationwide", nationwide);
  }
  for (const unknown of ["Karjala", "Häme", "Kaakkois-Suomi", "Savo", "Helsinki"]) {
    assertEquals(codes(unknown), "unrecognised", unknown);
  }
  assertEquals(REGIONS.length, 19);
  assertEquals(new Set(REGIONS.map((r) => `${r.col},${r.row}`)).size, 19, "one tile each");
});

Deno.test("a project's area: each region once, nationwide when said or when every mainland region is listed", () => {
  assertEquals(projectArea(["Pohjois-Savo", "Norra Savolax", "Hämeen ELY-keskus"]).codes, ["MK05", "MK07", "MK11"]);
  assertEquals(projectArea(["Lappi", "koko Suomi"]), { codes: [], nationwide: true, unrecognised: [] });
  const mainland = REGIONS.filter((r) => r.code !== "MK21").map((r) => r.fi);
  assertEquals(projectArea(mainland).nationwide, true);
  assertEquals(projectArea(mainland.slice(1)).nationwide, false);
  assertEquals(projectArea(["Karjala", "Lappi", ""]), {
    codes: ["MK19"],
    nationwide: false,
    unrecognised: ["Karjala"],
  });
  assertEquals(projectArea([]), { codes: [], nationwide: false, unrecognised: [] });
});

Deno.test("regionSummary() on the seeds: every region in code order, hand-checked figures", () => {
  const table = regionSummary(projects);
  assertEquals(table.height, 20, "19 regions and the nationwide row");
  assertEquals(table.getColumn("area").toArray(), [...REGION_CODES, "nationwide"]);
  const byArea = Object.fromEntries(table.toRecords().map((row) => [row.area as string, row]));
  assertEquals([byArea.MK11!.region, byArea.MK11!.n_projects, byArea.MK11!.n_shared], ["Pohjois-Savo", 2, 0]);
  close(byArea.MK11!.participant_realisation, (84 + 119) / (95 + 199), "Pohjois-Savo: S10323 and S11547");
  close(byArea.MK11!.funding_public_actual, 1011286 + 614153, "Pohjois-Savo funding");
  // One-project groups: Lappi (S10619), Kainuu (S21941), Keski-Suomi (S22254, active).
  close(byArea.MK19!.participant_realisation, 80 / 94, "Lappi");
  assertEquals(
    [byArea.MK18!.n_projects, byArea.MK18!.participant_realisation, byArea.MK18!.participant_realisation_n],
    [
      1,
      null,
      0,
    ],
  );
  assertEquals([byArea.MK13!.n_projects, byArea.MK13!.n_interim], [1, 1]);
  // Empty groups: n 0, figures null, never 0.
  assertEquals([byArea.MK01!.n_projects, byArea.MK01!.funding_public_actual, byArea.MK01!.funding_public_actual_n], [
    0,
    null,
    0,
  ]);
  assertEquals([byArea.nationwide!.n_projects, byArea.nationwide!.region], [0, "koko Suomi"]);
  assertEquals(regionSummary(projects, { lang: "en" }).getColumn("region_name").toArray().slice(9, 10), ["North Savo"]);
});

Deno.test("regionSummary(): several regions count in each, nationwide and unrecognised apart, none kept", () => {
  const frame = pl.DataFrame({
    project_code: ["A", "B", "C", "D", "E"],
    regions: [["Pohjois-Savo", "Kainuu"], ["Kainuu"], ["koko Suomi"], ["Karjala", "Kainuu"], []],
    participants_planned: [10, 20, 30, 40, 50],
    participants_actual: [5, 20, 30, 10, 25],
  });
  const rows = regionSummary(frame).filter(pl.col("n_projects").gt(0)).toRecords();
  assertEquals(rows.map((r) => [r.area, r.area_kind, r.region, r.n_projects, r.n_shared]), [
    ["MK11", "region", "Pohjois-Savo", 1, 1],
    ["MK18", "region", "Kainuu", 3, 1],
    ["nationwide", "nationwide", "koko Suomi", 1, 0],
    ["unrecognised:Karjala", "unrecognised", "Karjala", 1, 0],
    ["none", "none", null, 1, 0],
  ]);
  close(rows[1]!.participant_realisation, (5 + 20 + 10) / (10 + 20 + 40), "Kainuu: A, B and D");
  assertEquals(rows.at(-1)!.region_name, "ei maakuntaa");
  const empty = regionSummary(frame.head(0));
  assertEquals([empty.height, empty.getColumn("n_projects").sum()], [20, 0]);
});
