import { assert, assertEquals } from "../../testing/assert.ts";
import { generateDocuments } from "../../dev/generate.ts";
import { parseDocument } from "../parse/parse_document.ts";
import { withDerivedMetrics } from "../frame/derived.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { ProjectSchema } from "../schema.ts";
import { fundingVsParticipants } from "./funding_vs_participants.ts";

type Layer = { mark: { type: string } | string; data?: { values: Record<string, number>[] } };

Deno.test("each cost guide of the funding scatter is named at its line's end, where it meets the frame", () => {
  // Labels beside the lines sat between two of them, and one guide of four had none (the 300-document report).
  const projects = withDerivedMetrics(frameFromRecords(
    ProjectSchema,
    generateDocuments(300, 15).map((g) => parseDocument(g.text).document!.project),
  ));
  for (const lang of ["fi", "en"] as const) {
    const spec = fundingVsParticipants(projects, { lang }) as unknown as {
      layer: Layer[];
      title: { subtitle: string };
    };
    const type = (layer: Layer) => typeof layer.mark === "string" ? layer.mark : layer.mark.type;
    const ends = new Map(
      spec.layer.find((layer) => type(layer) === "line")!.data!.values.filter((_, i) => i % 2 === 1)
        .map((end) => [end.euros, [end.x, end.y]]),
    );
    const labels = spec.layer.filter((layer) => type(layer) === "text" && layer.data?.values[0]?.euros !== undefined)
      .flatMap((layer) => layer.data!.values);
    assertEquals(labels.map((label) => label.euros).sort((a, b) => a! - b!), [2000, 5000, 10000, 20000], lang);
    // At its end: where it meets the frame (raised a few pixels at the right edge where a point is in the way).
    for (const label of labels) {
      const [x, y] = ends.get(label.euros!)!;
      assertEquals(label.x, x, `${label.euros}`);
      assert(label.y! >= y! && label.y! <= y! * 1.05, `${label.euros}: ${label.y} at ${y}`);
    }
    const subtitle = [spec.title.subtitle].flat().join(" ");
    assert(!/loivimmasta|from the flattest/.test(subtitle), `every guide named at its line, none listed: ${subtitle}`);
  }
});
