/**
 * Every chart of the report on the shipped documents, in both languages and
 * with the programme charts of the shipped register of each period, rendered to
 * SVG and PNG once for the tests that look at them.
 *
 * @module
 */
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";
import { type Language, LANGUAGES } from "../lib/i18n/mod.ts";
import { chartToSvg, svgToPng } from "../lib/output/render_chart.ts";
import { loadRegister } from "../lib/register/load_register.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
export { ANALYSIS_CHART_NAMES } from "./analysis_chart_names.ts";
import { analysisCharts } from "../lib/report/analysis_catalogue.ts";
import { type CatalogueChart, programmeCharts, reportCharts } from "../lib/report/catalogue.ts";
import { fileURLToPath } from "node:url";

/** A chart of the report, rendered. */
export interface RenderedChart extends CatalogueChart {
  lang: Language;
  svg: string;
  png: Uint8Array;
}

/** The shipped documents' projects frame. */
export const PROJECTS =
  toDataFrame(await loadCorpus([fileURLToPath(new URL("../data/documents", import.meta.url))])).projects;

/** The shipped 2007-2013 register. */
export const REGISTER = loadRegister(SHIPPED_REGISTERS["2007-2013"]).register;

/** The shipped registers with their periods. */
const REGISTERS = Object.values(SHIPPED_REGISTERS).map((path) => loadRegister(path));

/** Every chart of the report in both languages, Finnish first, in the report's order: its own, the programme's, the analyses'. */
export async function renderReportCharts(): Promise<RenderedChart[]> {
  const rendered: RenderedChart[] = [];
  for (const lang of LANGUAGES) {
    const programme = REGISTERS.flatMap(({ period, register }) => programmeCharts(register, PROJECTS, lang, period));
    for (const chart of [...reportCharts(PROJECTS, lang), ...programme, ...analysisCharts(PROJECTS, lang)]) {
      const svg = await chartToSvg(chart.spec);
      rendered.push({ ...chart, lang, svg, png: svgToPng(svg) });
    }
  }
  return rendered;
}
