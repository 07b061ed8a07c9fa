/**
 * Splitting a document into lines and the lines into the template's sections.
 *
 * Headings are recognised by their title, and only where the template puts
 * them: each template's sections come in a fixed order, so a heading title
 * that would go back to an earlier section, or repeat the current one, is
 * body text. Inside free text (a summary, target groups, plans, the final
 * report, justifications) a heading title ends the text only with the
 * number the template gives it, or when the line after it opens that
 * section (a heading that lost its number is still found where its content
 * follows). Elsewhere a heading may lose its number, but a title that is a
 * single common word ("Hanke", "Projekti") needs its number. Numbered lists
 * in the body ("1. Tieto- ja neuvontapalveluja …") are never headings.
 *
 * @module
 */
import { joinWrapped } from "./join_wrapped.ts";
import { hasInvisible, INVISIBLE } from "./split_lines.ts";

/** A line of the document, 1-based, with tabs and odd spaces made plain. */
export interface Line {
  number: number;
  text: string;
}

/** The sections of both templates, by a common key. */
export type SectionKey =
  | "project"
  | "organisation"
  | "co_implementers"
  | "area_and_target_groups"
  | "area"
  | "target_groups_heading"
  | "target_groups"
  | "indirect_target_groups"
  | "participants"
  | "results"
  | "jobs"
  | "enterprises"
  | "degrees"
  | "summary"
  | "communication"
  | "communication_plan"
  | "dissemination_plan"
  | "funding"
  | "classification"
  | "horizontal_classification"
  | "implementation_site"
  | "monitoring_estimates"
  | "companies"
  | "horizontal_principles"
  | "gender_equality"
  | "sustainability"
  | "final_report";

/** A programme period: each has its own template. */
export type Period = "2007-2013" | "2014-2020";

interface HeadingSpec {
  key: SectionKey;
  title: string;
  /** The number the template prints before the title; null where it prints none. */
  number: string | null;
  /** True when the title alone is too common a phrase to be trusted without a number. */
  needsNumber?: boolean;
  /** The section's body is free text: a heading inside it needs its number or its content after it. */
  freeText?: boolean;
  /** The lines that open the section's body, by which a heading that lost its number is recognised after free text. */
  opens?: RegExp;
}

/** What a figure's rest may carry after its digits: a unit, or the noun of what it counts. */
const FIGURE_WORDS =
  "€|e|eur|euroa?|kpl|hlö|hlöä|henkilöä|henkeä|osallistujaa|yritystä|työpaikkaa|tutkintoa|naista|miestä";
/**
 * A line that is the rest of a figure wrapped onto it: digits and separators, maybe a unit or the noun of what it
 * counts (`153 €`, `153,-`, `5 yritystä`), maybe the parts of a count (`9, joista naisia 102`, `119 (naisia 102)`);
 * not a numbered line (`8. Luokittelu`, `2. Valmennus`) nor a year and a word (`2020 alkaen`).
 */
const FIGURE_REST = new RegExp(
  String.raw`^\d[\d \u00A0\u2007\u2009\u202F.,']*(?:-|(?:${FIGURE_WORDS})\.?)?` +
    String.raw`(?:\s*(?:,?\s*joista(?!\p{L})|\().*)?$`,
  "iu",
);
/** The longest line that may be a figure's rest: a count's parts with both sexes fit (and no long line is scanned). */
const FIGURE_REST_MAX = 100;

/** Whether a line is the rest of a figure wrapped onto it (see `FIGURE_REST`). */
export const isFigureRest = (text: string): boolean => text.length <= FIGURE_REST_MAX && FIGURE_REST.test(text);
/** The labels of an indicator's block (participants, jobs, enterprises, degrees, companies): planned and actual. */
const INDICATOR_LABELS = /^(suunniteltu|toteutunut seurantatietojen mukaan)\s*:/i;
const FUNDING =
  /^(myönnetty eu- ja valtion|toteutunut eu- ja valtion|suunniteltu julkinen|toteutunut julkinen) rahoitus/i;
