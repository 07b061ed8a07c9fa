/**
 * Every string the analyses print, in both languages: the charts' titles,
 * subtitles and descriptions, table captions and the method texts that say
 * how each figure was made. Names (regions, themes, metrics) are in
 * `analysis_names.ts`.
 *
 * Keys: a chart's texts are its builder's name and the part (`regionMapTitle`,
 * `regionMapSubtitle`, `regionMapDescription`); `…Caption` is a table's
 * caption; `…Method` the paragraph that says how the figures were made.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";
import { formatCount, formatFiOutOf, formatInteger, HANKE, periodText, PROJECT } from "./format.ts";

/** A count and its noun: `1 hanke`, `2 hanketta`, `1 143 hanketta` (a no-break space). */
const hankkeita = (n: number) => formatCount(n, "fi", HANKE);
/** A count and its noun: `1 project`, `2 projects`, `1,143 projects`. */
const projects = (n: number) => formatCount(n, "en", PROJECT);

/** A region or other area at an end of the map's range, for its description. */
export interface MapExtreme {
  name: string;
  value: string;
}

/**
 * The strings of the analyses.
 *
 * @example Usage
 * ```ts
 * import { ANALYSIS_TEXT } from "./analysis.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(ANALYSIS_TEXT.fi.regionMapTitle("Hankkeita"), "Hankkeita maakunnittain");
 * assertEquals(ANALYSIS_TEXT.en.regionMapTitle("Projects"), "Projects by region");
 * ```
 */
