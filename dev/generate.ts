/**
 * A generator of realistic EURA project descriptions of both templates with
 * known values, for tests and the benchmark (`deno task generate N DIR`).
 * The same seed gives the same documents.
 *
 * @module
 */
import { expectedCheckDigit } from "../lib/parse/business_id.ts";
import type { Project } from "../lib/schema.ts";
import { amountSeparators, codeVariant, headingWordsInText, latinByte, nfd } from "./damage.ts";

/** A generated document and the values the parser must read from it. */
export interface GeneratedDocument {
  fileName: string;
  text: string;
  expected: Partial<Project>;
}

/** A small, fast, seeded random number generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  {
    region: "Pohjois-Savo",
    subregions: ["Kuopion", "Ylä-Savon", "Varkauden"],
    municipalities: ["Kuopio", "Iisalmi", "Varkaus", "Siilinjärvi", "Leppävirta"],
  },
  {
    region: "Keski-Suomi",
    subregions: ["Jyväskylän", "Äänekosken"],
    municipalities: ["Jyväskylä", "Äänekoski", "Laukaa", "Muurame"],
  },
  {
    region: "Lappi",
    subregions: ["Kemi-Tornion", "Rovaniemen"],
    municipalities: ["Kemi", "Tornio", "Rovaniemi", "Keminmaa"],
  },
  { region: "Kainuu", subregions: ["Kajaanin", "Kehys-Kainuun"], municipalities: ["Kajaani", "Sotkamo", "Kuhmo"] },
  {
    region: "Uusimaa",
    subregions: ["Helsingin", "Porvoon"],
    municipalities: ["Helsinki", "Espoo", "Vantaa", "Porvoo"],
  },
  { region: "Varsinais-Suomi", subregions: ["Turun", "Salon"], municipalities: ["Turku", "Salo", "Kaarina", "Raisio"] },
];
const AUTHORITIES = [
  "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus",
  "Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus",
  "Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus",
  "Hämeen elinkeino-, liikenne- ja ympäristökeskus",
];
const ORGANISATIONS = [
  ["Kuopion kaupunki", "Kunta"],
  ["Jyväskylän ammattikorkeakoulu Oy", "Ammattikorkeakoulu"],
  ["Lapin yliopisto", "Yliopisto"],
  ["Kainuun ammattiopisto", "Oppilaitos"],
  ["Monikulttuuriyhdistys ry", "Yhdistys"],
] as const;
const SECTIONS = [
  "Itä-Suomen suuralueosio",
  "Pohjois-Suomen suuralueosio",
  "Etelä-Suomen suuralueosio",
  "Valtakunnallinen osio",
];
const AXES_2007 = [
  "1: Työorganisaatioiden, työelämän laadun sekä työntekijöiden ja yrittäjien osaamisen kehittäminen",
  "2: Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen",
  "3: Innovaatioiden ja verkostojen kehittäminen",
  "4: Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa",
];
const WORDS = [
  "maahanmuuttajien",
  "osaamisen",
  "työllistymisen",
  "kehittäminen",
  "palvelumalli",
  "yhteistyö",
  "kotoutuminen",
  "ohjaus",
  "neuvonta",
  "verkosto",
  "koulutus",
  "työelämä",
];
const SENTENCES = [
  "Hankkeen tavoitteena on edistää maahanmuuttajien työllistymistä ja kehittää alueen palvelujärjestelmää.",
  "Toimenpiteet kohdistuvat työvoimatarpeeltaan lähitulevaisuudessa akuutteihin toimialoihin.",
  "Hankkeessa kehitetään osaamisen tunnistamisen ja ohjauksen toimintamalleja yhdessä työnantajien kanssa.",
  "Tiedotuksessa hyödynnetään sähköpostilistoja, verkkosivuja ja alueellisia tapahtumia.",
  "Hyvät käytännöt juurrutetaan osaksi kuntien ja oppilaitosten pysyvää toimintaa.",
  "Yhteistyö TE-toimiston, ELY-keskuksen ja kolmannen sektorin toimijoiden kanssa on tiivistä.",
];

/** Groups thousands with a plain, a no-break or a narrow no-break space, as exports vary. */
function amountText(value: number, random: () => number): string {
  const separator = [" ", " ", "\u00A0", "\u202F"][Math.floor(random() * 4)]!;
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function finnishDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}.${month}.${year}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function paragraphs(random: () => number, count: number): string {
  return Array.from(
    { length: count },
    () => Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(random, SENTENCES)).join(" "),
  ).join("\n\n");
}

