/**
 * The indicators, planned and actual (participants, jobs, enterprises,
 * degrees, participating companies; women where the 2007–2013 template
 * prints them), each part read by its label and checked against its total.
 * The funding amounts are read in `funding.ts`.
 *
 * @module
 */
import type { Period, ProjectBuilder } from "./builder.ts";
import { type CountParts, readCountParts } from "./count_parts.ts";
import { type FieldFinder, type FieldHit, qualifiedFigure, readableHit, wrappedFigure } from "./fields.ts";
import type { Line, Section, SectionKey } from "./sections.ts";
import { sayUnreadFigures, shiftedBetween } from "./figure_shift.ts";
import type { ProjectColumn } from "../schema.ts";
import type { ValueResult } from "./values.ts";
import type { ValueProblem } from "../i18n/values.ts";

type IndicatorPrefix = "participants" | "jobs" | "enterprises" | "degrees" | "companies_participating";

interface Indicator {
  prefix: IndicatorPrefix;
  key: SectionKey;
  /** The template prints the women's number after the total. */
  women: boolean;
  actualExpected: boolean;
}

const INDICATORS: Record<Period, readonly Indicator[]> = {
  "2007-2013": [
    { prefix: "participants", key: "participants", women: true, actualExpected: true },
    { prefix: "jobs", key: "jobs", women: true, actualExpected: true },
    { prefix: "enterprises", key: "enterprises", women: true, actualExpected: true },
    { prefix: "degrees", key: "degrees", women: true, actualExpected: true },
  ],
  "2014-2020": [
    { prefix: "companies_participating", key: "companies", women: false, actualExpected: true },
    // §7.2 of the 2014-2020 template prints only the planned number.
    { prefix: "participants", key: "participants", women: false, actualExpected: false },
  ],
};

const SIDES = [
  { side: "planned", label: "Suunniteltu", labels: ["Suunniteltu"] },
  {
    side: "actual",
    label: "Toteutunut seurantatietojen mukaan",
    labels: ["Toteutunut seurantatietojen mukaan", "Toteutunut"],
  },
] as const;

/**
 * Each indicator's columns by side, named once: a name made anew for each document is a new string, looked up anew
 * at each store into the record (measured: a store 25 ns against 60; readIndicators, its finder's indexes made
 * beforehand, in 17.8 µs a 2007–2013 document against 18.6).
 */
const COLUMNS = Object.fromEntries(
  (["participants", "jobs", "enterprises", "degrees", "companies_participating"] as const).map((prefix) => [
    prefix,
    Object.fromEntries(
      SIDES.map(({ side }) => [side, { total: `${prefix}_${side}`, women: `${prefix}_${side}_women` }]),
    ),
  ]),
) as Record<IndicatorPrefix, Record<typeof SIDES[number]["side"], { total: ProjectColumn; women: ProjectColumn }>>;

/**
 * Reads the indicator sections of the template. A figure of the section that no label holds is said at its line;
 * figures that may be shifted one label (see `figure_shift.ts`) are not read.
 */
export function readIndicators(builder: ProjectBuilder, finder: FieldFinder, period: Period): void {
  for (const { prefix, key, women, actualExpected } of INDICATORS[period]) {
    const section = finder.section(key);
    if (!section) continue;
    const sides = SIDES.map((spec) => ({ ...spec, hits: finder.findAll(key, spec.labels, false) }));
    const shifted = shiftedSides(builder, finder, section, sides.map(({ hits }) => hits), women);
    for (const [i, { side, label, hits }] of sides.entries()) {
      const { total: column, women: womenColumn } = COLUMNS[prefix][side];
      if (hits.length === 0) {
        if (side === "planned" || actualExpected) builder.missingField(column, label, key, finder);
        continue;
      }
      const shift = shifted[i];
      if (shift) {
        // Maybe the neighbour label's figure: neither the total nor its parts are read.
        for (const each of women ? [column, womenColumn] : [column]) {
          builder.sourceLines[each] = shift.hit.line;
          builder.diagnose("shifted_figure", shift.hit.line, label, each, shift.hit.value, ...shift.between);
        }
        continue;
      }
      const cache = new Map<string, CountParts>();
      const parts = (value: string) => cache.get(value) ?? cache.set(value, readCountParts(value)).get(value)!;
      const agreed = builder.agreed(hits, column, label, (value) => JSON.stringify(parts(value).total));
      // Of hits that agree, one printed under its label as such is read (not one with a note that is not read).
      const totalHit = agreed && readableHit(agreed, hits);
      const wrapped = totalHit ? wrappedFigure(finder, totalHit) ?? qualifiedFigure(totalHit) : undefined;
      if (totalHit && wrapped) {
        // The total and its parts both go on past the line break (or are other than the label says): neither is read.
        builder.setRead(column, totalHit, wrapped, label);
        if (women) builder.setRead(womenColumn, totalHit, wrapped, label);
        continue;
      }
      let total: number | null = null;
      if (totalHit) {
        builder.setRead(column, totalHit, parts(totalHit.value).total as ValueResult<never>, label);
        total = parts(totalHit.value).total.value;
      }
      if (!women) continue;
      const womenKey = (value: string) => JSON.stringify([parts(value).women, parts(value).unlabelled]);
      const womenAgreed = builder.agreed(hits, womenColumn, label, womenKey);
      const womenHit = womenAgreed && readableHit(womenAgreed, hits);
      const below = womenHit && parts(womenHit.value).women === undefined ? womenBelow(finder, womenHit) : undefined;
      if (below) builder.setRead(womenColumn, womenHit!, below, label);
      else if (womenHit) readWomen(builder, womenColumn, womenHit, parts(womenHit.value), label, total);
    }
  }
}