export const ANALYSIS_TEXT = defineMessages({
  // labels
  region: "Maakunta",
  projectCount: "Hankkeita",
  sharedCount: "Myös muissa maakunnissa",
  interimCount: "Käynnissä (väliaikaiset luvut)",
  includesInterim: "sis. väliaikaisia lukuja",
  tiedRegions: (n: number) => `${n} maakuntaa`,
  nBasis: "n (hankkeita, joilla luku)",
  organisation: "Organisaatio",
  businessId: "Y-tunnus",
  role: "Rooli",
  projectsAsLead: "Hankkeita päätoteuttajana",
  projectsAsCo: "Hankkeita osatoteuttajana",
  fundingAsLead: "Toteutunut julkinen rahoitus päätoteuttajana",
  value: "Arvo",
  metric: "Mittari",
  median: "Mediaani",
  quartiles: "Kvartiilit",
  fences: "Tukeyn rajat",
  outlier: "Poikkeava",
  result: "Tulos",
  costPerResult: "€ / tulos",
  costPerResultLog: "€ / tulos (logaritminen asteikko)",
  valuePercent: "Arvo (%)",
  group: "Ryhmä",
  theme: "Teema",
  period: "Ohjelmakausi",
  startYear: "Alkamisvuosi",
  duration: "Suunniteltu kesto, kk",
  code: "Hankekoodi",
  name: "Nimi",

  // region map
  regionMapTitle: (metric: string) => `${metric} maakunnittain`,
  regionMapSubtitle: (nationwide: number, apart: string, counts: boolean, grey: boolean) =>
    `Hanke lasketaan jokaiseen nimeämäänsä maakuntaan, joten maakunnat eivät summaudu; ` +
    `valtakunnalliset (${nationwide}) erikseen.${counts ? "" : " n = hankkeita, joilla luku."}${
      grey ? (counts ? " Harmaa: ei hankkeita." : " Harmaa: ei lukua.") : ""
    }${apart}`,
  regionMapApart: (names: readonly string[], n: number) =>
    ` Ilman tunnistettua maakuntaa: ${names.join(", ")} (${hankkeita(n)}).`,
  regionMapDescription: (metric: string, withData: number, highest: MapExtreme | null, lowest: MapExtreme | null) =>
    `Ruutukartta Suomen 19 maakunnasta (18 Manner-Suomen maakuntaa ja Ahvenanmaa) ja valtakunnallisista ` +
    `hankkeista, väri: ${metric.toLowerCase()}; luku ${withData} ruudussa` +
    (highest && lowest
      ? withData === 1 || (highest.name === lowest.name && highest.value === lowest.value)
        ? `: ${highest.name} (${highest.value}).`
        : `, suurin ${highest.name} (${highest.value}), pienin ${lowest.name} (${lowest.value}).`
      : "."),
  regionMapNoValue: "ei lukua",

  // beneficiaries
  beneficiariesTitle: "Rahoitusta saaneet organisaatiot",
  beneficiariesSubtitle: (shown: number, total: number, byFunding: boolean) =>
    `${
      shown === total
        ? (shown === 1 ? "1 organisaatio" : `Kaikki ${formatInteger(shown, "fi")} organisaatiota`)
        : `${formatInteger(shown, "fi")} organisaatiota ${formatFiOutOf(total)}`
    }, eniten ${byFunding ? "toteutunutta julkista rahoitusta päätoteuttajana" : "hankkeita"} ensin. ` +
    "Pylvään perässä: hankkeet · toteutunut julkinen rahoitus päätoteuttajana. Organisaatio tunnistetaan " +
    "Y-tunnuksesta, ilman sitä nimestä. Osatoteuttajan osuutta rahoituksesta ei ilmoiteta.",
  beneficiariesLeadOnly: " Kaikki pylväät: hankkeet päätoteuttajana.",
  beneficiariesDescription: (shown: number, first: string | null) =>
    `Vaakapylväät: ${shown} organisaation hankkeet päätoteuttajana ja osatoteuttajana, ` +
    `päätoteuttajana saatu toteutunut julkinen rahoitus pylvään perässä${first ? `; ensimmäisenä: ${first}` : ""}.`,
  beneficiariesLabel: (projects: number, euros: string) => `${projects} · ${euros}`,

  // distributions
  distributionTitle: (costs: boolean): string =>
    costs ? "Kustannukset tulosta kohden: jakaumat" : "Suhdelukujen jakaumat",
  distributionSubtitle: (interim: boolean, labelled: number, outliers: number) =>
    "Laatikko: kvartiilit ja mediaani; viikset Tukeyn rajoihin (1,5 × kvartiiliväli); harmaa piste: hanke; " +
    `oranssit pisteet rajojen ulkopuolella (${formatInteger(outliers, "fi")}${
      labelled < outliers ? `, ${formatInteger(labelled, "fi")} nimetty` : ""
    }). ` +
    (interim ? "Käynnissä olevat hankkeet mukana (väliaikaiset luvut)." : "Käynnissä olevat hankkeet jätetty pois.") +
    " Hankkeet ilman henkilöitä eivät ole osallistujaluvuissa.",
  distributionDescription: (parts: readonly string[]) => `Laatikko- ja pistekuvio hankkeittain: ${parts.join("; ")}.`,
  distributionZeros: (n: number) => ` Logaritminen asteikko: ${hankkeita(n)}, joilla 0 €, ei kuvassa.`,
  distributionSample: (drawn: number, all: number) =>
    ` Pisteinä ${formatInteger(drawn, "fi")} hanketta ${formatFiOutOf(all)} (poikkeavat ensin, muut tasavälein ` +
    "arvon mukaan); laatikko kaikista.",

  // costs per result
  costsTitle: "Kustannus tulosta kohden",
  costsSubtitle: (grouped: boolean) =>
    "Toteutunut julkinen rahoitus ÷ tulokset, painotettu: Σ rahoitus ÷ Σ tulokset hankkeista, joilla molemmat luvut " +
    `ja vähintään yksi tulos${grouped ? ", ryhmittäin" : ""}. Hanke, jolla 0 tulosta, ei ole mukana. n = hankkeita.`,
  costsDescription: (parts: readonly string[]) =>
    `Pisteet ohjelmakausittain logaritmisella asteikolla: ${parts.join("; ")}.`,
  costsLabel: (euros: string, n: number) => `${euros} (n = ${formatInteger(n, "fi")})`,
  costsWithout: (results: readonly string[]) => ` Ei kustannusta (0 tulosta tai ei lukua): ${results.join(", ")}.`,
  allProjects: "Kaikki hankkeet",

  // themes by period
  themesTitle: (metric: string) => `${metric} teemoittain ja ohjelmakausittain`,
  /** `withN`: the bars are labelled with their n (not with a count of projects, which is its own n). */
  themesSubtitle: (unmapped: number, dashed = false, withN = true) =>
    "Toimintalinjat ja erityistavoitteet yhteisiin teemoihin ohjelma-asiakirjojen mukaan (Manner-Suomen " +
    "ESR-ohjelma 2007–2013; Kestävää kasvua ja työtä 2014–2020)." +
    `${withN ? " n = hankkeita, joilla luku." : ""}${unmapped > 0 ? ` Ilman teemaa: ${hankkeita(unmapped)}.` : ""}` +
    (dashed ? " Katkoviiva: 100\u00A0%." : ""),
  themesDescription: (parts: readonly string[]) => `Teemat kahdella ohjelmakaudella: ${parts.join("; ")}.`,
  themesLabel: (value: string, n: number) => `${value} (n = ${formatInteger(n, "fi")})`,

  // text search
  searchCaption: (query: string, projects: number, fields: number) =>
    `Haku ${query}: ${hankkeita(projects)}, ${fields} tekstikenttää; osumat merkitty.`,
  searchNone: (query: string) => `Haku ${query}: ei osumia.`,
  searchTableCaption: (found: number, all: number) => `Haun löytämät tekstit: ${found} / ${hankkeita(all)}`,
  searchComparisonCaption: "found = true: haun löytämät hankkeet; false: muut",
  field: "Teksti",
  hits: "Osumia",
  snippet: "Ote",
  moreRows: (more: number, all: number) =>
    `… ${formatInteger(more, "fi")} ${more === 1 ? "rivi" : "riviä"} lisää (${formatInteger(all, "fi")} kaikkiaan)`,

  // cohorts
  cohortTitle: (byDuration: boolean): string =>
    byDuration ? "Toteutumis- ja käyttöaste suunnitellun keston mukaan" : "Toteutumis- ja käyttöaste alkamisvuosittain",
  distributionPart: (metric: string, n: number, median: string, outliers: readonly string[]) =>
    n === 0 ? `${metric}: ei hankkeita` : `${metric}: ${hankkeita(n)}, mediaani ${median}, ` +
      (outliers.length === 0 ? "ei poikkeavia" : `poikkeavat ${outliers.join(", ")}`),
  durationBand: (band: string) => `${band} kk`,
  /** Starts outside their programme's years, counted without a year; `bounds`: period, first and last year. */
  startOutside: (n: number, bounds: readonly (readonly [string, string, string])[]) =>
    ` ${formatInteger(n, "fi")} hankkeen alkamispäivä on ohjelmakautensa vuosien ulkopuolella (${
      bounds.map(([period, from, to]) => `${periodText(period)}: ${from}–${to}`).join(", ")
    }; kirjoitusvirhe?): ${n === 1 ? "se on" : "ne on"} laskettu riville – ilman alkamisvuotta.`,
}, {
  // labels
  region: "Region",
  projectCount: "Projects",
  sharedCount: "Also in other regions",
  interimCount: "Active (interim figures)",
  includesInterim: "incl. interim figures",
  tiedRegions: (n: number) => `${n} regions`,
  nBasis: "n (projects with the figure)",
  organisation: "Organisation",
  businessId: "Business ID",
  role: "Role",
  projectsAsLead: "Projects as lead",
  projectsAsCo: "Projects as co-implementer",
  fundingAsLead: "Actual public funding as lead",
  value: "Value",
  metric: "Metric",
  median: "Median",
  quartiles: "Quartiles",
  fences: "Tukey fences",
  outlier: "Outlier",
  result: "Result",
  costPerResult: "€ per result",
  costPerResultLog: "€ per result (logarithmic scale)",
  valuePercent: "Value (%)",
  group: "Group",
  theme: "Theme",
  period: "Programme period",
  startYear: "Start year",
  duration: "Planned duration, months",
  code: "Project code",
  name: "Name",

  // region map
  regionMapTitle: (metric: string) => `${metric} by region`,
  regionMapSubtitle: (nationwide: number, apart: string, counts: boolean, grey: boolean) =>
    `A project counts in each region it names, so regions do not add up; ` +
    `nationwide ones (${nationwide}) apart.${counts ? "" : " n = projects with the figure."}${
      grey ? (counts ? " Grey: no projects." : " Grey: no figure.") : ""
    }${apart}`,
  regionMapApart: (names: readonly string[], n: number) =>
    ` Without a recognised region: ${names.join(", ")} (${projects(n)}).`,
  regionMapDescription: (metric: string, withData: number, highest: MapExtreme | null, lowest: MapExtreme | null) =>
    `Tile map of Finland's 19 regions (the 18 of Mainland Finland and Åland) and the nationwide projects, ` +
    `coloured by ${metric.toLowerCase()}; ${withData} ${withData === 1 ? "tile has" : "tiles have"} a figure` +
    (highest && lowest
      ? withData === 1 || (highest.name === lowest.name && highest.value === lowest.value)
        ? `: ${highest.name} (${highest.value}).`
        : `, highest ${highest.name} (${highest.value}), lowest ${lowest.name} (${lowest.value}).`
      : "."),
  regionMapNoValue: "no figure",

  // beneficiaries
  beneficiariesTitle: "Organisations funded",
  beneficiariesSubtitle: (shown: number, total: number, byFunding: boolean) =>
    `${
      shown === total
        ? (shown === 1 ? "1 organisation" : `All ${formatInteger(shown, "en")} organisations`)
        : `${formatInteger(shown, "en")} of ${formatInteger(total, "en")} organisations`
    }, most ${byFunding ? "actual public funding as lead" : "projects"} first. ` +
    "After each bar: projects · actual public funding as lead. An organisation is known by its business ID, " +
    "or by its name without one. A co-implementer's share of the funding is not printed.",
  beneficiariesLeadOnly: " Every bar: projects as lead.",
  beneficiariesDescription: (shown: number, first: string | null) =>
    `Horizontal bars: the projects of ${formatCount(shown, "en", { one: "organisation", other: "organisations" })} ` +
    "as lead and as co-implementer, " +
    `with the actual public funding received as lead after each bar${first ? `; first: ${first}` : ""}.`,
  beneficiariesLabel: (projects: number, euros: string) => `${projects} · ${euros}`,

  // distributions
  distributionTitle: (costs: boolean) => costs ? "Costs per result: distributions" : "Distributions of the ratios",
  distributionSubtitle: (interim: boolean, labelled: number, outliers: number) =>
    "Box: quartiles and median; whiskers to Tukey's fences (1.5 × IQR); grey dot: a project; " +
    `orange points beyond them (${formatInteger(outliers, "en")}${
      labelled < outliers ? `, ${formatInteger(labelled, "en")} named` : ""
    }). ` +
    (interim ? "Active projects included (interim figures)." : "Active projects left out.") +
    " Projects without participants are not in participant figures.",
  distributionDescription: (parts: readonly string[]) => `Box and strip plot per project: ${parts.join("; ")}.`,
  distributionZeros: (n: number) => ` Log scale: ${projects(n)} at 0 € not drawn.`,
  distributionSample: (drawn: number, all: number) =>
    ` Points: ${formatInteger(drawn, "en")} of ${formatInteger(all, "en")} projects (outliers first, the rest ` +
    "evenly by value); the box rests on all.",

  // costs per result
  costsTitle: "Cost per result",
  costsSubtitle: (grouped: boolean) =>
    "Actual public funding ÷ results, weighted: Σ funding ÷ Σ results over the projects with both figures " +
    `and at least one result${grouped ? ", by group" : ""}. A project with 0 results is left out. n = projects.`,
  costsDescription: (parts: readonly string[]) =>
    `Points by programme period on a logarithmic scale: ${parts.join("; ")}.`,
  costsLabel: (euros: string, n: number) => `${euros} (n = ${formatInteger(n, "en")})`,
  costsWithout: (results: readonly string[]) => ` No cost (0 results or no figure): ${results.join(", ")}.`,
  allProjects: "All projects",

  // themes by period
  themesTitle: (metric: string) => `${metric} by theme and programme period`,
  themesSubtitle: (unmapped: number, dashed = false, withN = true) =>
    "Priority axes and specific objectives mapped to common themes after the programme documents (Mainland " +
    "Finland ESF programme 2007–2013; Sustainable growth and jobs 2014–2020)." +
    `${withN ? " n = projects with the figure." : ""}${
      unmapped > 0 ? ` Without a theme: ${projects(unmapped)}.` : ""
    }` +
    (dashed ? " Dashed line: 100%." : ""),
  themesDescription: (parts: readonly string[]) => `Themes in two programme periods: ${parts.join("; ")}.`,
  themesLabel: (value: string, n: number) => `${value} (n = ${formatInteger(n, "en")})`,

  // text search
  searchCaption: (query: string, found: number, fields: number) =>
    `Search ${query}: ${projects(found)}, ${fields} text fields; matches marked.`,
  searchNone: (query: string) => `Search ${query}: nothing found.`,
  searchTableCaption: (found: number, all: number) => `Texts the search found: ${found} of ${projects(all)}`,
  searchComparisonCaption: "found = true: the projects the search found; false: the others",
  field: "Text",
  hits: "Matches",
  snippet: "Snippet",
  moreRows: (more: number, all: number) =>
    `… ${formatInteger(more, "en")} more ${more === 1 ? "row" : "rows"} (${formatInteger(all, "en")} in all)`,

  // cohorts
  cohortTitle: (byDuration: boolean) =>
    byDuration ? "Realisation and utilisation by planned duration" : "Realisation and utilisation by start year",
  distributionPart: (metric: string, n: number, median: string, outliers: readonly string[]) =>
    n === 0 ? `${metric}: no projects` : `${metric}: ${projects(n)}, median ${median}, ` +
      (outliers.length === 0 ? "no outliers" : `outliers ${outliers.join(", ")}`),
  durationBand: (band: string) => `${band} months`,
  startOutside: (n: number, bounds: readonly (readonly [string, string, string])[]) =>
    ` ${projects(n)} start outside their programme's years (${
      bounds.map(([period, from, to]) => `${from}–${to} for ${periodText(period)}`).join(", ")
    }; a typing error?): counted in the row – without a start year.`,
});
