/**
 * Names stay clear of one another and tied to their marks: the distribution
 * rows keep their names off the hairline between rows, the programme
 * histogram names close lines each by a leader of its own.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { analysisProjects } from "../../testing/analysis_corpus.ts";
import { COST_METRICS } from "../schema.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { ratioDistributionChart } from "./distributions.ts";
import { measure } from "./layout.ts";
import { programmeUtilisation } from "./programme_utilisation.ts";

Deno.test("a distribution chart keeps a line's width between a row's last name and the next row's first", () => {
  const spec = ratioDistributionChart(analysisProjects(300), { lang: "en", metrics: COST_METRICS }) as unknown as {
    data: { values: { row: number; label: string | null }[] };
    layer: { data?: { values: { boundary?: number }[] }; transform?: { calculate?: string }[] }[];
    height: number;
  };
  // The box is 40 px high: its half in a row's units gives the row's height in pixels.
  const half = Number(/datum\.row \+ ([\d.]+)/.exec(JSON.stringify(spec.layer))![1]);
  const rowPx = 20 / half;
  const boundaries = spec.layer.find((l) => l.data?.values[0]?.boundary !== undefined)!.data!.values
    .map((v) => v.boundary!);
  const named = spec.data.values.filter((v) => v.label !== null);
  assert(named.length >= 12, `${named.length} named`);
  // A name's line is 16 px; its middle at least 16 px from a hairline: 8 px clear, and 32 px from the next row's name.
  for (const v of named) {
    const px = Math.min(...boundaries.map((b) => Math.abs(v.row - b) * rowPx));
    assert(px >= 16 - 1e-6, `${v.label}: ${px.toFixed(1)} px from the hairline between rows`);
  }
});

/** The marks of a rendered chart's layers: vertical rules, horizontal rules and texts, in pixels. */
function svgMarks(svg: string) {
  const marks = svg.split('class="mark-').filter((part) => part.includes("role-mark"));
  const ofMarks = (kind: string) => marks.filter((part) => part.startsWith(kind)).join("");
  const rules = [...ofMarks("rule").matchAll(/translate\(([-\d.]+),([-\d.]+)\)" x2="([-\d.]+)" y2="([-\d.]+)"/g)]
    .map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
  const texts = [
    ...ofMarks("text").matchAll(/text-anchor="(\w+)" transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)</g),
  ]
    .map(([, anchor, x, y, text]) => {
      const width = measure(text!);
      const left = anchor === "start" ? Number(x) : anchor === "end" ? Number(x) - width : Number(x) - width / 2;
      return { text: text!, left, right: left + width, anchor: Number(x), y: Number(y) };
    });
  return {
    verticals: rules.filter(([, , dx]) => dx === 0).map(([x, y, , dy]) => ({ x, top: y + dy })),
    leaders: rules.filter(([, , , dy]) => dy === 0).map(([x, y, dx]) => ({ from: x, to: x + dx, y })),
    texts,
  };
}

Deno.test("the programme histogram ties each name to its line by a leader, clear of the lines a few points off", async () => {
  // Three corpus projects at 100 %, 103 % and 105 % (an evaluator's review: their names stacked over three lines
  // 1–4 points apart, one could not tell which was whose).
  const register = Array.from({ length: 300 }, (_, k) => ({
    project_code: `S1${String(k).padStart(4, "0")}`,
    funding_utilisation: 0.6 + (k % 50) / 100,
    status_normalised: "ended",
  }));
  const corpus = [[1.0, "Työelämä työelämään ja koulutukseen"], [1.03, "Kotoutuminen koulutuksen kautta"], [
    1.05,
    "Palvelumalli maahanmuuttajille",
  ]]
    .map(([value, name], k) => ({ project_code: register[k]!.project_code, name, funding_utilisation: value }));
  for (const [k, row] of corpus.entries()) register[k]!.funding_utilisation = row.funding_utilisation as number;
  const svg = await chartToSvg(programmeUtilisation(register, corpus, { lang: "en" }));
  const { verticals, leaders, texts } = svgMarks(svg);
  assertEquals(verticals.length, 3);
  assertEquals(texts.length, 3, "each line named");
  for (const text of texts) {
    // No line runs to the name's edge (a line's end next to a name read as its).
    for (const v of verticals) {
      const gap = Math.min(Math.abs(v.x - text.left), Math.abs(v.x - text.right));
      assert(gap >= 6, `${text.text}: a line ${gap.toFixed(1)} px from its edge`);
    }
    for (const other of texts.filter((t) => t !== text && Math.abs(t.y - text.y) < 12)) {
      assert(other.right + 4 <= text.left || text.right + 4 <= other.left, `${text.text} overlaps ${other.text}`);
    }
  }
  for (const text of texts) {
    // A leader at the name's height runs from the top of a line to the name's edge.
    const leader = leaders.find((l) => Math.abs(l.y - text.y) <= 4 && Math.abs(l.to - text.anchor) <= 4);
    assert(leader, `${text.text}: no leader ends at it`);
    assert(
      verticals.some((v) => Math.abs(v.x - leader.from) < 0.5 && Math.abs(v.top - leader.y) < 0.5),
      `${text.text}: its leader starts at no line's top`,
    );
  }
});
