/**
 * A project's name on a chart is cut only where the room ends: a name that fits is written whole, and one that
 * does not is cut after the last whole word that fits, not at a fixed count of characters or a few fixed widths.
 */
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { placeLineLabels } from "./_line_labels.ts";
import { ratioDistributionChart } from "./distributions.ts";
import { fundingVsParticipants } from "./funding_vs_participants.ts";
import { measure } from "./layout.ts";
import { topBeneficiaries } from "./beneficiaries.ts";

Deno.test("an outlier's name beside its point is written whole where the plot has room for it", () => {
  const name = "Koulutus neuvonta ohjaus työelämään";
  const projects = pl.DataFrame({
    project_code: ["A", "B", "C", "D", "S10264"],
    name: ["a", "b", "c", "d", name],
    funding_utilisation: [0.9, 0.95, 1, 0.92, 0.2],
  });
  const spec = ratioDistributionChart(projects, { metrics: ["funding_utilisation"], lang: "fi" }) as unknown as {
    data: { values: { project_code: string; label: string | null }[] };
  };
  assertEquals(spec.data.values.find((v) => v.project_code === "S10264")!.label, `S10264 ${name}`);
});

Deno.test("a line's name in a wide chart keeps the words it has room for", () => {
  const name = "Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen";
  const [placed] = placeLineLabels([{ x: 500, code: "S11547", name }], 560, 3, true);
  // It was "Maahanmuuttajien… (S11547)", cut to 200 pixels with 500 of room.
  assertEquals(placed!.label, "Maahanmuuttajien osaaminen… (S11547)");
  assert(measure(placed!.label) <= 280, "at most half the plot wide");
});

Deno.test("a point's name with no room for its first word whole is still named, cut inside it", async () => {
  const dir = fileURLToPath(new URL("../../data/documents", import.meta.url));
  const { projects } = toDataFrame(await loadCorpus([dir]));
  const spec = fundingVsParticipants(projects) as unknown as { layer: { data?: { values?: { label?: string }[] } }[] };
  const labels = spec.layer.flatMap((layer) => layer.data?.values ?? []).flatMap((v) => v.label ?? []);
  // "VASTAANOTTAVA… (S10323)" would cross the 10 000 € guide below its point.
  assert(labels.includes("VASTAAN… (S10323)"), `${labels}`);
});

Deno.test("an organisation's name is cut at its axis' width after a whole word, not at 44 characters", () => {
  const organisation = (name: string, key: string) => ({
    organisation_key: key,
    business_id: null,
    organisation_name: name,
    projects_total: 1,
    projects_lead: 1,
    projects_co: 0,
    funding_public_actual_lead: 589289,
  });
  const spec = topBeneficiaries([
    organisation("Koulutus- ja kehittämispalvelut / Lapin yliopisto", "a"),
    organisation("Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus", "b"),
  ], { lang: "fi" }) as unknown as { data: { values: { organisation: string }[] } };
  // They were "Koulutus- ja kehittämispalvelut / Lapin yli…" (it fits whole) and "… liikenne- ja ympä…".
  assertEquals([...new Set(spec.data.values.map((v) => v.organisation))], [
    "Koulutus- ja kehittämispalvelut / Lapin yliopisto",
    "Pohjois-Savon elinkeino-, liikenne- ja…",
  ]);
});
