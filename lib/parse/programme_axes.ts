/**
 * The ESF programmes' priority axes and specific objectives, each with its
 * title as the programme names it: one place for them, read by the parser
 * (a number printed with another number's title is no number: see
 * `identity.ts`) and by the themes crosswalk (`analysis/themes.ts`).
 *
 * Sources: the axis titles of the Mainland Finland ESF programme 2007-2013
 * (Manner-Suomen ESR-ohjelma; `Toimintalinja: 1: …` to `5` in the
 * documents, the `Tl` column of the register, axes 1-5) and of the
 * structural-funds programme "Kestävää kasvua ja työtä 2014-2020"
 * (CCI 2014FI16M2OP001; ESF axes 3, 4, 5 and technical assistance 7, the
 * documents' `Toimintalinja` and `Erityistavoite` lines, the register's
 * `Tl` 3, 4, 5 and 7). Objectives 9.1 and 9.2 as the Ministry of Education and Culture's ESF pages on
 * rakennerahastot.fi number and name them ("Erityistavoite 9.1 Siirtymävaiheita …", "9.2 Kasvu- ja
 * rakennemuutosalojen koulutuksen tarjonnan ja laadun parantaminen"). Objectives not listed (a title not
 * confirmed from a source) leave a printed number as it is.
 *
 * @module
 */
import type { Period } from "./sections.ts";
import { INVISIBLE } from "./split_lines.ts";
import { foldDashes } from "./dashes.ts";

/** An axis (objective null) or a specific objective of a period's ESF programme, with its title. */
export interface ProgrammeAxis {
  period: Period;
  axis: string;
  /** The specific objective (2014-2020), or null for the whole axis. */
  objective: string | null;
  title: string;
  /** The same title in other words the programme's own publications use (its words in another order). */
  alsoTitled?: readonly string[];
}

/** The programmes' ESF axes and objectives (the ERDF programmes number their axes otherwise). */
export const PROGRAMME_AXES: readonly ProgrammeAxis[] = [
  {
    period: "2007-2013",
    axis: "1",
    objective: null,
    title: "Työorganisaatioiden, työssä olevan työvoiman ja yritysten kehittäminen sekä yrittäjyyden lisääminen",
  },
  {
    period: "2007-2013",
    axis: "2",
    objective: null,
    title: "Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen",
  },
  {
    period: "2007-2013",
    axis: "3",
    objective: null,
    title: "Työmarkkinoiden toimintaa edistävien osaamis-, innovaatio- ja palvelujärjestelmien kehittäminen",
  },
  {
    period: "2007-2013",
    axis: "4",
    objective: null,
    title: "Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa",
  },
  { period: "2007-2013", axis: "5", objective: null, title: "Tekninen tuki" },
  { period: "2014-2020", axis: "3", objective: null, title: "Työllisyys ja työvoiman liikkuvuus" },
  {
    period: "2014-2020",
    axis: "3",
    objective: "6.1",
    title: "Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen",
  },
  { period: "2014-2020", axis: "3", objective: "7.1", title: "Tuottavuuden ja työhyvinvoinnin parantaminen" },
  {
    period: "2014-2020",
    axis: "3",
    objective: "8.1",
    title: "Työ- ja koulutusurien sukupuolenmukaisen eriytymisen lieventäminen",
  },
  { period: "2014-2020", axis: "4", objective: null, title: "Koulutus, ammattitaito ja elinikäinen oppiminen" },
  {
    period: "2014-2020",
    axis: "4",
    objective: "9.1",
    title: "Siirtymävaiheita ja koulutuksellista tasa-arvoa tukevien palveluiden parantaminen",
  },
  {
    period: "2014-2020",
    axis: "4",
    objective: "9.2",
    title: "Kasvu- ja rakennemuutosalojen koulutuksen laadun ja tarjonnan parantaminen",
    alsoTitled: ["Kasvu- ja rakennemuutosalojen koulutuksen tarjonnan ja laadun parantaminen"],
  },
  { period: "2014-2020", axis: "5", objective: null, title: "Sosiaalinen osallisuus ja köyhyyden torjunta" },
  {
    period: "2014-2020",
    axis: "5",
    objective: "10.1",
    title: "Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen",
  },
  { period: "2014-2020", axis: "7", objective: null, title: "Tekninen tuki (ESR)" },
];

/**
 * An axis or objective number as the programme writes it: "3.", " 6.1. " and "04" as "3", "6.1" and "4"; null for
 * none.
 *
 * @example Usage
 * ```ts
 * import { programmeNumber } from "./programme_axes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([programmeNumber(" 6.1. "), programmeNumber("04"), programmeNumber(null)], ["6.1", "4", null]);
 * ```
 */
export function programmeNumber(value: unknown): string | null {
  return typeof value === "string" ? value.trim().replace(/\.+$/, "").replace(/(^|\.)0+(?=\d)/g, "$1") : null;
}

/** Quotes a title may be printed in. */
const QUOTES = `"'“”„«»‘’`;
const QUOTED = new RegExp(`^[${QUOTES}]+|[${QUOTES}]+$`, "g");

/**
 * A title compared as words: case, runs of spaces (any kind), characters that print as nothing (soft hyphens,
 * zero-width spaces and joiners, direction marks: `INVISIBLE`), the kind of hyphen
 * (a non-breaking hyphen, a PDF's hyphen, an en dash), quotes around it and a final full stop aside.
 */
const comparable = (title: string) =>
  foldDashes(title.normalize("NFC").toLowerCase().replace(INVISIBLE, ""))
    .replace(/\s+/g, " ").trim().replace(QUOTED, "").replace(/\.$/, "").trim();

/**
 * Titles as compared (see {@linkcode comparable}), by the text as printed: the same few titles come in document after
 * document. Short texts only (a title is one); emptied when full.
 */
const COMPARED = new Map<string, string>();
const REMEMBERED = 1000;
const LONGEST_REMEMBERED = 300;

/** {@linkcode comparable}, remembered for a short text. */
function comparableOf(text: string): string {
  if (text.length > LONGEST_REMEMBERED) return comparable(text);
  let compared = COMPARED.get(text);
  if (compared === undefined) {
    if (COMPARED.size >= REMEMBERED) COMPARED.clear();
    COMPARED.set(text, compared = comparable(text));
  }
  return compared;
}

/** The programme's titles by period and kind, compared as words (made when first asked for). */
let byTitle: Map<string, ProgrammeAxis> | undefined;

/**
 * The axis (`kind` "axis") or specific objective ("objective") of the period's ESF programme whose title the text
 * is, compared as words; undefined for a text that is none of them (a project's own wording).
 *
 * @example Usage
 * ```ts
 * import { titleOwner } from "./programme_axes.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(titleOwner("2014-2020", "axis", "TYÖLLISYYS ja työvoiman liikkuvuus.")?.axis, "3");
 * assertEquals(titleOwner("2014-2020", "axis", "Kansainvälinen yhteistyö"), undefined);
 * ```
 */
export function titleOwner(period: Period, kind: "axis" | "objective", text: string): ProgrammeAxis | undefined {
  byTitle ??= new Map(
    PROGRAMME_AXES.flatMap((entry) =>
      [entry.title, ...entry.alsoTitled ?? []].map((title) =>
        [`${entry.period} ${entry.objective === null ? "axis" : "objective"} ${comparable(title)}`, entry] as const
      )
    ),
  );
  return byTitle.get(`${period} ${kind} ${comparableOf(text)}`);
}