const AREA = /^(maakunnat|seutukunnat|kunnat)\s*:/i;
const PROJECT = /^(projektikoodi|hankekoodi)\s*:/i;
const FREE = { freeText: true } as const;

/** The headings of each template, in template order. */
// Tables, one entry per heading: the entries share their shape by design.
const TEMPLATES: Record<Period, readonly HeadingSpec[]> = {
  "2007-2013": [
    { key: "project", title: "projekti", number: "1", needsNumber: true, opens: PROJECT },
    { key: "organisation", title: "projektin toteuttaja", number: "2", opens: /^toteuttajaorganisaation nimi\s*:/i },
    { key: "area_and_target_groups", title: "projektin toteutusalue ja kohderyhmän kuvaus", number: "3" },
    { key: "area", title: "maantieteellinen kohdealue", number: "3.1", opens: AREA },
    { key: "target_groups", title: "varsinaiset kohderyhmät", number: "3.2", ...FREE },
    { key: "indirect_target_groups", title: "välilliset kohderyhmät", number: "3.3", ...FREE },
    { key: "participants", title: "aloittaneiden henkilöiden määrä", number: "3.4", opens: INDICATOR_LABELS },
    { key: "results", title: "projektin tavoitteet, tulokset ja vaikutukset", number: "4" },
    { key: "jobs", title: "uusien työpaikkojen määrä", number: "4.1", opens: INDICATOR_LABELS },
    { key: "enterprises", title: "uusien yritysten määrä", number: "4.2", opens: INDICATOR_LABELS },
    { key: "degrees", title: "suoritettujen tutkintojen määrä", number: "4.3", opens: INDICATOR_LABELS },
    { key: "summary", title: "suunnitelman mukainen tiivistelmä toteutuksesta", number: "5", ...FREE },
    { key: "communication", title: "tiedotus ja hyvien käytäntöjen levittäminen", number: "6" },
    { key: "communication_plan", title: "tiedotussuunnitelma", number: "6.1", ...FREE },
    { key: "dissemination_plan", title: "suunnitelma hyvien käytäntöjen levittämisestä", number: "6.2", ...FREE },
    { key: "funding", title: "projektin julkinen rahoitus, euroa", number: "7", opens: FUNDING },
    { key: "classification", title: "vastuuviranomaisen tekemä projektin luokittelu", number: "8" },
    {
      key: "horizontal_classification",
      title: "horisontaalinen luokittelu",
      number: "8.1",
      opens: /^(tasa-arvo|kestävä kehitys|kumppanuus|innovatiivisuus)\s*:/i,
    },
    { key: "final_report", title: "loppuraportin tiivistelmä", number: "9", ...FREE },
  ],
  "2014-2020": [
    { key: "project", title: "hanke", number: "1", needsNumber: true, opens: PROJECT },
    { key: "organisation", title: "hakijan perustiedot", number: "2", opens: /^hakijan virallinen nimi\s*:/i },
    { key: "co_implementers", title: "osatoteuttajat", number: null },
    { key: "summary", title: "suunnitelman mukainen tiivistelmä toteutuksesta", number: "3", ...FREE },
    { key: "target_groups_heading", title: "hankkeen kohderyhmät", number: "4" },
    { key: "target_groups", title: "varsinaiset kohderyhmät", number: "4.1", ...FREE },
    { key: "indirect_target_groups", title: "välilliset kohderyhmät", number: "4.2", ...FREE },
    { key: "funding", title: "projektin julkinen rahoitus, euroa", number: "5", opens: FUNDING },
    { key: "funding", title: "hankkeen julkinen rahoitus, euroa", number: "5", opens: FUNDING },
    { key: "area", title: "maantieteellinen kohdealue", number: "6", opens: AREA },
    {
      key: "implementation_site",
      title: "toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa",
      number: null,
      opens: /^(jakeluosoite|postinumero|postitoimipaikka)\s*:/i,
    },
    {
      key: "monitoring_estimates",
      title: "hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista",
      number: "7",
    },
    { key: "companies", title: "osallistuvien yritysten lukumäärä", number: "7.1", opens: INDICATOR_LABELS },
    { key: "participants", title: "osallistuvien henkilöiden lukumäärä", number: "7.2", opens: INDICATOR_LABELS },
    { key: "horizontal_principles", title: "horisontaaliset periaatteet", number: "8" },
    {
      key: "gender_equality",
      title: "sukupuolten tasa-arvo",
      number: "8.1",
      ...FREE,
      opens:
        /^(hankkeessa on tehty toimintaympäristön analyysi|sukupuolinäkökulma on huomioitu|hankkeen päätavoite on sukupuolten)/i,
    },
    {
      key: "sustainability",
      title: "kestävä kehitys",
      number: "8.2",
      ...FREE,
      opens: /^(välitön\s*välillinen|ekologinen kestävyys|taloudellinen kestävyys|sosiaalinen ja kulttuurinen)/i,
    },
    { key: "final_report", title: "loppuraportin tiivistelmä", number: "9", ...FREE },
  ],
};

