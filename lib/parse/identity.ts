/**
 * The first two blocks of both templates: the project's identity (code, fund,
 * name, programme, dates, status) and its implementing organisation with the
 * co-implementers of a joint project.
 *
 * @module
 */
import { labelInValue, type ProjectBuilder } from "./builder.ts";
import { runsIntoLabel } from "./label_match.ts";
import { businessIdValid, expectedCheckDigit, plainBusinessIds } from "./business_id.ts";
import { readCoImplementers } from "./co_implementers.ts";
import type { FieldFinder, FieldHit } from "./fields.ts";
import { readProjectCode } from "./project_code.ts";
import type { Line } from "./sections.ts";
import { programmeNumber, titleOwner } from "./programme_axes.ts";
import type { Project, ProjectColumn, Status } from "../schema.ts";
import { parseCodedTitle, parseDateRange, readStatus, statusesNamed, type ValueResult } from "./values.ts";

type Period = Project["programme_period"];

/** The header line of both templates: "… rahoittaman projektin kuvaus" (2007–2013) or "… hankkeen kuvaus" (2014–2020). */
export const HEADER = /rahoittaman\s+(projektin|hankkeen)\s+kuvaus/i;
const FUND_IN_HEADER = /\((ESR|EAKR)\)/;
/** The labels of the code line. */
export const CODE_LABELS = ["Projektikoodi", "Hankekoodi"];
const CODE_LINE = /^(projektikoodi|hankekoodi)\b/i;
/** A header is a short line; a paragraph that quotes one is body text. */
const LONGEST_HEADER = 200;
/** The shortest text {@linkcode HEADER} matches: "rahoittaman hankkeen kuvaus". */
const SHORTEST_HEADER = 27;

/** Whether the line is a template header ("… rahoittaman projektin kuvaus"), not a paragraph quoting one. */
export function isHeaderLine(text: string): boolean {
  return text.length >= SHORTEST_HEADER && text.length <= LONGEST_HEADER && HEADER.test(text);
}

/** Whether the line is a code line ("Projektikoodi: …", "Hankekoodi: …"). */
export function isCodeLine(text: string): boolean {
  // Most lines fail on their first letter or on the k of "koodi", compared without the pattern: p (projektikoodi)
  // with k at 8, or h (hankekoodi) with k at 5, in either case (the pattern's ASCII letters match only those).
  const first = text.charCodeAt(0) | 0x20;
  const k = first === 0x70 ? 8 : first === 0x68 ? 5 : -1;
  return k > 0 && (text.charCodeAt(k) | 0x20) === 0x6b && CODE_LINE.test(text);
}

/** The template header: the first header line before the code line. */
export function headerLine(lines: readonly Line[]): Line | undefined {
  for (const line of lines) {
    if (isCodeLine(line.text)) return undefined;
    if (isHeaderLine(line.text)) return line;
  }
  return undefined;
}

/** The period from the header, else from the code's label, else from the code (S1/S2 …). */
export function detectPeriod(header: Line | undefined, lines: readonly Line[]): Period {
  const word = header?.text.match(HEADER)?.[1]?.toLowerCase();
  if (word === "projektin") return "2007-2013";
  if (word === "hankkeen") return "2014-2020";
  const codeLine = lines.find((line) => CODE_LINE.test(line.text))?.text;
  if (codeLine === undefined) return "2007-2013";
  if (/^hankekoodi/i.test(codeLine)) return "2014-2020";
  if (/^projektikoodi/i.test(codeLine)) return "2007-2013";
  return /^[SA][27]/.test(readProjectCode(codeLine.replace(CODE_LINE, "").replace(/^\s*:/, "")).code ?? "")
    ? "2014-2020"
    : "2007-2013";
}

/** The code of a code line's value, as compared between two printings of it. */
export const codeKey = (value: string): string => readProjectCode(value).code ?? value;