function isoDate(random: () => number, fromYear: number, years: number): string {
  const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * years * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function later(iso: string, random: () => number): string {
  const end = new Date(Date.parse(iso) + (365 + Math.floor(random() * 900)) * 86_400_000);
  return end.toISOString().slice(0, 10);
}

/**
 * A business ID with a right check digit (a wrong one is a warning of its own). It draws two numbers as it always
 * did, so a seed gives the corpus it gave before but for the IDs' check digits.
 */
function businessId(random: () => number): string {
  let digits = Math.floor(random() * 9_999_999);
  random();
  const checked = (base: number) => expectedCheckDigit(`${String(base).padStart(7, "0")}-0`);
  while (checked(digits) === null) digits = (digits + 1) % 10_000_000;
  return `${String(digits).padStart(7, "0")}-${checked(digits)}`;
}

function area(random: () => number) {
  const chosen = pick(random, AREAS);
  const municipalities = chosen.municipalities.filter(() => random() < 0.7);
  return {
    regions: [chosen.region],
    subregions: chosen.subregions.slice(0, 1 + Math.floor(random() * chosen.subregions.length)),
    municipalities: municipalities.length > 0 ? municipalities : [chosen.municipalities[0]!],
  };
}

function funding(random: () => number, status: string) {
  const granted = 100_000 + Math.floor(random() * 1_200_000);
  const planned = granted + Math.floor(random() * 300_000);
  const share = status === "Toiminnassa" ? 0.05 + random() * 0.5 : 0.7 + random() * 0.35;
  return {
    funding_eu_state_granted: granted,
    funding_eu_state_actual: Math.round(granted * share),
    funding_public_planned: planned,
    funding_public_actual: Math.round(planned * share),
  };
}

/** The four funding lines, as both templates print them. */
function fundingLines(money: ReturnType<typeof funding>, random: () => number): string {
  return [
    `Myönnetty EU- ja valtion rahoitus: ${amountText(money.funding_eu_state_granted, random)}`,
    `Toteutunut EU- ja valtion rahoitus: ${amountText(money.funding_eu_state_actual, random)}`,
    `Suunniteltu julkinen rahoitus yhteensä: ${amountText(money.funding_public_planned, random)}`,
    `Toteutunut julkinen rahoitus yhteensä: ${amountText(money.funding_public_actual, random)}`,
  ].join("\n\n");
}

/** The three area lines, as both templates print them. */
function areaLines(place: ReturnType<typeof area>): string {
  return [
    `Maakunnat: ${place.regions.join(", ")}`,
    `Seutukunnat: ${place.subregions.join(", ")}`,
    `Kunnat: ${place.municipalities.join(", ")}`,
  ].join("\n\n");
}

function projectName(random: () => number): string {
  const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(random, WORDS));
  return words.join(" ").replace(/^./, (c) => c.toUpperCase());
}

