/**
 * The target area (regions, sub-regions, municipalities) and the free-text
 * sections (target groups, summary, plans, final report).
 *
 * @module
 */
import type { ProjectBuilder } from "./builder.ts";
import type { FieldFinder } from "./fields.ts";
import { type SectionKey, sectionName, sectionText } from "./sections.ts";
import type { Area } from "../schema.ts";
import { parseAreaList } from "./values.ts";

const AREA_LISTS = [
  { column: "regions", level: "region", label: "Maakunnat" },
  { column: "subregions", level: "subregion", label: "Seutukunnat" },
  { column: "municipalities", level: "municipality", label: "Kunnat" },
] as const;

/** Reads the three area lists into their columns; returns one row per place. */
export function readArea(builder: ProjectBuilder, finder: FieldFinder): Omit<Area, "project_code">[] {
  const areas: Omit<Area, "project_code">[] = [];
  for (const { column, level, label } of AREA_LISTS) {
    const hit = builder.agreed(
      finder.findAll("area", [label]),
      column,
      label,
      (v) => parseAreaList(v).value?.join("\n") ?? v,
    );
    if (hit === null) continue;
    if (!hit) {
      if (finder.has("area")) builder.missingField(column, label, "area", finder);
      continue;
    }
    // A list that goes on past its line (after a comma, or one item a line under its label) is read whole.
    const lines = finder.continuedLines(hit);
    const continued = lines.map((line) => line.text);
    // A text line right after the list's last, with no comma to say so: the list wrapped (at a name, or inside one:
    // `Rauta` / `lampi`); not read in part.
    const wrapped = finder.unlabelledLineAfter(lines.at(-1)?.number ?? hit.line);
    if (wrapped) {
      const raw = [hit.value, ...continued, wrapped.text].filter((text) => text !== "").join(" / ");
      builder.setRead(column, hit, { value: null, problem: { key: "list_on_next_line", raw } }, label);
      continue;
    }
    // Names past a blank line (after a comma, or under a label with nothing after it): the list is not read in part.
    const past = finder.linePastBlank(hit, lines);
    if (past) {
      const raw = [hit.value, ...continued, "…", past.text].filter((text) => text !== "").join(" ");
      builder.setRead(column, hit, { value: null, problem: { key: "list_past_blank_line", raw } }, label);
      continue;
    }
    const read = parseAreaList([hit.value, ...continued].filter((text) => text !== "").join(", "));
    if (read.value === null) {
      builder.setRead(column, hit, read, label);
      continue;
    }
    const names = read.value;
    builder.set(column, names, hit.line);
    names.forEach((name, position) =>
      areas.push({ level, name, position, source_file: builder.project.source_file, source_line: hit.line })
    );
  }
  return areas;
}

/** The free-text columns and the sections they are read whole from. */
export const TEXT_SECTIONS = [
  ["target_groups", "target_groups"],
  ["indirect_target_groups", "indirect_target_groups"],
  ["summary", "summary"],
  ["communication_plan", "communication_plan"],
  ["dissemination_plan", "dissemination_plan"],
  ["final_report_summary", "final_report"],
] as const;

/**
 * Reads each free-text section whole into its column; `expected`: the sections the template has, in its order. A
 * text whose next section is missing while a later one is there (its heading lost or reworded) runs on into that
 * section's lines, and where it ends is not said: null, with a warning at its heading. A text the document ends in
 * (a cut file) is kept however far it goes.
 */
export function readTexts(builder: ProjectBuilder, finder: FieldFinder, expected: readonly SectionKey[]): void {
  for (const [column, key] of TEXT_SECTIONS) {
    const section = finder.section(key);
    if (!section) continue;
    const at = expected.indexOf(key);
    const next = expected[at + 1];
    if (at >= 0 && next !== undefined && !finder.has(next) && expected.slice(at + 2).some((k) => finder.has(k))) {
      const period = builder.project.programme_period;
      const problem = { key: "text_into_missing_section", raw: sectionName(next, period) } as const;
      builder.setRead(
        column,
        { value: "", line: section.heading.number },
        { value: null, problem },
        section.heading.text,
      );
    } else builder.set(column, sectionText(section.lines), section.heading.number);
  }
}
