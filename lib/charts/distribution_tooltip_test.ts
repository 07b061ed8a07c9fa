import { assertEquals } from "../../testing/assert.ts";
import pl from "nodejs-polars";
import { ratioDistributionChart } from "./distributions.ts";

/** Every tooltip title of a spec, wherever its layers put them. */
function tooltipTitles(spec: unknown): string[] {
  if (Array.isArray(spec)) return spec.flatMap(tooltipTitles);
  if (spec === null || typeof spec !== "object") return [];
  const own = (spec as { tooltip?: unknown }).tooltip;
  const titles = Array.isArray(own) ? own.flatMap((t) => typeof t?.title === "string" ? [t.title as string] : []) : [];
  return [...titles, ...Object.entries(spec).flatMap(([key, value]) => key === "tooltip" ? [] : tooltipTitles(value))];
}

Deno.test("a distribution chart's box names its quartiles in the report's language, as its table does (audit 33)", () => {
  const projects = pl.DataFrame({
    project_code: ["A", "B", "C", "D", "E"],
    funding_utilisation: [0.8, 0.9, 0.95, 1.0, 0.5],
    status_normalised: ["ended", "ended", "ended", "ended", "ended"],
  });
  const fi = tooltipTitles(ratioDistributionChart(projects, { metrics: ["funding_utilisation"], lang: "fi" }));
  assertEquals(fi.filter((t) => /kvartiili|Q[13]/i.test(t)), ["Alakvartiili", "Yläkvartiili"]);
  const en = tooltipTitles(ratioDistributionChart(projects, { metrics: ["funding_utilisation"], lang: "en" }));
  assertEquals(en.filter((t) => /quartile|Q[13]/i.test(t)), ["First quartile", "Third quartile"]);
});