/**
 * Of each side's hits, the one whose figure may be shifted one label, with the empty label's and the stray figure's
 * lines it stands between (see `figure_shift.ts`); the section's figures no label holds are said.
 */
function shiftedSides(
  builder: ProjectBuilder,
  finder: FieldFinder,
  section: Section,
  sides: readonly (readonly FieldHit[])[],
  women: boolean,
): ({ hit: FieldHit; between: [number, number] } | undefined)[] {
  const held = new Set<number>();
  const empties: number[] = [];
  const rests: Line[] = [];
  for (const hits of sides) {
    for (const hit of hits) {
      held.add(hit.line);
      // The line `wrappedFigure` would quote, looked for once (that figure is one exactly when this line is found).
      const rest = finder.wrappedRestLine(hit);
      if (rest && hit.value.trim() !== "") rests.push(rest);
      // A rest past a blank line is also said at its own line, as a figure under no label is.
      const adjacent = rest === finder.lineAfter(hit.line) ? rest : undefined;
      const below = adjacent ?? (women && womenBelow(finder, hit) ? finder.lineAfter(hit.line) : undefined);
      if (below) held.add(below.number);
      else if (hit.value.trim() === "") empties.push(hit.line);
    }
  }
  const strays = sayUnreadFigures(builder, section, held);
  if (empties.length === 0 || strays.length + rests.length === 0) return sides.map(() => undefined);
  return sides.map((hits) => {
    for (const hit of hits) {
      const between = hit.value.trim() === "" ? undefined : shiftedBetween(hit.line, empties, [...strays, ...rests]);
      if (between) return { hit, between };
    }
    return undefined;
  });
}

/** A count's parts printed on the line under it (`119` / `joista naisia 102`): the women's part not read, said so. */
const PARTS_BELOW = /^[,(\s]*(?:joista|heistä|naisia|naisten)(?!\p{L})/iu;

/** The women's number of a count whose parts are on the next line, as no value with its problem; else undefined. */
function womenBelow(finder: FieldFinder, hit: FieldHit): { value: null; problem: ValueProblem } | undefined {
  const next = finder.lineAfter(hit.line)?.text;
  if (next === undefined || !PARTS_BELOW.test(next)) return undefined;
  return { value: null, problem: { key: "women_on_next_line", raw: `${hit.value} ${next}`.trim() } };
}

/** The women's part into its column, and the parts checked against the total (kept, with a warning, when they disagree). */
function readWomen(
  builder: ProjectBuilder,
  column: ProjectColumn,
  hit: FieldHit,
  parts: CountParts,
  label: string,
  total: number | null,
): void {
  const { women, men, unlabelled } = parts;
  if (women === undefined) {
    if (unlabelled) builder.setRead(column, hit, { value: null, problem: unlabelled }, label);
    else builder.diagnose("missing_women", hit.line, label, column);
  } else if ("conflict" in women) {
    builder.diagnose("conflicting_values", hit.line, label, column, women.conflict, women.conflict.map(() => hit.line));
    builder.sourceLines[column] = hit.line;
  } else builder.setRead(column, hit, women as ValueResult<never>, label);
  const w = women?.value ?? null;
  const m = men?.value ?? null;
  if (total === null) return;
  if (w !== null && w > total) builder.diagnose("women_exceed_total", hit.line, label, column, w, total);
  if (m !== null && m > total) builder.diagnose("men_exceed_total", hit.line, label, m, total);
  if (w !== null && m !== null && w <= total && m <= total && w + m !== total) {
    builder.diagnose("parts_do_not_add_up", hit.line, label, w, m, total);
  }
}
