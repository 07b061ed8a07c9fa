/**
 * The managing authority's horizontal classification of a 2007–2013
 * project (`class_equality`, `class_sustainability`, `class_partnership`,
 * `class_innovation`) and the applicants of a 2014–2020 one (`applicants`),
 * as EURA prints them in Finnish, in English: an English table for people
 * says a known value in English, another as printed.
 *
 * @module
 */
import type { Language } from "./mod.ts";

/** Each class EURA prints, in English. */
const CLASSES_EN: Record<string, string> = {
  "Sukupuolineutraali projekti": "Gender-neutral project",
  "Merkittävästi kestävää kehitystä edistävä projekti": "Significantly promotes sustainable development",
  "Projektilla ei ole erityistä vaikutusta kestävän kehityksen kannalta":
    "No particular effect on sustainable development",
  "Kumppanuutta selvästi edistävä projekti": "Clearly promotes partnership",
  "Selvästi innovatiivisia tuloksia tuottava projekti": "Produces clearly innovative results",
  "Ei erityistä innovatiivisuutta projektin tavoitteena": "No particular innovativeness among the project's aims",
  // `applicants` (Hakijoiden lukumäärä tai tuen siirto -menettely), 2014–2020.
  "Hakijoita on useampi kuin yksi (yhteishanke)": "More than one applicant (joint project)",
};

/** The columns of the classification. */
export const CLASSIFICATION_COLUMNS = [
  "class_equality",
  "class_sustainability",
  "class_partnership",
  "class_innovation",
];

/** The columns whose known values {@linkcode classificationValue} says in English: the classification's, applicants. */
export const PRINTED_CLASS_COLUMNS = [...CLASSIFICATION_COLUMNS, "applicants"];

/**
 * A class (or applicants value) as the language says it: in Finnish as printed, in English its English when the
 * toolkit knows it.
 *
 * @example Usage
 * ```ts
 * import { classificationValue } from "./classifications.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(classificationValue("Sukupuolineutraali projekti", "en"), "Gender-neutral project");
 * assertEquals(classificationValue("Sukupuolineutraali projekti", "fi"), "Sukupuolineutraali projekti");
 * ```
 */
export function classificationValue(printed: string, lang: Language): string {
  return lang === "en" ? CLASSES_EN[printed.trim()] ?? printed : printed;
}
