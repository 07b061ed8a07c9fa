/**
 * Every chart of the report opened in a real browser (Debian's headless
 * Chromium), as a reader of the HTML report or a Word user with DejaVu or
 * Verdana sees it: the SVG at its size on paper, drawn as resvg draws the
 * PNG, no text over another, no reference line or point through a label, no
 * legend label cut short. And, where Debian's Inkscape is installed, the SVG
 * exported by Inkscape at 300 dpi as the PNG is drawn.
 */
import { tempDir } from "../../testing/temp.ts";
import { PNG } from "pngjs";
import { assert, assertEquals } from "../../testing/assert.ts";
import { inspectPage } from "../../testing/chromium.ts";
import { renderReportCharts } from "../../testing/report_charts.ts";
import { svgSize, svgToPng } from "../output/render_chart.ts";

const RENDERED = await renderReportCharts();

/** Where ink (anything not near white) starts and ends: the first and last inked column, the last inked row. */
interface Ink {
  left: number;
  right: number;
  bottom: number;
}

/** What the browser measured of one chart. */
interface Measured {
  name: string;
  /** The inline SVG's size in CSS pixels (96 per inch). */
  width: number;
  height: number;
  /** The same SVG as an image: its natural size and ink. */
  image: { width: number; height: number; ink: Ink };
  /** Texts that overlap, reference lines or points through a text, legend labels cut short. */
  problems: string[];
}

// Runs in the page: measures every chart (inline SVG and the same SVG as an <img> drawn on a canvas).
const MEASURE = `(() => {
  const inkOf = (img) => {
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
    const context = canvas.getContext("2d");
    context.fillStyle = "white"; context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const inked = (x, y) => { const i = (y * width + x) * 4; return data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235; };
    let left = width, right = -1, bottom = -1;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (inked(x, y)) {
      left = Math.min(left, x); right = Math.max(right, x); bottom = y;
    }
    return { left, right, bottom };
  };
  const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const inner = (r, by) => ({ left: r.left + by, right: r.right - by, top: r.top + by, bottom: r.bottom - by });
  return [...document.querySelectorAll("div.chart")].map((div) => {
    const svg = div.querySelector("svg");
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim() !== "")
      .map((t) => ({ text: t.textContent, box: inner(t.getBoundingClientRect(), 1), legend: !!t.closest(".role-legend-label") }));
    const problems = [];
    texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
      if (overlap(a.box, b.box)) problems.push("texts overlap: " + a.text + " | " + b.text);
    }));
    for (const t of texts) if (t.legend && t.text.endsWith("…")) problems.push("legend label cut: " + t.text);
    const rules = [...svg.querySelectorAll(".mark-rule.role-mark line")].map((l) => l.getBoundingClientRect());
    const points = [...svg.querySelectorAll(".mark-symbol.role-mark path")].map((p) => p.getBoundingClientRect());
    for (const t of texts) {
      for (const r of rules) {
        const line = { left: r.left - 0.5, right: r.right + 0.5, top: r.top, bottom: r.bottom };
        if (overlap(t.box, line)) problems.push("a line through: " + t.text);
      }
      for (const p of points) if (overlap(t.box, p)) problems.push("a point under: " + t.text);
    }
    for (const path of svg.querySelectorAll(".mark-line.role-mark path")) {
      const matrix = path.getScreenCTM();
      const length = path.getTotalLength();
      for (let s = 0; s <= length; s += 1) {
        const p = new DOMPoint(path.getPointAtLength(s).x, path.getPointAtLength(s).y).matrixTransform(matrix);
        for (const t of texts) {
          if (p.x > t.box.left && p.x < t.box.right && p.y > t.box.top && p.y < t.box.bottom) {
            problems.push("a line through: " + t.text);
          }
        }
      }
    }
    const img = div.querySelector("img");
    return {
      name: div.dataset.name,
      width: box.width,
      height: box.height,
      image: { width: img.naturalWidth, height: img.naturalHeight, ink: inkOf(img) },
      problems: [...new Set(problems)],
    };
  });
})()`;

