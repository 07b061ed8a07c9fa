/**
 * The managing authority's horizontal classification of a 2007–2013
 * project (`class_equality`, `class_sustainability`, `class_partnership`,
 * `class_innovation`), as EURA prints it in Finnish, in English: an English
 * table for people says a known class in English, another as printed.
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
};

/** The columns of the classification. */
export const CLASSIFICATION_COLUMNS = [
  "class_equality",
  "class_sustainability",
  "class_partnership",
  "class_innovation",
];

/**
 * A class as the language says it: in Finnish as printed, in English its English when the toolkit knows it.
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