/** A section's name for messages: its heading's title in the template of the period, e.g. "Hanke". */
export function sectionName(key: SectionKey, period: Period): string {
  const title = TEMPLATES[period].find((h) => h.key === key)?.title ?? key;
  return title[0]!.toUpperCase() + title.slice(1);
}

/** A section: its heading line and the lines up to the next heading. */
export interface Section {
  key: SectionKey;
  heading: Line;
  lines: Line[];
  /**
   * An indicator's block printed again out of order (pasted twice, a corrected block added): its heading with the
   * template's number (or any, right after another indicator's block), and its `Suunniteltu:` / `Toteutunut …:` lines.
   * Its labels are read with the first block's and compared (see `FieldFinder.findAll`); the lines after it belong to
   * the section it interrupts.
   */
  repeated?: true;
}

/** The document as lines and sections; lines before the first heading form the preamble. */
export interface SectionedDocument {
  lines: Line[];
  preamble: Line[];
  sections: Section[];
}

/** A heading candidate: the spec its title matches, the spec's place in template order, and the number printed. */
interface Candidate {
  spec: HeadingSpec;
  order: number;
  number: string | undefined;
}

/** Each template's headings by title, with their order (two titles of one section share it). */
const BY_TITLE: Record<Period, Map<string, { spec: HeadingSpec; order: number }>> = {
  "2007-2013": titleMap(TEMPLATES["2007-2013"]),
  "2014-2020": titleMap(TEMPLATES["2014-2020"]),
};

function titleMap(specs: readonly HeadingSpec[]): Map<string, { spec: HeadingSpec; order: number }> {
  const keys = [...new Set(specs.map((spec) => spec.key))];
  return new Map(specs.map((spec) => [spec.title, { spec, order: keys.indexOf(spec.key) }]));
}

/** The lengths of the titles: a line of another length is no heading, and is not looked up. */
const TITLE_LENGTHS = new Set(Object.values(TEMPLATES).flat().map((heading) => heading.title.length));
/** No heading is longer than this; longer lines are body text and skip the matching. */
const LONGEST_HEADING = Math.max(...Object.values(TEMPLATES).flat().map((heading) => heading.title.length)) + 12;

/** The heading of the template a line's title names (see {@linkcode candidate}). */
const lineCandidate = (line: Line, period: Period): Candidate | undefined => candidate(line.text, period);

/**
 * The candidates of short lines already looked at, by period: the same headings (and often the same short
 * lines) come in every document. Emptied when full.
 */
const CANDIDATES: Record<Period, Map<string, Candidate | null>> = { "2007-2013": new Map(), "2014-2020": new Map() };
const REMEMBERED = 4096;

