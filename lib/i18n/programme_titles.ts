/**
 * The titles of the ESF programmes' priority axes and specific objectives
 * (`PROGRAMME_AXES` of `parse/programme_axes.ts`), as the programmes name them in
 * Finnish and in English: an English table says them in English.
 *
 * @module
 */
import type { Language } from "./mod.ts";

/** Each Finnish title's English. */
const TITLES_EN: Record<string, string> = {
  // 2007–2013, Manner-Suomen ESR-ohjelma
  "Työorganisaatioiden, työssä olevan työvoiman ja yritysten kehittäminen sekä yrittäjyyden lisääminen":
    "Developing work organisations, the employed workforce and enterprises, and increasing entrepreneurship",
  "Työllistymisen ja työmarkkinoilla pysymisen edistäminen sekä syrjäytymisen ehkäiseminen":
    "Promoting employment and staying in the labour market, and preventing social exclusion",
  "Työmarkkinoiden toimintaa edistävien osaamis-, innovaatio- ja palvelujärjestelmien kehittäminen":
    "Developing the skills, innovation and service systems that support the labour market",
  "Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa":
    "Cooperation between member states and regions in ESF activities",
  "Tekninen tuki": "Technical assistance",
  // 2014–2020, Kestävää kasvua ja työtä
  "Työllisyys ja työvoiman liikkuvuus": "Employment and labour mobility",
  "Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen":
    "Improving the employment of young people and others in a weak position in the labour market",
  "Tuottavuuden ja työhyvinvoinnin parantaminen": "Improving productivity and well-being at work",
  "Työ- ja koulutusurien sukupuolenmukaisen eriytymisen lieventäminen":
    "Reducing gender segregation in working and educational careers",
  "Koulutus, ammattitaito ja elinikäinen oppiminen": "Education, skills and lifelong learning",
  "Siirtymävaiheita ja koulutuksellista tasa-arvoa tukevien palveluiden parantaminen":
    "Improving the services that support transitions and educational equality",
  "Kasvu- ja rakennemuutosalojen koulutuksen laadun ja tarjonnan parantaminen":
    "Improving the quality and supply of education in growth sectors and sectors in structural change",
  "Kasvu- ja rakennemuutosalojen koulutuksen tarjonnan ja laadun parantaminen":
    "Improving the supply and quality of education in growth sectors and sectors in structural change",
  "Sosiaalinen osallisuus ja köyhyyden torjunta": "Social inclusion and combating poverty",
  "Työelämän ulkopuolella olevien työ- ja toimintakyvyn parantaminen":
    "Improving the work and functional capacity of people outside working life",
  "Tekninen tuki (ESR)": "Technical assistance (ESF)",
};

/**
 * A programme's title (of a priority axis or a specific objective) in the language: in Finnish as the programme
 * names it, in English its English title; a title the toolkit does not know as given.
 *
 * @example Usage
 * ```ts
 * import { programmeTitle } from "./programme_titles.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(programmeTitle("Työllisyys ja työvoiman liikkuvuus", "en"), "Employment and labour mobility");
 * assertEquals(programmeTitle("Työllisyys ja työvoiman liikkuvuus", "fi"), "Työllisyys ja työvoiman liikkuvuus");
 * ```
 */
export function programmeTitle(title: string, lang: Language): string {
  return lang === "en" ? TITLES_EN[title] ?? title : title;
}
