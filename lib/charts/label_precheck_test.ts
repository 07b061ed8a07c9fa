/**
 * The checks that skip working out a name where none can fit: a point or a line whose code has no room has room for
 * no name (every name is at least as wide as its code), and the chart a frame gives is the one its rows give.
 */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { LabelSpace, PLACEMENTS } from "./_point_labels.ts";
import { placeLineLabels } from "./_line_labels.ts";
import { firstSorted } from "./_rows.ts";
import { topBeneficiaries } from "./beneficiaries.ts";

/** A deterministic sequence of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

Deno.test("a point with no room for a label of a width has none for a wider one, and one with room places it", () => {
  const next = numbers(7);
  const area = { width: 400, height: 300, maxX: 100, maxY: 100 };
  const points = Array.from({ length: 120 }, () => ({ x: next() * 100, y: next() * 100 }));
  let roomless = 0;
  for (const point of points.slice(0, 60)) {
    const space = new LabelSpace(area, points, [{ segment: [0, 0, 100, 100] }]);
    const width = 10 + next() * 60;
    if (space.hasRoom(point.x, point.y, width)) {
      // hasRoom takes nothing: a label no wider is then placed.
      assertEquals(PLACEMENTS.includes(space.place(point.x, point.y, ["x".repeat(1)])?.placement!), true);
    } else {
      roomless++;
      const wider = new LabelSpace(area, points, [{ segment: [0, 0, 100, 100] }]);
      for (const extra of [0, 5, 40]) {
        assertEquals(wider.hasRoom(point.x, point.y, width + extra), false);
      }
    }
  }
  assertEquals(roomless > 0 && roomless < 60, true);
});

Deno.test("lines crowded past their rows: a few named, each in a row of its own, the highest always", () => {
  const next = numbers(11);
  const marks = Array.from({ length: 200 }, (_, i) => ({
    x: next() * 500,
    code: `S${10000 + i}`,
    name: i % 7 === 0 ? null : `Hanke ${i} osaamisen kehittämiseksi alueella`,
  }));
  const labels = placeLineLabels(marks, 500, 3, false);
  const named = labels.filter((label) => label !== null);
  // A few named, each in a row of the three, the rest unnamed (their names never worked out).
  assertEquals(named.length > 3 && named.length < 40, true);
  assertEquals(named.every((label) => label!.row >= 0 && label!.row < 3), true);
  // The first line placed (the highest) has the whole plot: it is named.
  const highest = marks.reduce((best, mark, i) => mark.x > marks[best]!.x ? i : best, 0);
  assertEquals(labels[highest] !== null, true);
});

Deno.test("firstSorted of a frame gives the rows its records give, sorted stably, and the count", () => {
  const frame = pl.DataFrame({
    name: ["a", "b", "c", "d", "e", "f"],
    total: [2, 5, 2, 5, 1, null],
    funding: [10, null, 30, 7, 3, 1],
  });
  const rows = frame.toRecords() as Record<string, unknown>[];
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => Number(b.total) - Number(a.total);
  const fromFrame = firstSorted(frame, ["name", "total", "funding"], ["total"], compare, 4);
  const fromRows = firstSorted(rows, ["name", "total", "funding"], ["total"], compare, 4);
  assertEquals(fromFrame, fromRows);
  assertEquals(fromFrame.rows.map((row) => row.name), ["b", "d", "a", "c"]);
  assertEquals(fromFrame.total, 6);
});

Deno.test("the top beneficiaries chart of a frame is the one of its rows", () => {
  const table = pl.DataFrame({
    organisation_name: ["Kuopion kaupunki", "Oulun yliopisto", "Lapin liitto", "Kajaanin kaupunki"],
    business_id: ["0171450-7", null, "0209948-8", null],
    projects_total: [2, 3, 2, 1],
    projects_lead: [1, 3, 2, 1],
    projects_co: [1, 0, 0, 0],
    projects_lead_interim: [0, 1, 0, 0],
    funding_public_actual_lead: [1011286, null, 200000, 50],
    names_printed: [["Kuopion kaupunki"], ["Oulun yliopisto"], ["Lapin liitto"], ["Kajaanin kaupunki"]],
  });
  for (const rankBy of ["projects", "funding"] as const) {
    assertEquals(
      topBeneficiaries(table, { lang: "fi", top: 3, rankBy }),
      topBeneficiaries(table.toRecords() as Record<string, unknown>[], { lang: "fi", top: 3, rankBy }),
    );
  }
});
