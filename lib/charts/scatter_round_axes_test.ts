import { assertEquals } from "../../testing/assert.ts";
import { fundingVsParticipants } from "./funding_vs_participants.ts";

/** The x and y scales' domains and axis tick values of a layered spec's point layer. */
function scales(spec: ReturnType<typeof fundingVsParticipants>) {
  const layers = (spec as { layer: { encoding?: Record<string, { scale?: { domain?: number[] }; axis?: unknown }> }[] })
    .layer;
  const point = layers.find((layer) => layer.encoding?.x?.scale?.domain !== undefined)!;
  const { x, y } = point.encoding!;
  return {
    x: [x!.scale!.domain, (x!.axis as { values?: number[] }).values],
    y: [y!.scale!.domain, (y!.axis as { values?: number[] }).values],
  };
}

Deno.test("the funding-vs-participants axes end at a round value with a tick, not at 1.1 × the largest point", () => {
  const spec = fundingVsParticipants([
    {
      project_code: "S11547",
      name: "MOK",
      status_normalised: "ended",
      participants_actual: 119,
      funding_public_actual: 614153,
      cost_per_participant: 614153 / 119,
    },
    {
      project_code: "S10005",
      name: "Toinen",
      status_normalised: "ended",
      participants_actual: 40,
      funding_public_actual: 90000,
      cost_per_participant: 2250,
    },
  ]);
  // Before: x to 130.9, y to 675 568.3, the last ticks 120 and 600 000 and the axes running on past them unlabelled.
  assertEquals(scales(spec), {
    x: [[0, 150], [0, 50, 100, 150]],
    y: [[0, 750000], [0, 250000, 500000, 750000]],
  });
});
