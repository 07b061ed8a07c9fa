/**
 * The first two blocks of both templates: the project's identity (code, fund,
 * name, programme, dates, status) and its implementing organisation with the
 * co-implementers of a joint project.
 *
 * @module
 */
import type { ProjectBuilder } from "./builder.ts";
import type { FieldFinder, FieldHit } from "./fields.ts";
import type { Line } from "./sections.ts";
import type { CoImplementer, Project, ProjectColumn } from "../schema.ts";
import { normaliseStatus, parseCodedTitle, parseDateRange } from "./values.ts";

type Period = Project["programme_period"];

/** The header line of both templates: "… rahoittaman projektin kuvaus" (2007–2013) or "… hankkeen kuvaus" (2014–2020). */
export const HEADER = /rahoittaman\s+(projektin|hankkeen)\s+kuvaus/i;
const FUND_IN_HEADER = /\((ESR|EAKR)\)/;

/** The period from the header, else from the code's label, else from the code. */
export function detectPeriod(header: Line | undefined, codeHit: FieldHit | undefined, lines: readonly Line[]): Period {
  const word = header?.text.match(HEADER)?.[1]?.toLowerCase();
  if (word === "projektin") return "2007-2013";
  if (word === "hankkeen") return "2014-2020";
  const codeLine = codeHit ? lines[codeHit.line - 1]?.text.toLowerCase() : undefined;
  if (codeLine?.startsWith("hankekoodi")) return "2014-2020";
  if (codeLine?.startsWith("projektikoodi")) return "2007-2013";
  return /^[SA][27]/.test(codeHit?.value ?? "") ? "2014-2020" : "2007-2013";
}

/** Reads the project block: code, fund, name, programme, priority axis, dates, status, authority. */
export function readIdentity(
  builder: ProjectBuilder,
  finder: FieldFinder,
  header: Line | undefined,
  codeHit: FieldHit | undefined,
  period: Period,
): void {
  const code = codeHit?.value.replace(/\s+/g, "") || null;
  if (codeHit && code) {
    builder.set("project_code", code, codeHit.line);
    if (!/^[A-Z]\d{5}$/.test(code)) builder.diagnose("unusual_project_code", codeHit.line, code);
    const codePeriod = /^(S1|A[356])/.test(code) ? "2007-2013" : /^(S2|A7)/.test(code) ? "2014-2020" : null;
    if (codePeriod && codePeriod !== period) {
      builder.diagnose("template_mismatch", codeHit.line, code, codePeriod, period);
    }
  } else {
    builder.diagnose("missing_project_code", codeHit?.line ?? null);
  }

  const fund = header?.text.match(FUND_IN_HEADER)?.[1];
  if (fund === "ESR" || fund === "EAKR") builder.set("fund", fund, header!.number);
  else if (code?.startsWith("S")) builder.set("fund", "ESR", codeHit!.line);
  else if (code?.startsWith("A")) builder.set("fund", "EAKR", codeHit!.line);
  else builder.diagnose("missing_fund", null);

  const text = (column: ProjectColumn, labels: string[], expected: boolean) =>
    builder.setText(finder, "project", column, labels, expected);
  const is2007 = period === "2007-2013";
  text("name", ["Projektin nimi", "Hankkeen nimi"], true);
  text("programme_section", ["Osio"], is2007);
  text("project_type", ["Projektityyppi"], is2007);
  text("responsible_authority", ["Vastuuviranomainen"], true);
  readCodedTitle(builder, finder, "priority_axis_code", "priority_axis", "Toimintalinja", true);
  readCodedTitle(builder, finder, "specific_objective_code", "specific_objective", "Erityistavoite", !is2007);
  readDates(builder, finder);

  const status = finder.find("project", ["Toiminnan tila"]);
  if (status && status.value !== "") {
    builder.set("status", status.value, status.line);
    builder.set("status_normalised", normaliseStatus(status.value), status.line);
  } else if (finder.has("project")) {
    builder.missingField("status", "Toiminnan tila", "project", finder);
  }
}

/** A numbered title (`4: Jäsenvaltioiden …`) into its code and title columns. */
function readCodedTitle(
  builder: ProjectBuilder,
  finder: FieldFinder,
  codeColumn: ProjectColumn,
  titleColumn: ProjectColumn,
  label: string,
  expected: boolean,
): void {
  const hit = finder.find("project", [label]);
  if (!hit || hit.value === "") {
    if (expected && finder.has("project")) builder.missingField(codeColumn, label, "project", finder);
    return;
  }
  const { code, title } = parseCodedTitle(hit.value);
  builder.set(codeColumn, code as never, hit.line);
  builder.set(titleColumn, title as never, hit.line);
  if (code === null) builder.diagnose("coded_title_without_number", hit.line, label, hit.value);
}

const DATES_LABEL = "Suunnitelman mukainen toteutusaika";

function readDates(builder: ProjectBuilder, finder: FieldFinder): void {
  const hit = finder.find("project", [DATES_LABEL]);
  if (!hit) {
    if (finder.has("project")) builder.missingField("start_date/end_date", DATES_LABEL, "project", finder);
    return;
  }
  const range = parseDateRange(hit.value);
  builder.setRead("start_date", hit, range.start, DATES_LABEL);
  builder.setRead("end_date", hit, range.end, DATES_LABEL);
  const { start_date, end_date } = builder.project;
  if (start_date && end_date && end_date < start_date) {
    builder.diagnose("end_before_start", hit.line, end_date, start_date);
  }
}

/** Reads the organisation block and the co-implementers. */
export function readOrganisation(builder: ProjectBuilder, finder: FieldFinder, period: Period): void {
  const text = (column: ProjectColumn, labels: string[], expected: boolean) =>
    builder.setText(finder, "organisation", column, labels, expected);
  text("organisation_name", ["Toteuttajaorganisaation nimi", "Hakijan virallinen nimi"], true);
  text("organisation_type", ["Organisaatiotyyppi"], true);
  text("business_id", ["Y-tunnus"], true);
  text("organisation_website", ["Toteuttajaorganisaation Web-osoite", "WWW-osoite"], false);
  text("project_website", ["Projektin kotisivun osoite"], false);
  if (period === "2014-2020") text("applicants", ["Hakijoiden lukumäärä tai tuen siirto -menettely"], false);
  const businessId = builder.project.business_id;
  if (businessId && !/^\d{7}-\d$/.test(businessId)) {
    builder.diagnose("unusual_business_id", builder.sourceLines.business_id ?? null, businessId);
  }
  const section = finder.section("co_implementers");
  if (section) {
    const coImplementers = section.lines.filter((line) => line.text !== "").map((line) =>
      parseCoImplementer(line.text)
    );
    builder.set("co_implementers", coImplementers, section.heading.number);
  }
}

function parseCoImplementer(text: string): CoImplementer {
  const match = text.match(/^(.*?)[,;]?\s*(\d{7}-\d)$/);
  if (match && match[1] !== "") return { name: match[1]!.trim(), business_id: match[2]! };
  return { name: text, business_id: null };
}
