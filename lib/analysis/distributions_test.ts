import { deepStrictEqual as assertEquals } from "node:assert/strict";
import pl from "nodejs-polars";
import { ratioDistributions } from "./distributions.ts";

const METRIC = { metrics: ["funding_utilisation"] } as const;
const projects = () =>
  pl.DataFrame({
    project_code: ["S10001", "S10002", "S10003", "S10004", "S10005"],
    name: ["a", "b", "c", "d", "e"],
    funding_utilisation: [0.9, 0.95, 1, 0.92, 0.2],
  });

Deno.test("ratioDistributions measures the frame as it is now: a column replaced in place is measured anew", () => {
  const frame = projects();
  assertEquals(ratioDistributions(frame, METRIC).distributions[0]!.median, 0.92);
  // nodejs-polars changes a frame in place (replaceAtIdx; the toolkit's own frame building does so): same shape, new values.
  frame.replaceAtIdx(2, pl.Series("funding_utilisation", [0.5, 0.6, 0.7, 0.8, 0.1]));
  const again = ratioDistributions(frame, METRIC);
  assertEquals(again.distributions[0]!.median, 0.6);
  assertEquals(again.points.map((p) => p.value), [0.1, 0.5, 0.6, 0.7, 0.8]);
});

Deno.test("ratioDistributions gives each caller results of its own: what one caller changes, the next does not see", () => {
  const frame = projects();
  const first = ratioDistributions(frame, METRIC);
  first.points.reverse();
  first.distributions[0]!.median = 0;
  const second = ratioDistributions(frame, METRIC);
  assertEquals(second.distributions[0]!.median, 0.92);
  assertEquals(second.points.map((p) => p.project_code), ["S10005", "S10001", "S10004", "S10002", "S10003"]);
});
