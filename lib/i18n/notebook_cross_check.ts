/**
 * What notebook 05 says of a register's cross-check (see `register/cross_check.ts`), in both languages: the
 * projects the register lists, the disagreements field by field, the projects whose code may be another project's,
 * and what was not compared.
 *
 * @module
 */
import { formatCount, formatInteger, HANKE, periodText } from "./format.ts";
import type { Language } from "./mod.ts";

/** Of a register's cross-check (`CrossCheck` of `register/cross_check.ts`), what the sentence says. */
interface CrossCheckCounts {
  compared: number;
  otherProject: readonly string[];
  missing: readonly string[];
  diagnostics: readonly unknown[];
  /** Files of projects of the period without a code: neither compared nor missing. */
  withoutCode?: readonly string[];
}

/** The names of the files of projects without a code, or none. */
const uncoded = (check: Pick<CrossCheckCounts, "withoutCode">) =>
  (check.withoutCode ?? []).map((f) => f.slice(f.lastIndexOf("/") + 1));

/**
 * The sentence on the period's projects without a code (neither compared nor missing), by language, as the report's
 * register paragraph and notebook 05 say it: empty when there are none.
 */
export const WITHOUT_CODE_TEXT: Record<Language, (check: Pick<CrossCheckCounts, "withoutCode">) => string> = {
  fi: (check) =>
    uncoded(check).length > 0 ? ` Hankekoodi puuttuu, joten ei verrattu: ${uncoded(check).join(", ")}.` : "",
  en: (check) =>
    uncoded(check).length > 0 ? ` Without a project code, so not compared: ${uncoded(check).join(", ")}.` : "",
};

/** The field-by-field disagreements: a project maybe another's has one warning of its own, not counted. */
const fieldDisagreements = (check: CrossCheckCounts) => check.diagnostics.length - check.otherProject.length;

/** The projects the register lists: those compared field by field, and those maybe another project's. */
const listed = (check: CrossCheckCounts) => check.compared + check.otherProject.length;

/**
 * The sentence on the projects whose code may be another project's (`register_other_project`), by language, as
 * the report's register paragraph and notebook 05 say it (each adds where the codes are): `listed`, the corpus'
 * projects the register lists; `other`, those of them.
 */
export const OTHER_PROJECT_TEXT: Record<Language, (listed: number, other: number) => string> = {
  // An attribute before a numeral is plural ("olevista 2 hankkeesta"), before "1" singular ("olevasta 1 hankkeesta").
  fi: (listed, other) =>
    ` Rekisterissä ${listed === 1 ? "olevasta" : "olevista"} ${formatInteger(listed, "fi")} hankkeesta ${
      formatInteger(other, "fi")
    }: nimi ja kumpikin päivä eroavat rekisterin saman koodin rivistä, joten koodi voi olla toisen hankkeen, eikä ` +
    "muita tietoja verrattu",
  en: (listed, other) =>
    ` Of the ${formatInteger(listed, "en")} it lists, ${formatInteger(other, "en")}: the name and both dates ` +
    "differ from the register's row of the same code, so the code may be another project's, and no other field " +
    "was compared",
};

/** The sentence after a register's cross-check, by language; `other`: the corpus' projects of other periods. */
export const CROSS_CHECK_TEXT: Record<
  Language,
  (period: string, check: CrossCheckCounts, other: readonly string[]) => string
> = {
  fi: (period, check, other) =>
    `${periodText(period)}: rekisterissä on ${formatCount(listed(check), "fi", HANKE)} aineistosta; erimielisyyksiä ` +
    `${formatInteger(fieldDisagreements(check), "fi")}; rekisterin kauden hankkeista siitä puuttuu: ${
      check.missing.join(", ") || "ei yhtään"
    }.` +
    (check.otherProject.length > 0
      ? `${OTHER_PROJECT_TEXT.fi(listed(check), check.otherProject.length)} (taulukossa alla).`
      : "") +
    WITHOUT_CODE_TEXT.fi(check) +
    (other.length > 0 ? ` Muiden ohjelmakausien hankkeita ei verrattu tähän rekisteriin: ${other.join(", ")}.` : ""),
  en: (period, check, other) =>
    `${periodText(period)}: ${
      formatCount(listed(check), "en", { one: "corpus project is", other: "corpus projects are" })
    } in the register; ` +
    `${
      formatCount(fieldDisagreements(check), "en", { one: "disagreement", other: "disagreements" })
    }; of the register's period, not listed: ` +
    `${check.missing.join(", ") || "none"}.` +
    (check.otherProject.length > 0
      ? `${OTHER_PROJECT_TEXT.en(listed(check), check.otherProject.length)} (in the table below).`
      : "") +
    WITHOUT_CODE_TEXT.en(check) +
    (other.length > 0 ? ` Projects of other programme periods were not compared with it: ${other.join(", ")}.` : ""),
};
