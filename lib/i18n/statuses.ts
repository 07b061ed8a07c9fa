/**
 * The labels of coded values in both languages: the normalised statuses
 * (`STATUSES` of `lib/schema.ts`: what charts write for ended, active,
 * interrupted and other projects), the funds, and the organisation types
 * EURA prints.
 *
 * @module
 */
import {
  type FUNDS,
  PROJECT_TYPE_WITH_PARTICIPANTS,
  PROJECT_TYPE_WITHOUT_PARTICIPANTS,
  type Status,
} from "../schema.ts";
import { defineMessages, type Language } from "./mod.ts";

/**
 * The label of each status; an active project's figures are interim, and the label says so.
 *
 * @example Usage
 * ```ts
 * import { STATUS_LABELS } from "./statuses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(STATUS_LABELS.en.active, "Active (interim figure)");
 * ```
 */
export const STATUS_LABELS = defineMessages<Record<Status, string>>({
  ended: "Päättynyt",
  active: "Käynnissä (väliaikainen luku)",
  interrupted: "Keskeytynyt",
  other: "Muu",
}, {
  ended: "Ended",
  active: "Active (interim figure)",
  interrupted: "Interrupted",
  other: "Other",
});

/** A fund's code (`FUNDS` of `lib/schema.ts`). */
export type Fund = typeof FUNDS[number];

/**
 * The funds' names (`FUNDS` of `lib/schema.ts`): the Finnish abbreviations as EURA writes them, the English
 * ones in an English report (ESR is the ESF, EAKR the ERDF).
 *
 * @example Usage
 * ```ts
 * import { FUND_NAMES } from "./statuses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([FUND_NAMES.fi.ESR, FUND_NAMES.en.ESR, FUND_NAMES.en.EAKR], ["ESR", "ESF", "ERDF"]);
 * ```
 */
export const FUND_NAMES = defineMessages<Record<Fund, string>>({ ESR: "ESR", EAKR: "EAKR" }, {
  ESR: "ESF",
  EAKR: "ERDF",
});

/** A fund's code said in the language ({@linkcode FUND_NAMES}); a code not known as it is. */
export function fundName(code: string, lang: Language): string {
  return FUND_NAMES[lang][code as Fund] ?? code;
}

/**
 * The project type EURA prints (`Projektityyppi`, one of two) in the language; another text is said as printed.
 *
 * @example Usage
 * ```ts
 * import { projectTypeName } from "./statuses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(projectTypeName("Projekti, jossa on henkilöitä mukana", "en"), "Project with participants");
 * ```
 */
export function projectTypeName(type: string, lang: Language): string {
  return lang === "en" ? PROJECT_TYPES_EN[type] ?? type : type;
}

const PROJECT_TYPES_EN: Record<string, string> = {
  [PROJECT_TYPE_WITH_PARTICIPANTS]: "Project with participants",
  [PROJECT_TYPE_WITHOUT_PARTICIPANTS]: "Project without participants",
};

/**
 * The organisation types EURA prints (`Organisaatiotyyppi`), in English; a type not listed is said as printed.
 *
 * @example Usage
 * ```ts
 * import { organisationTypeName } from "./statuses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([organisationTypeName("Kunta", "en"), organisationTypeName("Kunta", "fi")], ["Municipality", "Kunta"]);
 * assertEquals(organisationTypeName("Osuuskunta", "en"), "Osuuskunta");
 * ```
 */
export function organisationTypeName(type: string, lang: Language): string {
  return lang === "en" ? ORGANISATION_TYPES_EN[type] ?? type : type;
}

const ORGANISATION_TYPES_EN: Record<string, string> = {
  "Kunta": "Municipality",
  "Kuntayhtymä": "Joint municipal authority",
  "Valtion viranomainen": "State authority",
  "Valtion virasto": "State agency",
  "Yliopisto": "University",
  "Ammattikorkeakoulu": "University of applied sciences",
  "Oppilaitos": "Educational institution",
  "Yhdistys": "Association",
  "Säätiö": "Foundation",
  "Yritys": "Company",
  "Seurakunta": "Parish",
  "Muu": "Other",
};
