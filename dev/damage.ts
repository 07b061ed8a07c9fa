/**
 * Damage of the kinds real exports show, for the fuzz tests and for
 * `deno task generate --damaged`: each function takes a document (text or
 * bytes) and a random source and returns it damaged in one way that must
 * not change any figure without a diagnostic on its line.
 *
 * @module
 */

/** Every heading of the 2007–2013 template, as printed, in template order. */
export const HEADINGS_2007 = [
  "1. Projekti",
  "2. Projektin toteuttaja",
  "3. Projektin toteutusalue ja kohderyhmän kuvaus",
  "3.1 Maantieteellinen kohdealue",
  "3.2 Varsinaiset kohderyhmät",
  "3.3 Välilliset kohderyhmät",
  "3.4 Aloittaneiden henkilöiden määrä",
  "4. Projektin tavoitteet, tulokset ja vaikutukset",
  "4.1 Uusien työpaikkojen määrä",
  "4.2 Uusien yritysten määrä",
  "4.3 Suoritettujen tutkintojen määrä",
  "5. Suunnitelman mukainen tiivistelmä toteutuksesta",
  "6. Tiedotus ja hyvien käytäntöjen levittäminen",
  "6.1 Tiedotussuunnitelma",
  "6.2 Suunnitelma hyvien käytäntöjen levittämisestä",
  "7. Projektin julkinen rahoitus, euroa",
  "8. Vastuuviranomaisen tekemä projektin luokittelu",
  "8.1 Horisontaalinen luokittelu",
  "9. Loppuraportin tiivistelmä",
];

/** Every heading of the 2014–2020 template, as printed, in template order (§5 has two titles). */
export const HEADINGS_2014 = [
  "1 Hanke",
  "2 Hakijan perustiedot",
  "Osatoteuttajat",
  "3 Suunnitelman mukainen tiivistelmä toteutuksesta",
  "4 Hankkeen kohderyhmät",
  "4.1 Varsinaiset kohderyhmät",
  "4.2 Välilliset kohderyhmät",
  "5 Projektin julkinen rahoitus, euroa",
  "5 Hankkeen julkinen rahoitus, euroa",
  "6 Maantieteellinen kohdealue",
  "Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa",
  "7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista",
  "7.1 Osallistuvien yritysten lukumäärä",
  "7.2 Osallistuvien henkilöiden lukumäärä",
  "8 Horisontaaliset periaatteet",
  "8.1 Sukupuolten tasa-arvo",
  "8.2 Kestävä kehitys",
  "9 Loppuraportin tiivistelmä",
];

/** A heading's title without its number. */
export const titleOf = (heading: string): string => heading.replace(/^\d+(\.\d+)*\.?\s+/, "");

/** The titles of both templates, each once. */
export const HEADING_TITLES = [...new Set([...HEADINGS_2007, ...HEADINGS_2014].map(titleOf))];

/** The headings of the free-text sections of both templates, as printed. */
export const FREE_TEXT_HEADINGS = [
  "3.2 Varsinaiset kohderyhmät",
  "3.3 Välilliset kohderyhmät",
  "5. Suunnitelman mukainen tiivistelmä toteutuksesta",
  "6.1 Tiedotussuunnitelma",
  "6.2 Suunnitelma hyvien käytäntöjen levittämisestä",
  "9. Loppuraportin tiivistelmä",
  "3 Suunnitelman mukainen tiivistelmä toteutuksesta",
  "4.1 Varsinaiset kohderyhmät",
  "4.2 Välilliset kohderyhmät",
  "9 Loppuraportin tiivistelmä",
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Ways of printing a project code that are still that code. */
const CODE_VARIANTS: ((code: string) => string)[] = [
  (code) => code.toLowerCase(),
  (code) => `${code}\u200B`,
  (code) => `${code.slice(0, 4)}\u00AD${code.slice(4)}`,
  (code) => `${code[0]} ${code.slice(1)}`,
  (code) => `${code[0]}\u2011${code.slice(1)}`,
  (code) => `${code} (korjattu)`,
  (code) => `\u2060${code}\u200D`,
  (code) => [...code].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join(""),
];

/** The code on the code line printed another way (lower case, invisible characters, a space, full width, a remark). */
export function codeVariant(text: string, random: () => number): string {
  return text.replace(
    /^((?:Projektikoodi|Hankekoodi):\s*)([A-Z]\d{5})/m,
    (_, label, code) => label + pick(random, CODE_VARIANTS)(code),
  );
}

/** Decomposed letters, as macOS writes them. */
export const nfd = (text: string): string => text.normalize("NFD");

/** A heading title (bare, upper case or with a wrong number) as a paragraph of its own inside a free-text section. */
export function headingWordsInText(text: string, random: () => number): string {
  const lines = text.split("\n");
  const sections = FREE_TEXT_HEADINGS.map((heading) => lines.indexOf(heading)).filter((at) => at >= 0);
  if (sections.length === 0) return text;
  const at = pick(random, sections);
  const body: number[] = [];
  for (let i = at + 1; i < lines.length && !/^\d+(\.\d+)*\.? \p{Lu}/u.test(lines[i]!); i++) {
    if (/\p{L}{3}.*[.!?]$/u.test(lines[i]!)) body.push(i);
  }
  if (body.length === 0) return text;
  const title = pick(random, HEADING_TITLES);
  const line = pick(random, [title, title.toUpperCase(), `1. ${title}`]);
  lines.splice(pick(random, body) + 1, 0, "", line, "");
  return lines.join("\n");
}

/** Ways of printing a whole amount: every separator and currency, some of them ambiguous (`645,300`). */
const AMOUNT_STYLES: ((groups: string[]) => string)[] = [
  (groups) => groups.join("."),
  (groups) => groups.join(","),
  (groups) => groups.join("'"),
  (groups) => groups.join("\u2009"),
  (groups) => groups.join("\u202F"),
  (groups) => `${groups.join(" ")} €`,
  (groups) => `${groups.join(".")},00`,
  (groups) => `${groups.join(",")}.00`,
  (groups) => `${groups.join(" ")},00 e`,
  (groups) => `${groups.join(" ")} euroa`,
];

/** Each funding amount printed with other separators and currency words. */
export function amountSeparators(text: string, random: () => number): string {
  return text.replace(
    /^((?:Myönnetty|Toteutunut|Suunniteltu)[^:\n]* rahoitus(?: yhteensä)?: )(\d{1,3}(?: \d{3})*)$/gmu,
    (_, label, amount: string) => label + pick(random, AMOUNT_STYLES)(amount.split(" ")),
  );
}

/** UTF-8 bytes of the text with one of its letters ä, ö, Ä, Ö written as its Windows-1252 byte. */
export function latinByte(text: string, random: () => number): Uint8Array {
  const places = [...text.matchAll(/[äöÄÖ]/g)].map((match) => match.index!);
  const encoder = new TextEncoder();
  if (places.length === 0) return encoder.encode(text);
  const at = pick(random, places);
  return Uint8Array.from([
    ...encoder.encode(text.slice(0, at)),
    text.charCodeAt(at),
    ...encoder.encode(text.slice(at + 1)),
  ]);
}

/** Two documents in one file: joined with a line break, or glued as `cat` joins files without a final one. */
export function concatenate(first: string, second: string, random: () => number): string {
  return first + pick(random, ["\n", "\n\n", "\r\n", ""]) + second;
}
