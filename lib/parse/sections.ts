/**
 * Splitting a document into lines and the lines into the template's sections.
 *
 * Headings are recognised by their title, not their number: the two templates
 * number the same section differently, and body text is full of numbered
 * lists ("1. Tieto- ja neuvontapalveluja …") that must not be taken for
 * headings. A heading may lose its number; a title that is a single common
 * word ("Hanke", "Projekti") needs its number to count as a heading.
 *
 * @module
 */

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

interface HeadingSpec {
  key: SectionKey;
  title: string;
  /** True when the title alone is too common a phrase to be trusted without a number. */
  needsNumber?: boolean;
  /** The template whose title this is, where the two templates title the section differently. */
  period?: "2007-2013" | "2014-2020";
}

/** Every heading of both templates. */
// A table, one entry per heading title: the entries share their shape by design.
const HEADINGS: readonly HeadingSpec[] = [
  { key: "project", title: "projekti", needsNumber: true, period: "2007-2013" },
  { key: "project", title: "hanke", needsNumber: true, period: "2014-2020" },
  { key: "organisation", title: "projektin toteuttaja", period: "2007-2013" },
  { key: "organisation", title: "hakijan perustiedot", period: "2014-2020" },
  { key: "co_implementers", title: "osatoteuttajat" },
  { key: "area_and_target_groups", title: "projektin toteutusalue ja kohderyhmän kuvaus" },
  { key: "area", title: "maantieteellinen kohdealue" },
  { key: "target_groups_heading", title: "hankkeen kohderyhmät" },
  { key: "target_groups", title: "varsinaiset kohderyhmät" },
  { key: "indirect_target_groups", title: "välilliset kohderyhmät" },
  { key: "participants", title: "aloittaneiden henkilöiden määrä", period: "2007-2013" },
  { key: "participants", title: "osallistuvien henkilöiden lukumäärä", period: "2014-2020" },
  { key: "results", title: "projektin tavoitteet, tulokset ja vaikutukset" },
  { key: "jobs", title: "uusien työpaikkojen määrä" },
  { key: "enterprises", title: "uusien yritysten määrä" },
  { key: "degrees", title: "suoritettujen tutkintojen määrä" },
  { key: "summary", title: "suunnitelman mukainen tiivistelmä toteutuksesta" },
  { key: "communication", title: "tiedotus ja hyvien käytäntöjen levittäminen" },
  { key: "communication_plan", title: "tiedotussuunnitelma" },
  { key: "dissemination_plan", title: "suunnitelma hyvien käytäntöjen levittämisestä" },
  { key: "funding", title: "projektin julkinen rahoitus, euroa" },
  { key: "funding", title: "hankkeen julkinen rahoitus, euroa" },
  { key: "classification", title: "vastuuviranomaisen tekemä projektin luokittelu" },
  { key: "horizontal_classification", title: "horisontaalinen luokittelu" },
  { key: "implementation_site", title: "toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa" },
  { key: "monitoring_estimates", title: "hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista" },
  { key: "companies", title: "osallistuvien yritysten lukumäärä" },
  { key: "horizontal_principles", title: "horisontaaliset periaatteet" },
  { key: "gender_equality", title: "sukupuolten tasa-arvo" },
  { key: "sustainability", title: "kestävä kehitys" },
  { key: "final_report", title: "loppuraportin tiivistelmä" },
];

/** A section's name for messages: its heading's title in the template of the period, e.g. "Hanke". */
export function sectionName(key: SectionKey, period: "2007-2013" | "2014-2020"): string {
  const heading = HEADINGS.find((h) => h.key === key && (h.period === undefined || h.period === period));
  const title = heading?.title ?? key;
  return title[0]!.toUpperCase() + title.slice(1);
}

/** A section: its heading line and the lines up to the next heading. */
export interface Section {
  key: SectionKey;
  heading: Line;
  lines: Line[];
}

/** The document as lines and sections; lines before the first heading form the preamble. */
export interface SectionedDocument {
  lines: Line[];
  preamble: Line[];
  sections: Section[];
}

/** Splits text into 1-based lines (LF, CRLF or CR), spaces made plain. */
export function splitLines(text: string): Line[] {
  // One pass over the whole text makes odd and repeated spaces plain; each line then needs only a trim.
  const plain = text.replace(/^\uFEFF/, "").replace(ODD_SPACES, " ");
  return plain.split(/\r\n|\r|\n/).map((raw, index) => ({ number: index + 1, text: raw.trim() }));
}

/** Runs of spaces other than line breaks: tabs, no-break and other odd spaces, doubled spaces. */
const ODD_SPACES =
  /[\t\v\f\u00A0\u202F\u2007\u2009\uFEFF\u2028\u2029\u1680\u2000-\u200A\u205F\u3000][\t\v\f \u00A0\u202F\u2007\u2009\uFEFF\u2028\u2029\u1680\u2000-\u200A\u205F\u3000]*| {2,}/g;

const HEADINGS_BY_TITLE = new Map(HEADINGS.map((heading) => [heading.title, heading]));
/** No heading is longer than this; longer lines are body text and skip the matching. */
const LONGEST_HEADING = Math.max(...HEADINGS.map((heading) => heading.title.length)) + 12;

/** The section key a line heads, or undefined when it is not a heading. */
export function headingKey(text: string): SectionKey | undefined {
  if (text.length === 0 || text.length > LONGEST_HEADING) return undefined;
  const match = text.match(/^(?:(\d+(?:\.\d+)*)\.?\s+)?(.+?)\.?$/);
  if (!match) return undefined;
  const spec = HEADINGS_BY_TITLE.get(match[2]!.toLowerCase());
  if (!spec || (spec.needsNumber && match[1] === undefined)) return undefined;
  return spec.key;
}

/** Splits a document's text into lines and sections. */
export function sectionDocument(text: string): SectionedDocument {
  const lines = splitLines(text);
  const preamble: Line[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const key = headingKey(line.text);
    if (key !== undefined) sections.push({ key, heading: line, lines: [] });
    else if (sections.length === 0) preamble.push(line);
    else sections.at(-1)!.lines.push(line);
  }
  return { lines, preamble, sections };
}

/**
 * The text of a section's body: blank lines at either end dropped, runs of
 * blank lines made one, a closing line of lone punctuation (an export
 * artefact such as ".") dropped; null when nothing or only "-" remains.
 */
export function sectionText(lines: readonly Line[]): string | null {
  const texts = lines.map((line) => line.text);
  while (texts.length > 0 && /^[.\-–—]?$/.test(texts.at(-1)!)) texts.pop();
  while (texts.length > 0 && texts[0] === "") texts.shift();
  const joined = texts.join("\n").replace(/\n{3,}/g, "\n\n");
  return joined === "" || joined === "-" ? null : joined;
}