function resvgInk(svg: string, width: number): Ink {
  const image = PNG.sync.read(Buffer.from(svgToPng(svg, { scale: width / svgSize(svg).width })));
  const inked = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return image.data[i]! < 235 || image.data[i + 1]! < 235 || image.data[i + 2]! < 235;
  };
  let [left, right, bottom] = [image.width, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (inked(x, y)) [left, right, bottom] = [Math.min(left, x), Math.max(right, x), y];
    }
  }
  return { left, right, bottom };
}

Deno.test("in Chromium every chart has its size on paper, draws as resvg does, and no text is over another or under a line", async () => {
  const dir = await tempDir("esf-charts-");
  const body = RENDERED.map((chart) =>
    `<div class="chart" data-name="${chart.name} (${chart.lang})">${chart.svg}` +
    `<img alt="" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}"></div>`
  ).join("\n");
  await Deno.writeTextFile(`${dir}/charts.html`, `<!doctype html><meta charset="utf-8"><body>${body}</body>`);
  const { consoleErrors, result } = await inspectPage<Measured[]>(`file://${dir}/charts.html`, MEASURE);
  assertEquals(consoleErrors, []);
  assertEquals(result.length, RENDERED.length);
  for (const [i, measured] of result.entries()) {
    const chart = RENDERED[i]!;
    const size = svgSize(chart.svg);
    const where = measured.name;
    // 96 CSS pixels an inch: 16 cm is 604.7 px.
    assert(Math.abs(measured.width - size.widthCm! / 2.54 * 96) < 0.5, `${where}: ${measured.width} px wide`);
    assert(Math.abs(measured.height - size.heightCm! / 2.54 * 96) < 0.5, `${where}: ${measured.height} px high`);
    assertEquals([measured.image.width, measured.image.height], [
      Math.round(measured.width),
      Math.round(measured.height),
    ], `${where}: the same size as an image`);
    const resvg = resvgInk(chart.svg, measured.image.width);
    for (const side of ["left", "right", "bottom"] as const) {
      assert(
        Math.abs(measured.image.ink[side] - resvg[side]) <= 3,
        `${where}: ink ends ${side} at ${measured.image.ink[side]} px in Chromium, ${resvg[side]} px in resvg`,
      );
    }
    assertEquals(measured.problems, [], where);
  }
});

/** Debian's Inkscape, when installed (`apt-get install --no-install-recommends inkscape`). */
const INKSCAPE = ["/usr/bin/inkscape"].find((path) => {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
});

/** Where ink starts and ends in a PNG. */
function pngInk(png: Uint8Array): Ink & { width: number; height: number } {
  const image = PNG.sync.read(Buffer.from(png));
  const inked = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return image.data[i + 3]! > 128 && (image.data[i]! < 235 || image.data[i + 1]! < 235 || image.data[i + 2]! < 235);
  };
  let [left, right, bottom] = [image.width, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (inked(x, y)) [left, right, bottom] = [Math.min(left, x), Math.max(right, x), y];
    }
  }
  return { left, right, bottom, width: image.width, height: image.height };
}

Deno.test({
  name: "Inkscape draws every chart's SVG at 300 dpi as the PNG is drawn",
  ignore: INKSCAPE === undefined,
  fn: async () => {
    const dir = await tempDir("esf-inkscape-");
    const files = RENDERED.map((chart, i) => {
      Deno.writeTextFileSync(`${dir}/chart${i}.svg`, chart.svg);
      return `${dir}/chart${i}.svg`;
    });
    const exported = await new Deno.Command(INKSCAPE!, {
      args: ["--export-type=png", "--export-dpi=300", ...files],
      stdout: "null",
      stderr: "piped",
    }).output();
    assert(exported.success, new TextDecoder().decode(exported.stderr));
    for (const [i, chart] of RENDERED.entries()) {
      const where = `${chart.name} (${chart.lang})`;
      const inkscape = pngInk(await Deno.readFile(`${dir}/chart${i}.png`));
      const resvg = pngInk(chart.png);
      assertEquals(inkscape.width, resvg.width, `${where}: as wide`);
      assert(Math.abs(inkscape.height - resvg.height) <= 1, `${where}: ${inkscape.height} and ${resvg.height} px high`);
      for (const side of ["left", "right", "bottom"] as const) {
        assert(
          Math.abs(inkscape[side] - resvg[side]) <= 6,
          `${where}: ink ends ${side} at ${inkscape[side]} and ${resvg[side]}`,
        );
      }
    }
  },
});
