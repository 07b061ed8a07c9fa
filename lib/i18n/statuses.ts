/**
 * The labels of the normalised statuses (`STATUSES` of `lib/schema.ts`), in
 * both languages: what charts write for ended, active, interrupted and other
 * projects.
 *
 * @module
 */
import type { Fund, Status } from "../schema.ts";
import { defineMessages } from "./mod.ts";

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