/** The heading of the template a line's title names, whatever its place; undefined for other lines. */
function candidate(text: string, period: Period): Candidate | undefined {
  // No title holds a colon: label lines, the most common short lines, are never headings.
  if (text.length === 0 || text.length > LONGEST_HEADING || text.includes(":")) return undefined;
  const known = CANDIDATES[period];
  let found = known.get(text);
  if (found === undefined) {
    if (known.size >= REMEMBERED) known.clear();
    known.set(text, found = titleCandidate(text, period) ?? null);
  }
  return found ?? undefined;
}

/** The heading a short line without a colon names (see {@linkcode candidate}). */
function titleCandidate(text: string, period: Period): Candidate | undefined {
  const plain = hasInvisible(text) ? text.replace(INVISIBLE, "") : text;
  const numbered = /^(\d+(?:\.\d+)*)\.?\s+/.exec(plain);
  const rest = numbered ? plain.slice(numbered[0].length) : plain;
  const title = rest.endsWith(".") ? rest.slice(0, -1) : rest;
  if (!TITLE_LENGTHS.has(title.length)) return undefined;
  const found = BY_TITLE[period].get(title.toLowerCase());
  if (!found || (found.spec.needsNumber && numbered === null)) return undefined;
  return { ...found, number: numbered?.[1] };
}

/**
 * The first line that starts with a sub-section's number as the template prints it (`3.4 …`, `3.4Aloittaneiden …`)
 * but is not its heading: where a reworded heading may be. Undefined for a section numbered without a dot (`3`, a
 * numbered list's item more often than not) or when no line starts so.
 */
export function numberedLine(lines: readonly Line[], key: SectionKey, period: Period): Line | undefined {
  const number = TEMPLATES[period].find((spec) => spec.key === key)?.number;
  if (!number?.includes(".")) return undefined;
  const starts = new RegExp(`^${number.replaceAll(".", "\\.")}\\.?(?![\\d.])\\s*\\p{L}`, "u");
  return lines.find((line) => starts.test(line.text));
}

/** The section key a line heads in either template, or undefined when it is not a heading title at all. */
export function headingKey(text: string | Line, period?: Period): SectionKey | undefined {
  const periods: Period[] = period ? [period] : ["2007-2013", "2014-2020"];
  for (const p of periods) {
    const found = typeof text === "string" ? candidate(text, p) : lineCandidate(text, p);
    if (found) return found.spec.key;
  }
  return undefined;
}