/** Reads the project block: code, fund, name, programme, priority axis, dates, status, authority. */
export function readIdentity(
  builder: ProjectBuilder,
  finder: FieldFinder,
  header: Line | undefined,
  codeHit: FieldHit | null | undefined,
  period: Period,
): void {
  const read = codeHit ? readProjectCode(codeHit.value) : undefined;
  const code = read?.code ?? null;
  if (codeHit && read && read.tokens.length > 1) {
    builder.diagnose("ambiguous_project_code", codeHit.line, read.shown, read.tokens);
  }
  if (codeHit && code) {
    builder.set("project_code", code, codeHit.line);
    if (read!.normalised) builder.diagnose("normalised_project_code", codeHit.line, read!.shown, code);
    else if (!/^[A-Z]\d{5}$/.test(code)) builder.diagnose("unusual_project_code", codeHit.line, code);
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

  // The project's fields are its own wherever printed: printed again in another section, they are compared.
  const text = (column: ProjectColumn, labels: string[], expected: boolean) =>
    builder.setText(finder, "project", column, labels, expected, true, true);
  const is2007 = period === "2007-2013";
  text("name", ["Projektin nimi", "Hankkeen nimi"], true);
  checkNameCode(builder, code, is2007 ? "Projektin nimi" : "Hankkeen nimi");
  text("programme_section", ["Osio"], is2007);
  text("project_type", ["Projektityyppi"], is2007);
  text("responsible_authority", ["Vastuuviranomainen"], true);
  readCodedTitle(builder, finder, "priority_axis_code", "priority_axis", "Toimintalinja", true, period);
  readCodedTitle(builder, finder, "specific_objective_code", "specific_objective", "Erityistavoite", !is2007, period);
  readDates(builder, finder);

  const status = builder.agreed(finder.findAllEverywhere("project", ["Toiminnan tila"]), "status", "Toiminnan tila");
  if (status === null) return;
  if (status && status.value !== "") readStatusValue(builder, finder, status);
  else {
    // Nothing after the label, and text without a label under it: the status went onto the next line; said there.
    const under = status ? finder.unlabelledLineAfter(status.line) : undefined;
    if (under) builder.diagnose("value_may_go_on", under.number, "Toiminnan tila", "status");
    else if (finder.has("project")) builder.missingField("status", "Toiminnan tila", "project", finder);
  }
}

/** A project code (`S11547`, `s 11547`, `S-11547`) alone, not inside a word or a number. */
const NAME_CODE = String.raw`(?<![\p{L}\d])([SA])[\s\-\u2010-\u2015\u2212]*(\d(?: ?\d){4})(?![\p{L}\d])`;
/** A project code at a name's start (`S11547 Osaavat naiset`, `(s11547)`, `S-11547:`), with what sets it off. */
const CODE_FIRST = new RegExp(String.raw`^[([]?\s*${NAME_CODE}[)\]]?[\s:.\-\u2013\u2014]*`, "iu");

/**
 * A name that starts with a project code: kept as printed, said at its line, whether the code is the project's own
 * (the name without it given) or another's (the name may be that project's). A name that is only a code is none. (A
 * code at a name's end, `Nimi S10005`, is not said: names are printed so, and a warning decides which duplicate is kept.)
 */
function checkNameCode(builder: ProjectBuilder, own: string | null, label: string): void {
  const name = builder.project.name?.normalize("NFKC");
  const match = name?.match(CODE_FIRST);
  if (!name || !match) return;
  const line = builder.sourceLines.name ?? null;
  const code = (match[1]! + match[2]!).toUpperCase().replaceAll(" ", "");
  const rest = name.slice(match[0].length).trim();
  if (rest === "") {
    builder.set("name", null, undefined);
    builder.diagnose("unreadable_value", line, label, "name", { key: "code_as_name", raw: name });
  } else if (code === own) builder.diagnose("name_with_own_code", line, code, rest);
  else builder.diagnose("name_with_other_code", line, code, own);
}

/**
 * The status and its normalised form from the hit. A status that names two (`Keskeytynyt (Toiminta päättynyt)`), or
 * with another on the line under it (not the same again), is neither: both null, said at the hit's line. One that names none of EURA's is
 * `other`, said.
 */
function readStatusValue(builder: ProjectBuilder, finder: FieldFinder, status: FieldHit): void {
  const under = finder.unlabelledLineAfter(status.line);
  const named = under ? statusesNamed(under.text) : [];
  // Another status under it (the same again is one status).
  const another = named.length > 0 && new Set([...named, ...statusesNamed(status.value)]).size > 1;
  const read: ValueResult<Status> = another
    ? { value: null, problem: { key: "status_on_next_line", raw: under!.text } }
    : readStatus(status.value);
  if (read.problem) {
    builder.setRead("status", status, read, "Toiminnan tila");
    builder.sourceLines.status_normalised = status.line;
    return;
  }
  builder.set("status", status.value, status.line);
  builder.set("status_normalised", read.value, status.line);
  if (read.value === "other") builder.diagnose("unknown_status", status.line, status.value);
}

/**
 * A numbered title (`4: Jäsenvaltioiden …`) into its code and title columns. Of an ESF project, a number printed with
 * the title the programme gives another number (`4: Työmarkkinoiden toimintaa …`, axis 3's) is no number: null,
 * with a warning naming both (which of the two is wrong, the document does not say); so is an axis number printed
 * with the title of another axis' objective, and an objective's number printed with an axis' title (the line names
 * no objective). An axis number printed with the title of one of its own objectives is read. The title is kept as
 * printed.
 */
function readCodedTitle(
  builder: ProjectBuilder,
  finder: FieldFinder,
  codeColumn: "priority_axis_code" | "specific_objective_code",
  titleColumn: ProjectColumn,
  label: string,
  expected: boolean,
  period: Period,
): void {
  const hit = builder.agreed(finder.findAllEverywhere("project", [label]), codeColumn, label);
  if (hit === null) return;
  if (!hit || hit.value === "") {
    // A label with nothing after it, and text without a label under it: the value went onto the next line; said there.
    const under = hit ? finder.unlabelledLineAfter(hit.line) : undefined;
    if (under) builder.diagnose("value_may_go_on", under.number, label, codeColumn);
    else if (expected && finder.has("project")) builder.missingField(codeColumn, label, "project", finder);
    return;
  }
  const kind = codeColumn === "priority_axis_code" ? "axis" : "objective";
  const esf = builder.project.fund === "ESR";
  // The axis or objective whose title the text is: of the line's kind, else of the other.
  const ownerOf = (text: string) =>
    titleOwner(period, kind, text) ?? titleOwner(period, kind === "axis" ? "objective" : "axis", text);
  // A title wrapped at a word onto the lines after it is joined when they make the programme's title.
  const programmeTitle = (value: string) => {
    const { title } = parseCodedTitle(value);
    return title !== null && ownerOf(title) !== undefined;
  };
  const whole = builder.wholeValue(finder, hit, titleColumn, label, esf ? programmeTitle : undefined);
  if (runsIntoLabel(whole)) {
    builder.setRead(codeColumn, hit, labelInValue(whole), label);
    builder.sourceLines[titleColumn] = hit.line;
    return;
  }
  const { code, title } = parseCodedTitle(whole);
  const owner = code !== null && title !== null && esf ? ownerOf(title) : undefined;
  const number = programmeNumber(code);
  // An objective line with an axis' title names no objective; else the title's own number, or its objective's axis.
  const axisTitle = kind === "objective" && owner?.objective === null;
  const ownNumber = owner && (kind === "axis" ? owner.axis : owner.objective);
  const another = owner !== undefined && (axisTitle || ownNumber !== number);
  builder.set(codeColumn, another ? null : code as never, hit.line);
  builder.set(titleColumn, title as never, hit.line);
  if (code === null) builder.diagnose("coded_title_without_number", hit.line, label, hit.value);
  else if (!another) return;
  else if (axisTitle) builder.diagnose("coded_title_of_axis", hit.line, label, code, title!, owner.axis);
  else if (kind === "axis" && owner.objective !== null) {
    builder.diagnose("coded_title_of_objective", hit.line, label, code, title!, owner.objective, owner.axis);
  } else builder.diagnose("coded_title_of_another", hit.line, label, code, title!, ownNumber!);
}

const DATES_LABEL = "Suunnitelman mukainen toteutusaika";

function readDates(builder: ProjectBuilder, finder: FieldFinder): void {
  const hits = finder.findAllEverywhere("project", [DATES_LABEL]);
  if (hits.length === 0) {
    if (finder.has("project")) builder.missingField("start_date/end_date", DATES_LABEL, "project", finder);
    return;
  }
  // Each value's range read once, for both sides (measured: a call of parseDateRange, 550 ns, less a document).
  const ranges = new Map<string, ReturnType<typeof parseDateRange>>();
  const range = (value: string) => ranges.get(value) ?? ranges.set(value, parseDateRange(value)).get(value)!;
  // Each column named as written, not made anew: a store with a name made anew costs 60 ns against 25 (measured).
  for (const [side, column] of [["start", "start_date"], ["end", "end_date"]] as const) {
    const hit = builder.agreed(hits, column, DATES_LABEL, (value) => JSON.stringify(range(value)[side]));
    if (hit) builder.setRead(column, hit, range(hit.value)[side], DATES_LABEL);
  }
  const { start_date, end_date } = builder.project;
  if (start_date && end_date && end_date < start_date) {
    builder.diagnose("end_before_start", hits[0]!.line, end_date, start_date);
  }
}

/** Reads the organisation block and the co-implementers. */
export function readOrganisation(builder: ProjectBuilder, finder: FieldFinder, period: Period): void {
  // The implementer's name and type printed again in another section are compared; its business ID is looked for in
  // its section only (a co-implementer's is printed in the block after it).
  const text = (column: ProjectColumn, labels: string[], expected: boolean, everywhere = false) =>
    builder.setText(finder, "organisation", column, labels, expected, true, everywhere);
  text("organisation_name", ["Toteuttajaorganisaation nimi", "Hakijan virallinen nimi"], true, true);
  text("organisation_type", ["Organisaatiotyyppi"], true, true);
  text("business_id", ["Y-tunnus"], true);
  text("organisation_website", ["Toteuttajaorganisaation Web-osoite", "WWW-osoite"], false);
  text("project_website", ["Projektin kotisivun osoite"], false);
  if (period === "2014-2020") text("applicants", ["Hakijoiden lukumäärä tai tuen siirto -menettely"], false);
  // An ID written with another dash, or spaces round it, is the same ID (see `plainBusinessIds`).
  const printed = builder.project.business_id;
  const businessId = printed === null ? null : plainBusinessIds(printed);
  if (businessId !== printed) builder.set("business_id", businessId, undefined);
  if (businessId) checkBusinessId(builder, businessId, builder.sourceLines.business_id ?? null);
  const section = finder.section("co_implementers");
  if (section) {
    const { coImplementers, lines, end, leftOut, strayIds } = readCoImplementers(section.lines);
    builder.set("co_implementers", coImplementers, section.heading.number);
    coImplementers.forEach(({ business_id }, i) => {
      if (business_id) checkBusinessId(builder, business_id, lines[i]!.number);
    });
    for (const line of leftOut) builder.diagnose("co_implementer_text_left_out", line.number);
    for (const line of strayIds) builder.diagnose("co_implementer_stray_id", line.number, line.text.trim());
    if (end) builder.diagnose("co_implementers_end", end.number);
  }
}

/** Warns of a business ID not of the form `1234567-8`, or of that form with a wrong check digit (a typo). */
function checkBusinessId(builder: ProjectBuilder, id: string, line: number | null): void {
  const expected = expectedCheckDigit(id);
  if (expected === undefined) builder.diagnose("unusual_business_id", line, id);
  else if (!businessIdValid(id)) builder.diagnose("business_id_check_digit", line, id, expected);
}
