/**
 * The figures: indicators planned and actual (participants, jobs,
 * enterprises, degrees, participating companies; women where the 2007–2013
 * template prints them) and the four funding amounts.
 *
 * @module
 */
import type { Period, ProjectBuilder } from "./builder.ts";
import type { FieldFinder } from "./fields.ts";
import type { SectionKey } from "./sections.ts";
import { FUNDING_LABELS, type ProjectColumn } from "../schema.ts";
import { parseAmount, parseCount, type ValueResult } from "./values.ts";

/** `199, joista naisia 100` → total and women; `400` → total only. */
function readSplitCount(raw: string): { total: ValueResult<number>; women: ValueResult<number> | undefined } {
  const [left, right] = raw.split(/,\s*joista\s+/i);
  const total = parseCount(left ?? "");
  if (right === undefined) return { total, women: undefined };
  const number = right.match(/(\d[\d\s]*)$/);
  const women: ValueResult<number> = number
    ? parseCount(number[1]!)
    : { value: null, problem: { key: "no_women_number", raw: right } };
  return { total, women };
}

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

/** Reads the indicator sections of the template. */
export function readIndicators(builder: ProjectBuilder, finder: FieldFinder, period: Period): void {
  for (const { prefix, key, women, actualExpected } of INDICATORS[period]) {
    if (!finder.has(key)) continue;
    for (const { side, label, labels } of SIDES) {
      const hit = finder.find(key, labels, false);
      const column = `${prefix}_${side}` as ProjectColumn;
      if (!hit) {
        if (side === "planned" || actualExpected) builder.missingField(column, label, key, finder);
        continue;
      }
      const { total, women: womenCount } = readSplitCount(hit.value);
      builder.setRead(column, hit, total as ValueResult<never>, label);
      if (!women) continue;
      const womenColumn = `${prefix}_${side}_women` as ProjectColumn;
      if (womenCount === undefined) builder.diagnose("missing_women", hit.line, label, womenColumn);
      else builder.setRead(womenColumn, hit, womenCount as ValueResult<never>, label);
    }
  }
}

/** Reads the four funding amounts. */
export function readFunding(builder: ProjectBuilder, finder: FieldFinder): void {
  for (const [column, label] of Object.entries(FUNDING_LABELS) as [keyof typeof FUNDING_LABELS, string][]) {
    const hit = finder.find("funding", [label]);
    if (hit) builder.setRead(column, hit, parseAmount(hit.value), label);
    else if (finder.has("funding")) builder.missingField(column, label, "funding", finder);
  }
}
