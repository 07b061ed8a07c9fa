/**
 * The words the charts' texts are made of, in both languages: the grouped summaries' metrics, and a grouping's name
 * as a phrase ("by region") and as a title ("Region"), by their `summarise()` column (see `charts.ts`).
 *
 * @module
 */
import { formatCount, formatFiOutOf, formatInteger, HANKE, PROJECT } from "./format.ts";

/** "Rahoituksen käyttöaste" → "rahoituksen käyttöaste", but "EU- ja …" stays. */
export const lowerFirst = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/** The metrics of a grouped summary, by their `summarise()` column. */
export const METRICS_FI: Record<string, string> = {
  participant_realisation: "Osallistujien toteutumisaste",
  funding_utilisation: "Julkisen rahoituksen käyttöaste",
  funding_utilisation_eu_state: "EU- ja valtion rahoituksen käyttöaste",
  company_realisation: "Osallistuvien yritysten toteutumisaste",
  women_share_actual: "Toteutunut naisten osuus",
};
export const METRICS_EN: Record<string, string> = {
  participant_realisation: "Participant realisation",
  funding_utilisation: "Public funding utilisation",
  funding_utilisation_eu_state: "EU and state funding utilisation",
  company_realisation: "Participating companies' realisation",
  women_share_actual: "Actual women's share",
};

/** "by region" in each language, by the grouping column. */
export const BY_FI: Record<string, string> = {
  programme_period: "ohjelmakausittain",
  region: "maakunnittain",
  programme_section: "ohjelman osioittain",
  priority_axis_code: "toimintalinjoittain",
  organisation_type: "organisaatiotyypeittäin",
  status_normalised: "tilan mukaan",
  start_year: "alkamisvuosittain",
  duration_band: "suunnitellun keston mukaan",
  fund: "rahastoittain",
};
export const BY_EN: Record<string, string> = {
  programme_period: "by programme period",
  region: "by region",
  programme_section: "by programme section",
  priority_axis_code: "by priority axis",
  organisation_type: "by organisation type",
  status_normalised: "by status",
  start_year: "by start year",
  duration_band: "by planned duration",
  fund: "by fund",
};
export const GROUP_FI: Record<string, string> = {
  programme_period: "Ohjelmakausi",
  region: "Maakunta",
  programme_section: "Ohjelman osio",
  priority_axis_code: "Toimintalinja",
  organisation_type: "Organisaatiotyyppi",
  status_normalised: "Tila",
  start_year: "Alkamisvuosi",
  fund: "Rahasto",
};
export const GROUP_EN: Record<string, string> = {
  programme_period: "Programme period",
  region: "Region",
  programme_section: "Programme section",
  priority_axis_code: "Priority axis",
  organisation_type: "Organisation type",
  status_normalised: "Status",
  start_year: "Start year",
  fund: "Fund",
};

/** A chart's status sentence when it shows one project (`singleStatus` is of every project shown). */
export const ONE_PROJECT_STATUS = {
  fi: (status: string) => ` Hankkeen tila: ${status.toLowerCase()}.`,
  en: (status: string) => ` Status of the project: ${status.toLowerCase()}.`,
};

/** The register histogram's note on its active projects: all of them, one, or some (`programmeActive`). */
export const PROGRAMME_ACTIVE = {
  fi: (active: number, all: number) =>
    (active === all
      ? (all === 1 ? " Hanke on käynnissä" : ` Kaikki ${formatCount(all, "fi", HANKE)} ovat käynnissä`)
      : ` Käynnissä ${formatCount(active, "fi", HANKE)} ${formatFiOutOf(all)}`) +
    (active === 1 ? ": sen käyttöaste on väliaikainen." : ": niiden käyttöasteet ovat väliaikaisia."),
  en: (active: number, all: number) =>
    active === all
      ? (all === 1 ? " The project is active: its" : ` All ${formatCount(all, "en", PROJECT)} are active: their`) +
        " utilisation is interim."
      : ` Active: ${formatCount(active, "en", PROJECT)} of ${formatInteger(all, "en")}, whose utilisation is interim.`,
};

const REKISTERIN = { one: "rekisterin hanke", other: "rekisterin hanketta" };
const REGISTER_PROJECT = { one: "register project", other: "register projects" };

/**
 * The register histogram's rows beyond its range (`programmeUtilisation`): those above the last bar's bound, of them
 * those over 10× their plan (a typing error, most likely, as `over_10x` flags a document's), and those below 0 % (a
 * realised figure below zero: EURA nets a repayment), each drawn in the end bar.
 */
export const PROGRAMME_BEYOND = {
  fi: {
    above: (n: number, implausible: number) =>
      n === 0
        ? ""
        : `: ${formatCount(n, "fi", REKISTERIN)}${
          implausible === 0
            ? ""
            : ` (niistä ${formatInteger(implausible, "fi")} yli kymmenkertainen suunniteltuun: kirjoitusvirhe?)`
        }`,
    /** A grouped chart of the register whose pooled figures hold such rows. */
    grouped: (implausible: number, below: number, zero: string) =>
      (implausible === 0
        ? ""
        : ` Mukana ${formatCount(implausible, "fi", REKISTERIN)}, ${
          implausible === 1 ? "jonka" : "joiden"
        } käyttöaste on yli kymmenkertainen suunniteltuun (kirjoitusvirhe?).`) +
      (below === 0
        ? ""
        : ` Mukana ${formatCount(below, "fi", REKISTERIN)}, ${
          below === 1 ? "jonka" : "joiden"
        } käyttöaste on alle ${zero} (toteutunut rahoitus alle nollan: takaisinmaksu).`),
    below: (n: number, zero: string) =>
      ` Alle ${zero} ensimmäisessä pylväässä: ${
        formatCount(n, "fi", REKISTERIN)
      } (toteutunut rahoitus alle nollan: takaisinmaksu).`,
  },
  en: {
    above: (n: number, implausible: number) =>
      n === 0
        ? ""
        : `: ${formatCount(n, "en", REGISTER_PROJECT)}${
          implausible === 0
            ? ""
            : ` (${formatInteger(implausible, "en")} of them over 10× ${
              implausible === 1 ? "its" : "their"
            } plan: a typing error, most likely)`
        }`,
    grouped: (implausible: number, below: number, zero: string) =>
      (implausible === 0 ? "" : ` Includes ${formatCount(implausible, "en", REGISTER_PROJECT)} whose utilisation is ` +
        `over 10× ${implausible === 1 ? "its" : "their"} plan (a typing error, most likely).`) +
      (below === 0 ? "" : ` Includes ${formatCount(below, "en", REGISTER_PROJECT)} whose utilisation is below ` +
        `${zero} (realised funding below zero: a repayment).`),
    below: (n: number, zero: string) =>
      ` Below ${zero} in the first bar: ${
        formatCount(n, "en", REGISTER_PROJECT)
      } (realised funding below zero: a repayment).`,
  },
};