function document2007(random: () => number, index: number): GeneratedDocument {
  const code = `S1${String(10000 + index).slice(-4)}`;
  const status = random() < 0.93 ? "Toiminta päättynyt" : "Keskeytynyt";
  const start = isoDate(random, 2008, 5);
  const end = later(start, random);
  const place = area(random);
  const [organisation, type] = pick(random, ORGANISATIONS);
  const planned = 20 + Math.floor(random() * 400);
  const plannedWomen = Math.floor(planned * random());
  const actual = Math.floor(planned * (0.4 + random() * 0.8));
  const actualWomen = Math.floor(actual * random());
  const money = funding(random, status);
  const axis = pick(random, AXES_2007);
  const expected: Partial<Project> = {
    project_code: code,
    programme_period: "2007-2013",
    fund: "ESR",
    name: projectName(random),
    programme_section: pick(random, SECTIONS),
    priority_axis_code: axis.split(":")[0]!,
    start_date: start,
    end_date: end,
    status,
    organisation_name: organisation,
    organisation_type: type,
    business_id: businessId(random),
    responsible_authority: pick(random, AUTHORITIES),
    ...place,
    participants_planned: planned,
    participants_planned_women: plannedWomen,
    participants_actual: actual,
    participants_actual_women: actualWomen,
    ...money,
  };
  const text = `Euroopan unioni

Vipuvoimaa EU:lta

Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus

1. Projekti

Projektikoodi: ${code}

Projektin nimi: ${expected.name}

Osio: ${expected.programme_section}

Toimintalinja: ${axis}

Projektityyppi: Projekti, jossa on henkilöitä mukana

Suunnitelman mukainen toteutusaika: Alkaa ${finnishDate(start)} ja päättyy ${finnishDate(end)}

Toiminnan tila: ${status}

Vastuuviranomainen: ${expected.responsible_authority}

2. Projektin toteuttaja

Toteuttajaorganisaation nimi: ${organisation}

Organisaatiotyyppi: ${type}

Y-tunnus: ${expected.business_id}

Osoite: Esimerkkikatu ${1 + index % 90}

Puhelinnumero: 010 ${100 + index % 900} ${1000 + index % 9000}

Toteuttajaorganisaation Web-osoite: www.example.fi

Projektin kotisivun osoite: www.example.fi/hanke${index}

Vastuuhenkilön nimi: Testi Henkilö ${index}

Asema: projektipäällikkö

Sähköposti: testi.henkilo${index}(at)example.fi

Puhelinnumero: 040 ${100 + index % 900} ${1000 + index % 9000}

3. Projektin toteutusalue ja kohderyhmän kuvaus

3.1 Maantieteellinen kohdealue

${areaLines(place)}

3.2 Varsinaiset kohderyhmät

${paragraphs(random, 1)}

3.3 Välilliset kohderyhmät

${paragraphs(random, 1)}

3.4 Aloittaneiden henkilöiden määrä

Suunniteltu: ${planned}, joista naisia ${plannedWomen}

Toteutunut seurantatietojen mukaan: ${actual}, joista naisia ${actualWomen}

4. Projektin tavoitteet, tulokset ja vaikutukset

4.1 Uusien työpaikkojen määrä

Suunniteltu: 0, joista naisten työpaikkoja 0

Toteutunut seurantatietojen mukaan: 0, joista naisten työpaikkoja 0

4.2 Uusien yritysten määrä

Suunniteltu: 0, joista naisten perustamia 0

Toteutunut seurantatietojen mukaan: 0, joista naisten perustamia 0

4.3 Suoritettujen tutkintojen määrä

Suunniteltu: 0, joista naisten tutkintoja 0

Toteutunut seurantatietojen mukaan: 0, joista naisten tutkintoja 0

5. Suunnitelman mukainen tiivistelmä toteutuksesta

${paragraphs(random, 8)}

6. Tiedotus ja hyvien käytäntöjen levittäminen

6.1 Tiedotussuunnitelma

${paragraphs(random, 3)}

6.2 Suunnitelma hyvien käytäntöjen levittämisestä

${paragraphs(random, 2)}

7. Projektin julkinen rahoitus, euroa

${fundingLines(money, random)}

8. Vastuuviranomaisen tekemä projektin luokittelu

8.1 Horisontaalinen luokittelu

Tasa-arvo: Sukupuolineutraali projekti

Kestävä kehitys: Merkittävästi kestävää kehitystä edistävä projekti

Kumppanuus: Kumppanuutta selvästi edistävä projekti

Innovatiivisuus: Ei erityistä innovatiivisuutta projektin tavoitteena

9. Loppuraportin tiivistelmä

${paragraphs(random, 6)}`;
  return { fileName: `gen_${String(index).padStart(6, "0")}.txt`, text, expected };
}

const CRITERIA = [
  ["Ekologinen kestävyys", ["Luonnonvarojen käytön kestävyys", "Ilmastonmuutoksen aiheuttamien riskien vähentäminen"]],
  ["Taloudellinen kestävyys", ["Materiaalit ja jätteet", "Paikallisen elinkeinorakenteen kestävä kehittäminen"]],
  ["Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus", [
    "Hyvinvoinnin edistäminen",
    "Tasa-arvon edistäminen",
  ]],
] as const;

