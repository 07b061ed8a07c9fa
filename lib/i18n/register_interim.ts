/**
 * Notebook 05's note on a register's active projects (`registerInterim`), in both languages: all of them, one of
 * them, or some of them, each said as such ("786 of 786 (100 %)" read as a count to check, not as all).
 *
 * @module
 */
import { formatInteger } from "./format.ts";
import { enPct, fiPct } from "./notebook_parts.ts";

const fi = (n: number) => formatInteger(n, "fi");
const en = (n: number) => formatInteger(n, "en");

/** The sentence (with its leading space), or "" when no register project is active. */
export const REGISTER_INTERIM = {
  fi: (active: number, all: number): string =>
    active === 0
      ? ""
      : (active === all && all > 1
        ? ` Rekisterin kaikki ${fi(all)} hanketta ovat käynnissä`
        : ` Rekisterin ${fi(all)} hankkeesta ${fi(active)} (${fiPct(all > 0 ? active / all : null)}) on käynnissä`) +
        (active === 1
          ? ": sen käyttöaste on väliaikainen, ei lopullinen."
          : ": niiden käyttöasteet ovat väliaikaisia, eivät lopullisia."),
  en: (active: number, all: number): string =>
    active === 0
      ? ""
      : (active === all && all > 1
        ? ` All ${en(all)} of the register's projects are active: their`
        : ` ${en(active)} of the register's ${en(all)} ${all === 1 ? "project" : "projects"} ` +
          `(${enPct(all > 0 ? active / all : null)}) ${active === 1 ? "is active: its" : "are active: their"}`) +
        " utilisation is interim, not final.",
};
