/**
 * Every string a chart prints, in both languages: axis, legend and tooltip
 * labels, and each chart's title, subtitle and description. Texts that show
 * counts are functions of them.
 *
 * Keys: a label (axis, legend, tooltip) is a plain noun (`project`,
 * `fundingActual`); a chart's texts are the builder's name and the part
 * (`womenShareTitle`, `womenShareSubtitle`, `womenShareDescription`); the
 * notes of charts that draw only some of the projects start with `capped`
 * (`cappedExtremes`, `cappedFirst`), and `<builder>Capped` names which ones
 * a builder keeps ("latest to start").
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** A drawn quantity: its column and its label. */
export interface Measure {
  column: string;
  label: string;
}

/** A metric of the grouped summary: its key (a `summarise()` column) and its label, lower-cased. */
export interface GroupedMetricName {
  key: string;
  label: string;
}

/** How the timeline colours its bars. */
export type TimelineColour = "status" | "region";

/**
 * The strings of the charts.
 *
 * @example Usage
 * ```ts
 * import { CHART_TEXT } from "./charts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(CHART_TEXT.fi.participantsRealisationSubtitle(1), "Toteutuneet ÷ suunnitellut aloittaneet henkilöt, 1 hanke. Viiva: 100 %.");
 * assertEquals(CHART_TEXT.en.participantsRealisationSubtitle(2), "Actual ÷ planned participants who started, 2 projects. Rule: 100 %.");
 * ```
 */