function document2014(random: () => number, index: number): GeneratedDocument {
  const code = `S2${String(10000 + index).slice(-4)}`;
  const status = random() < 0.7 ? "Toiminta päättynyt" : "Toiminnassa";
  const start = isoDate(random, 2015, 6);
  const end = later(start, random);
  const place = area(random);
  const [organisation, type] = pick(random, ORGANISATIONS);
  const money = funding(random, status);
  const companiesPlanned = 5 + Math.floor(random() * 40);
  const companiesActual = Math.floor(companiesPlanned * (0.3 + random()));
  const planned = 30 + Math.floor(random() * 500);
  const coImplementers = random() < 0.4 ? [{ name: "Paremmin Yhdessä ry", business_id: businessId(random) }] : [];
  const answers = [random() < 0.5, random() < 0.5, random() < 0.2];
  const yes = (answer: boolean) => answer ? "Kyllä" : "Ei";
  const expected: Partial<Project> = {
    project_code: code,
    programme_period: "2014-2020",
    fund: "ESR",
    name: projectName(random),
    priority_axis_code: "3",
    specific_objective_code: "6.1",
    start_date: start,
    end_date: end,
    status,
    organisation_name: organisation,
    organisation_type: type,
    business_id: businessId(random),
    responsible_authority: pick(random, AUTHORITIES),
    co_implementers: coImplementers,
    ...place,
    participants_planned: planned,
    participants_actual: null,
    companies_participating_planned: companiesPlanned,
    companies_participating_actual: companiesActual,
    gender_analysis_done: answers[0]!,
    gender_mainstreamed: answers[1]!,
    gender_equality_main_goal: answers[2]!,
    ...money,
  };
  const sustainability = CRITERIA.map(([category, criteria]) =>
    [
      category,
      ...criteria.map((c) =>
        `${c} ${Math.floor(random() * 11)} ${Math.floor(random() * 11)}\n${pick(random, SENTENCES)}`
      ),
    ]
      .join("\n")
  ).join("\n");
  const text = `Euroopan unioni Vipuvoimaa EU:lta

Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus

1 Hanke

Hankekoodi: ${code}

Hankkeen nimi: ${expected.name}

Toimintalinja: 3. Työllisyys ja työvoiman liikkuvuus

Erityistavoite: 6.1. Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen

Suunnitelman mukainen toteutusaika: Alkaa ${finnishDate(start)} ja päättyy ${finnishDate(end)}

Toiminnan tila: ${status}

Vastuuviranomainen: ${expected.responsible_authority}

2 Hakijan perustiedot

Hakijan virallinen nimi: ${organisation}

Organisaatiotyyppi: ${type}

Y-tunnus: ${expected.business_id}

Jakeluosoite: Esimerkkikatu ${1 + index % 90}

Puhelinnumero: 010 ${100 + index % 900} ${1000 + index % 9000}

Postinumero: 40100

Postitoimipaikka: Jyväskylä

WWW-osoite: http://www.example.fi

Hankkeen yhteyshenkilön nimi: Testi Henkilö ${index}

Yhteyshenkilön asema hakijaorganisaatiossa: Hankepäällikkö

Yhteyshenkilön sähköpostisoite: testi.henkilo${index}(at)example.fi

Yhteyshenkilön puhelinnumero: 050 ${100 + index % 900} ${1000 + index % 9000}

Hakijoiden lukumäärä tai tuen siirto -menettely: ${
    coImplementers.length > 0 ? "Hakijoita on useampi kuin yksi (yhteishanke)" : ""
  }
${
    coImplementers.length > 0
      ? `\nOsatoteuttajat\n\n${coImplementers.map((c) => `${c.name}, ${c.business_id}`).join("\n")}\n`
      : ""
  }
3 Suunnitelman mukainen tiivistelmä toteutuksesta

${paragraphs(random, 10)}

4 Hankkeen kohderyhmät

4.1 Varsinaiset kohderyhmät

${paragraphs(random, 1)}

4.2 Välilliset kohderyhmät

${paragraphs(random, 1)}

5 Projektin julkinen rahoitus, euroa

${fundingLines(money, random)}

6 Maantieteellinen kohdealue

${areaLines(place)}

Toteutuspaikan osoite, jos hanke toteutetaan yhdessä paikassa

Jakeluosoite:

Postinumero:

Postitoimipaikka:

7 Hakemusvaiheessa ilmoitettavat arviot hankekohtaisista seurantiedoista

7.1 Osallistuvien yritysten lukumäärä

Suunniteltu: ${companiesPlanned}

Toteutunut seurantatietojen mukaan: ${companiesActual}

7.2 Osallistuvien henkilöiden lukumäärä

Suunniteltu: ${planned}

8 Horisontaaliset periaatteet

8.1 Sukupuolten tasa-arvo

Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta: ${yes(answers[0]!)}
${pick(random, SENTENCES)}
Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): ${yes(answers[1]!)}
${pick(random, SENTENCES)}
Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: ${yes(answers[2]!)}
${pick(random, SENTENCES)}

8.2 Kestävä kehitys

VälitönVälillinen
${sustainability}

9 Loppuraportin tiivistelmä

${status === "Toiminnassa" ? "-" : paragraphs(random, 5)}`;
  return { fileName: `gen_${String(index).padStart(6, "0")}.txt`, text, expected };
}