/** Splits a document's lines into the sections of its template, headings only where the template puts them. */
export function sectionLines(lines: readonly Line[], period: Period): SectionedDocument {
  const preamble: Line[] = [];
  const sections: Section[] = [];
  let order = -1;
  let current: HeadingSpec | undefined;
  const nextLine = (index: number) => lines.slice(index + 1, index + 6).find((line) => line.text !== "");
  const accepted = (found: Candidate, index: number): boolean => {
    if (found.order <= order) return false;
    if (!current?.freeText || found.number === found.spec.number) return true;
    // Inside free text, a title without its number is a heading only where its section's content follows.
    const next = nextLine(index);
    const following = next && lineCandidate(next, period);
    return found.spec.opens?.test(next?.text ?? "") === true ||
      (following !== undefined && following.order > found.order && following.number !== undefined);
  };
  /**
   * An indicator's heading out of the template's order, its block's labels under it: printed again with its number
   * (see `Section.repeated`), or after another indicator's block, whose labels its own are not.
   */
  const outOfOrder = (found: Candidate, index: number): boolean =>
    found.spec.opens === INDICATOR_LABELS && INDICATOR_LABELS.test(nextLine(index)?.text ?? "") &&
    ((found.number === found.spec.number && seen.has(found.spec.key)) || current?.opens === INDICATOR_LABELS);
  /** The keys of the sections found where the template puts them: only such a section's block can be repeated. */
  const seen = new Set<SectionKey>();
  let enclosing: Section | undefined;
  let repeat: Section | undefined;
  /** The line a heading wrapped onto (see `wrappedHeading`): part of the heading, no section's line. */
  let headingRest = -1;
  /** Opens the section of an accepted heading at its line. */
  const open = (found: Candidate, heading: Line) => {
    sections.push(enclosing = { key: found.spec.key, heading, lines: [] });
    seen.add(found.spec.key);
    order = found.order;
    current = found.spec;
  };
  lines.forEach((line, index) => {
    // A blank line (no heading, nor a wrapped one's first or second line) goes on the block or section it is in, not
    // looked up: half the lines are blank (measured on 3,000 generated documents: 6 µs a document against 7.3).
    if (line.text === "") {
      const block = repeat ?? enclosing;
      if (block) block.lines.push(line);
      else preamble.push(line);
      return;
    }
    if (index === headingRest) return;
    const found = lineCandidate(line, period);
    const wrapped = found ? undefined : wrappedHeading(lines, index, period);
    if (wrapped && accepted(wrapped, index + 1)) {
      open(wrapped, line);
      headingRest = index + 1;
      return;
    }
    // A repeated block goes on while its lines are blank, its labels' or a figure's rest, up to any heading.
    if (repeat && !found && (line.text === "" || INDICATOR_LABELS.test(line.text) || isFigureRest(line.text))) {
      repeat.lines.push(line);
      return;
    }
    repeat = undefined;
    if (found && accepted(found, index)) open(found, line);
    else if (found && enclosing && outOfOrder(found, index)) {
      repeat = { key: found.spec.key, heading: line, lines: [], repeated: true };
      // A block of a section not found where the template puts it is no section's: that section is missing, said.
      if (seen.has(found.spec.key)) sections.push(repeat);
    } else if (enclosing === undefined) preamble.push(line);
    else enclosing.lines.push(line);
  });
  return { lines: [...lines], preamble, sections };
}

/**
 * The heading a numbered line and the next make together: a heading wrapped onto the next line (a text hard-wrapped
 * at 40–72 columns, `3 Suunnitelman mukainen tiivistelmä` / `toteutuksesta`); undefined for any other line.
 */
function wrappedHeading(lines: readonly Line[], index: number, period: Period): Candidate | undefined {
  const [first, second] = [lines[index]!.text, lines[index + 1]?.text];
  // The first line a heading's number and words of its title (`400` alone is a figure's rest, never a heading's).
  if (second === undefined || second === "" || !/^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{L}/u.test(first)) return undefined;
  if (first.includes(":")) return undefined;
  if (first.length + second.length >= LONGEST_HEADING || second.includes(":")) return undefined;
  return candidate(joinWrapped(first, second), period);
}

/**
 * The text of a section's body: blank lines at either end dropped, runs of
 * blank lines made one, a closing line of lone punctuation (an export
 * artefact such as ".") dropped; null when nothing or only "-" remains.
 */
export function sectionText(lines: readonly Line[]): string | null {
  let end = lines.length;
  while (end > 0 && isClosingArtefact(lines[end - 1]!.text)) end--;
  let start = 0;
  while (start < end && lines[start]!.text === "") start++;
  // Runs of blank lines made one as the lines are taken, not by a pattern over the joined text (measured on 3,000
  // generated documents, every section: 4 µs a document against 6); a line holding line breaks (none split from a
  // text does) is made one by the pattern still.
  const texts: string[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (text !== "" || lines[i - 1]!.text !== "") texts.push(text);
  }
  const text = texts.join("\n");
  const joined = text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text;
  return joined === "" || joined === "-" ? null : joined;
}

/** A section's closing line that is no text: blank, or lone punctuation (an export artefact such as "."). */
const isClosingArtefact = (text: string) =>
  text === "" || (text.length === 1 && (text === "." || text === "-" || text === "–" || text === "—"));
