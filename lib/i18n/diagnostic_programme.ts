/**
 * The messages of a numbered programme title (`Toimintalinja: 4: …`, `Erityistavoite: 6.1. …`; see
 * `lib/parse/identity.ts`), in both languages: part of `DIAGNOSTIC_MESSAGES` (`diagnostics.ts`).
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** The messages of an axis' or objective's number and title. */
export const PROGRAMME_TITLE_MESSAGES = defineMessages({
  coded_title_without_number: (label: string, value: string) => `${label} "${value}": numero puuttuu.`,
  coded_title_of_another: (label: string, code: string, title: string, owner: string) =>
    `${label} ${code}: otsikko "${title}" on ohjelmassa numeron ${owner} otsikko. Kumpi on väärin, ei tiedetä: ` +
    "numeroa ei luettu.",
  coded_title_of_axis: (label: string, code: string, title: string, axis: string) =>
    `${label} ${code}: otsikko "${title}" on ohjelmassa toimintalinjan ${axis} otsikko, ei minkään ` +
    "erityistavoitteen: mitä erityistavoitetta rivi tarkoittaa, ei tiedetä, joten numeroa ei luettu.",
  coded_title_of_objective: (label: string, code: string, title: string, objective: string, axis: string) =>
    `${label} ${code}: otsikko "${title}" on ohjelmassa toimintalinjan ${axis} erityistavoitteen ${objective} ` +
    "otsikko. Kumpi on väärin, ei tiedetä: numeroa ei luettu.",
}, {
  coded_title_without_number: (label: string, value: string) => `${label} "${value}" has no number.`,
  coded_title_of_another: (label: string, code: string, title: string, owner: string) =>
    `${label} ${code}: the title "${title}" is the programme's title of number ${owner}. Which of the two is wrong ` +
    "is not known: the number was not read.",
  coded_title_of_axis: (label: string, code: string, title: string, axis: string) =>
    `${label} ${code}: the title "${title}" is the programme's title of priority axis ${axis}, not of a specific ` +
    "objective: which objective the line means is not known, so the number was not read.",
  coded_title_of_objective: (label: string, code: string, title: string, objective: string, axis: string) =>
    `${label} ${code}: the title "${title}" is the programme's title of specific objective ${objective}, of ` +
    `priority axis ${axis}. Which of the two is wrong is not known: the number was not read.`,
});