/**
 * Generates `count` documents, two in three of the 2007-2013 template,
 * each about 6-10 KB, with distinct project codes.
 *
 * @example Usage
 * ```ts
 * import { generateDocuments } from "./generate.ts";
 * import { parseDocument } from "../lib/parse/parse_document.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const [generated] = generateDocuments(1, 42);
 * const { document } = parseDocument(generated!.text);
 * assertEquals(document?.project.participants_planned, generated!.expected.participants_planned);
 * ```
 */
export function generateDocuments(count: number, seed = 1): GeneratedDocument[] {
  const random = seededRandom(seed);
  return Array.from(
    { length: count },
    (_, index) => random() < 2 / 3 ? document2007(random, index) : document2014(random, index),
  );
}

/** Options of {@linkcode writeGeneratedCorpus}. */
export interface GenerateOptions {
  /**
   * Damage a share of the documents the way real exports are damaged, none
   * of it changing a figure: one in ten each in NFD, with a project-code
   * variant, with heading words in its text, with amounts in other
   * separators, with one Windows-1252 byte; and one in ten appended to the
   * file before it (two documents in one file).
   * @default {false}
   */
  damaged?: boolean;
}

const TEXT_DAMAGES = [nfd, codeVariant, headingWordsInText, amountSeparators];

/**
 * Writes `count` generated documents into a folder; returns the expected
 * values of the documents of each file, in file order, by file name.
 */
export async function writeGeneratedCorpus(
  dir: string,
  count: number,
  seed = 1,
  options: GenerateOptions = {},
): Promise<Map<string, Partial<Project>[]>> {
  await Deno.mkdir(dir, { recursive: true });
  const expected = new Map<string, Partial<Project>[]>();
  const random = seededRandom(seed + 1);
  let previous: { fileName: string; text: string } | undefined;
  for (const [index, document] of generateDocuments(count, seed).entries()) {
    let { fileName, text } = document;
    const kind = options.damaged ? index % 10 : -1;
    if (kind >= 0 && kind < TEXT_DAMAGES.length) text = TEXT_DAMAGES[kind]!(text, random);
    if (kind === 9 && previous) {
      // Appended to the file before it, as `cat` joins files.
      ({ fileName } = previous);
      text = `${previous.text}\n${text}`;
    }
    const bytes = kind === 4 ? latinByte(text, random) : new TextEncoder().encode(text);
    await Deno.writeFile(`${dir}/${fileName}`, bytes);
    expected.set(fileName, [...(kind === 9 && previous ? expected.get(fileName) ?? [] : []), document.expected]);
    previous = { fileName, text };
  }
  return expected;
}

if (import.meta.main) {
  const damaged = Deno.args.includes("--damaged");
  const [count, dir, seed] = Deno.args.filter((arg) => arg !== "--damaged");
  if (!count || !dir || !/^\d+$/.test(count)) {
    console.error("Usage: deno task generate N DIR [SEED] [--damaged]");
    Deno.exit(2);
  }
  await writeGeneratedCorpus(dir, Number(count), Number(seed ?? 1), { damaged });
  console.error(`generate: wrote ${count} documents to ${dir}${damaged ? ", a share of them damaged" : ""}`);
}