export const CHART_TEXT = defineMessages({
  project: "Hanke",
  code: "Hankekoodi",
  name: "Nimi",
  status: "Tila",
  region: "Maakunta",
  planned: "Suunniteltu",
  actual: "Toteutunut",
  participantsPlanned: "Suunnitellut osallistujat",
  participantsActual: "Toteutuneet osallistujat",
  realisation: "Toteutumisaste",
  womenShare: "Naisten osuus",
  womenShareActual: "Naisten osuus, toteutunut",
  fundingUtilisation: "Rahoituksen käyttöaste",
  fundingEuStateUtilisation: "EU- ja valtion rahoituksen käyttöaste",
  companyRealisation: "Yritysten toteutumisaste",
  projectCount: "Hankkeita",
  nProjects: "n (hankkeita)",
  programmePeriod: "Ohjelmakausi",
  programmeSection: "Osio",
  priorityAxis: "Toimintalinja",
  organisationType: "Organisaatiotyyppi",
  startYear: "Alkamisvuosi",
  fundingPlanned: "Suunniteltu julkinen rahoitus",
  fundingGranted: "Myönnetty EU- ja valtion rahoitus",
  fundingActual: "Toteutunut julkinen rahoitus",
  fundingEuStateActual: "Toteutunut EU- ja valtion rahoitus",
  costPerParticipant: "€ / osallistuja",
  start: "Alkaa",
  end: "Päättyy",
  period: "Toteutusaika",
  metric: "Mittari",
  value: "Arvo",

  cappedExtremes: (half: number, total: number) =>
    ` Näytetään ${half} suurinta ja ${half} pienintä ${total} hankkeesta.`,
  cappedFirst: (shown: number, which: string, total: number) => ` Näytetään ${shown} ${which} ${total} hankkeesta.`,

  participantsPlannedVsActualTitle: "Suunnitellut ja toteutuneet osallistujat",
  participantsPlannedVsActualSubtitle: (n: number) =>
    `Aloittaneet henkilöt, ${n} hanketta. Katkoviiva: toteutunut = suunniteltu (100 %).`,
  participantsPlannedVsActualDescription: (n: number) =>
    `Suunnitellut ja toteutuneet osallistujat hankkeittain (${n} hanketta, joilla molemmat luvut); ` +
    "viiva kohdassa, jossa toteutunut on yhtä suuri kuin suunniteltu.",

  participantsRealisationTitle: "Osallistujien toteutumisaste",
  participantsRealisationSubtitle: (n: number) =>
    `Toteutuneet ÷ suunnitellut aloittaneet henkilöt, ${n} hanke${n === 1 ? "" : "tta"}. Viiva: 100 %.`,
  participantsRealisationDescription: (n: number) =>
    `Osallistujien toteutumisaste (toteutuneet ÷ suunnitellut) hankkeittain, järjestettynä, ${n} ` +
    "hanketta, viiva 100 %:n kohdalla; käynnissä olevat hankkeet merkitty väliaikaisiksi.",

  womenShareTitle: "Naisten osuus osallistujista",
  womenShareSubtitle: (n: number, withoutSplit: number, capped: string) =>
    `Suunniteltu ja toteutunut, ${n} hanketta${
      withoutSplit > 0 ? `; ${withoutSplit} ilman sukupuolijakoa` : ""
    }. Viiva: 50 %.${capped}`,
  womenShareDescription: (n: number) =>
    `Naisten osuus osallistujista, suunniteltu ja toteutunut, hankkeittain (${n} hanketta); viiva 50 %:n kohdalla.`,
  womenShareCapped: "suurimman poikkeaman",

  fundingUtilisationTitlePublic: "Julkisen rahoituksen käyttöaste",
  fundingUtilisationTitleEuState: "EU- ja valtion rahoituksen käyttöaste",
  fundingUtilisationSubtitle: (actual: Measure, planned: Measure, n: number) =>
    `${actual.label} ÷ ${planned.label.toLowerCase()}, ${n} hanketta. Viiva: 100 %.`,
  fundingUtilisationDescription: (actual: Measure, planned: Measure, n: number) =>
    `Rahoituksen käyttöaste (${actual.label.toLowerCase()} ÷ ${planned.label.toLowerCase()}) hankkeittain, ` +
    `järjestettynä, ${n} hanketta, viiva 100 %:n kohdalla; käynnissä olevat hankkeet merkitty väliaikaisiksi.`,

  fundingVsParticipantsTitle: "Julkinen rahoitus ja osallistujat",
  fundingVsParticipantsSubtitle: (n: number) =>
    `Toteutuneet luvut, ${n} hanketta. Viivat: sama hinta osallistujaa kohden.`,
  fundingVsParticipantsDescription: (n: number, guides: readonly number[]) =>
    `Toteutunut julkinen rahoitus ja toteutuneet osallistujat hankkeittain (${n} hanketta); ` +
    `apuviivat ${guides.join(", ")} euroa osallistujaa kohden.`,

  projectTimelineTitle: "Hankkeiden toteutusajat",
  projectTimelineSubtitle: (n: number, capped: string) =>
    `Suunnitelman mukainen alku ja loppu, ${n} hanketta.${capped}`,
  projectTimelineDescription: (n: number, colour: TimelineColour) =>
    `Aikajana: ${n} hanketta suunnitellusta alusta suunniteltuun loppuun, väri ${
      colour === "status" ? "tilan" : "maakunnan"
    } mukaan.`,
  projectTimelineCapped: "viimeksi alkanutta",

  groupedSummaryTitle: (metrics: readonly string[]) => `${metrics.join(" ja ")} ryhmittäin`,
  groupedSummarySubtitle: "Painotettu: Σ toteutunut ÷ Σ suunniteltu hankkeista, joilla molemmat luvut. n = hankkeita.",
  groupedSummaryDescription: (metrics: readonly GroupedMetricName[], groups: number, by: string) =>
    `Painotettu ${metrics.map((m) => m.label).join(" ja ")} ${groups} ryhmälle (${by}), ` +
    "kunkin luvun takana olevien hankkeiden määrä ja viiva 100 %:n kohdalla.",

  programmeUtilisationTitle: "Julkisen rahoituksen käyttöaste koko ohjelmassa",
  programmeUtilisationSubtitle: (marked: number, clip: number) =>
    `Pystyviivat: aineiston hankkeet (${marked}). Yli ${clip * 100} % viimeisessä pylväässä.`,
  programmeUtilisationDescription: (all: number, marked: number) =>
    `Julkisen rahoituksen käyttöasteen jakauma ${all} rekisterin hankkeessa 5 %:n luokin; ` +
    `${marked} aineiston hanketta merkitty.`,
  programmeSelection: (funds: string, n: number) => `${funds}, ${n} hanketta`,
}, {
  project: "Project",
  code: "Project code",
  name: "Name",
  status: "Status",
  region: "Region",
  planned: "Planned",
  actual: "Actual",
  participantsPlanned: "Planned participants",
  participantsActual: "Actual participants",
  realisation: "Realisation",
  womenShare: "Women's share",
  womenShareActual: "Women's share, actual",
  fundingUtilisation: "Funding utilisation",
  fundingEuStateUtilisation: "EU and state funding utilisation",
  companyRealisation: "Company realisation",
  projectCount: "Projects",
  nProjects: "n (projects)",
  programmePeriod: "Programme period",
  programmeSection: "Programme section",
  priorityAxis: "Priority axis",
  organisationType: "Organisation type",
  startYear: "Start year",
  fundingPlanned: "Planned public funding",
  fundingGranted: "Granted EU and state funding",
  fundingActual: "Actual public funding",
  fundingEuStateActual: "Actual EU and state funding",
  costPerParticipant: "€ per participant",
  start: "Start",
  end: "End",
  period: "Implementation period",
  metric: "Metric",
  value: "Value",

  cappedExtremes: (half: number, total: number) =>
    ` Showing the ${half} highest and ${half} lowest of ${total} projects.`,
  cappedFirst: (shown: number, which: string, total: number) => ` Showing the ${shown} ${which} of ${total} projects.`,

  participantsPlannedVsActualTitle: "Planned and actual participants",
  participantsPlannedVsActualSubtitle: (n: number) =>
    `Participants who started, ${n} projects. Dashed line: actual = planned (100 %).`,
  participantsPlannedVsActualDescription: (n: number) =>
    `Planned and actual participants per project (${n} projects with both figures), ` +
    "with the line where actual equals planned.",

  participantsRealisationTitle: "Participant realisation",
  participantsRealisationSubtitle: (n: number) =>
    `Actual ÷ planned participants who started, ${n} ${n === 1 ? "project" : "projects"}. Rule: 100 %.`,
  participantsRealisationDescription: (n: number) =>
    `Participant realisation (actual / planned participants) per project, sorted, ${n} projects, ` +
    "with a rule at 100 %; active projects marked as interim.",

  womenShareTitle: "Women's share of participants",
  // Today's English subtitle leaves out the note on capped rows.
  womenShareSubtitle: (n: number, withoutSplit: number, _capped: string) =>
    `Planned and actual, ${n} projects${
      withoutSplit > 0 ? `; ${withoutSplit} without a women's split` : ""
    }. Rule: 50 %.`,
  womenShareDescription: (n: number) =>
    `Women's share of participants, planned and actual, per project (${n} projects), with a rule at 50 %.`,
  womenShareCapped: "with the largest gap",

  fundingUtilisationTitlePublic: "Public funding utilisation",
  fundingUtilisationTitleEuState: "EU and state funding utilisation",
  fundingUtilisationSubtitle: (actual: Measure, planned: Measure, n: number) =>
    `${actual.label} ÷ ${planned.label.toLowerCase()}, ${n} projects. Rule: 100 %.`,
  fundingUtilisationDescription: (actual: Measure, planned: Measure, n: number) =>
    `Funding utilisation (${actual.column} / ${planned.column}) per project, sorted, ${n} projects, ` +
    "with a rule at 100 %; active projects marked as interim.",

  fundingVsParticipantsTitle: "Public funding and participants",
  fundingVsParticipantsSubtitle: (n: number) => `Actual figures, ${n} projects. Lines: equal cost per participant.`,
  fundingVsParticipantsDescription: (n: number, guides: readonly number[]) =>
    `Actual public funding against actual participants per project (${n} projects), ` +
    `with guide lines at ${guides.join(", ")} euros per participant.`,

  projectTimelineTitle: "Project implementation periods",
  projectTimelineSubtitle: (n: number, capped: string) => `Planned start and end, ${n} projects.${capped}`,
  projectTimelineDescription: (n: number, colour: TimelineColour) =>
    `Timeline of ${n} projects from planned start to planned end, coloured by ${colour}.`,
  projectTimelineCapped: "latest to start",

  groupedSummaryTitle: (metrics: readonly string[]) => `${metrics.join(" and ")} by group`,
  groupedSummarySubtitle: "Weighted: Σ actual ÷ Σ planned over projects with both figures. n = projects.",
  groupedSummaryDescription: (metrics: readonly GroupedMetricName[], groups: number, by: string) =>
    `Weighted ${metrics.map((m) => m.key.replaceAll("_", " ")).join(" and ")} for ${groups} groups by ${by}, ` +
    "with the number of projects behind each figure and a rule at 100 %.",

  programmeUtilisationTitle: "Public funding utilisation across the programme",
  programmeUtilisationSubtitle: (marked: number, clip: number) =>
    `Rules: the corpus projects (${marked}). Above ${clip * 100} % in the last bar.`,
  programmeUtilisationDescription: (all: number, marked: number) =>
    `Histogram of public funding utilisation over ${all} register projects in 5 % bins, ` +
    `with ${marked} corpus projects marked.`,
  programmeSelection: (funds: string, n: number) => `${funds}, ${n} projects`,
});

/** The strings of the charts in one language. */
export type ChartText = typeof CHART_TEXT.fi;
