/**
 * Every string a chart prints, in both languages: axis, legend and tooltip
 * labels, and each chart's title, subtitle and description. Texts that show
 * counts are functions of them, and write numbers as the language does
 * (`2 775 hanketta`, `2,775 projects`).
 *
 * Keys: a label (tooltip, legend) is a plain noun (`project`,
 * `fundingActual`); an axis title, which names its unit, ends in `Axis`
 * (`fundingActualAxis`: "… (€)"); a chart's texts are the builder's name and
 * the part (`womenShareTitle`, `womenShareSubtitle`, `womenShareDescription`);
 * the notes of charts that draw only some of the projects start with
 * `capped` (`cappedExtremes`, `cappedFirst`), and `<builder>Capped` names
 * which ones a builder keeps ("latest to start").
 *
 * @module
 */
import { formatCount, formatEuros, formatInteger, formatPercent, HANKE, periodText, PROJECT } from "./format.ts";
import { defineMessages, type Language } from "./mod.ts";
import { BY_EN, BY_FI, GROUP_EN, GROUP_FI, lowerFirst, METRICS_EN, METRICS_FI } from "./chart_words.ts";
import { PROGRAMME_ACTIVE, PROGRAMME_BEYOND } from "./chart_words.ts";
import { fundName } from "./statuses.ts";

/** A drawn quantity: its column and its label. */
export interface Measure {
  column: string;
  label: string;
}

/** How the timeline colours its bars. */
export type TimelineColour = "status" | "region";

/**
 * The 2007–2013 ESF programme's sections as the register names them, in each language (Finnish: as named). They
 * are the programme's, not a document's own text, so an English chart names them in English.
 */
export const PROGRAMME_SECTIONS: Record<Language, Record<string, string>> = {
  fi: {},
  en: {
    "Etelä-Suomen suuralueosio": "Southern Finland section",
    "Itä-Suomen suuralueosio": "Eastern Finland section",
    "Länsi-Suomen suuralueosio": "Western Finland section",
    "Pohjois-Suomen suuralueosio": "Northern Finland section",
    "Valtakunnallinen osio": "National section",
  },
};

/**
 * The strings of the charts.
 *
 * @example Usage
 * ```ts
 * import { CHART_TEXT } from "./charts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(CHART_TEXT.fi.participantsRealisationSubtitle(1), "Toteutuneet ÷ suunnitellut aloittaneet henkilöt, 1 hanke. Katkoviiva: 100\u00A0%.");
 * assertEquals(CHART_TEXT.en.participantsRealisationSubtitle(2), "Actual ÷ planned participants who started, 2 projects. Dashed line: 100%.");
 * assertEquals(CHART_TEXT.fi.programmeSelection("ESR", 2775), "ESR, 2\u00A0775 hanketta");
 * assertEquals(CHART_TEXT.en.programmeSelection("ESR, EAKR", 2775), "ESF, ERDF, 2,775 projects");
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
  participantsPlannedAxis: "Suunnitellut osallistujat (henkilöä)",
  participantsActualAxis: "Toteutuneet osallistujat (henkilöä)",
  realisation: "Toteutumisaste",
  realisationAxis: "Osallistujien toteutumisaste (%)",
  womenShare: "Naisten osuus",
  womenShareAxis: "Naisten osuus osallistujista (%)",
  fundingUtilisation: "Rahoituksen käyttöaste",
  fundingUtilisationAxis: "Julkisen rahoituksen käyttöaste (%)",
  fundingEuStateUtilisationAxis: "EU- ja valtion rahoituksen käyttöaste (%)",
  projectCountAxis: "Hankkeiden määrä",
  corpusProjectCount: "Aineiston hankkeita",
  nProjects: "n (hankkeita)",
  fundingPlanned: "Suunniteltu julkinen rahoitus",
  fundingGranted: "Myönnetty EU- ja valtion rahoitus",
  fundingActual: "Toteutunut julkinen rahoitus",
  fundingActualAxis: "Toteutunut julkinen rahoitus (€)",
  fundingEuStateActual: "Toteutunut EU- ja valtion rahoitus",
  costPerParticipant: "Julkinen rahoitus osallistujaa kohden",
  start: "Alkaa",
  end: "Päättyy",
  periodAxis: "Suunniteltu toteutusaika",
  metric: "Mittari",
  value: "Arvo",
  groupedAxis: "Painotettu aste (%)",
  priorityAxisNumbered: (code: string) => `Toimintalinja ${code}`,
  priorityAxisThemed: (code: string, theme: string) => `Toimintalinja ${code}: ${theme}`,

  cappedExtremes: (half: number, total: number) =>
    ` Näytetään ${half} suurinta ja ${half} pienintä ${formatInteger(total, "fi")} hankkeesta.`,
  cappedExtremesFinal: (half: number, final: number, active: number) =>
    (final <= half * 2
      ? ` Näytetään ${formatCount(final, "fi", HANKE)}, joiden luvut ovat lopullisia; `
      : ` Näytetään ${half} suurinta ja ${half} pienintä ${formatInteger(final, "fi")} hankkeesta, joiden luvut ` +
        "ovat lopullisia; ") + `${formatInteger(active, "fi")} käynnissä olevaa (väliaikaiset luvut) jätetty pois.`,
  cappedGap: (hidden: number) => `(${formatCount(hidden, "fi", HANKE)} välissä)`,
  singleStatus: (status: string) => ` Kaikkien kuvan hankkeiden tila: ${status.toLowerCase()}.`,
  cappedFirst: (shown: number, which: string, total: number) =>
    ` Näytetään ${shown} ${which} ${formatInteger(total, "fi")} hankkeesta.`,
  cappedSample: (shown: number, total: number) =>
    ` Näytetään ${formatCount(shown, "fi", HANKE)} (kaikkiaan ${formatInteger(total, "fi")}): poikkeavimmat, ` +
    "suurimmat ja tasainen otos muista.",
  labelledPoints: (labelled: number, total: number) =>
    labelled < total
      ? ` Nimetty kuvaan ${formatCount(labelled, "fi", HANKE)} (kaikkiaan ${formatInteger(total, "fi")}).`
      : "",
  ringedPoints: (labelled: number): string => labelled === 0 ? "" : " Nimetyt pisteet renkaalla.",

  participantsPlannedVsActualTitle: "Suunnitellut ja toteutuneet osallistujat hankkeittain",
  participantsPlannedVsActualSubtitle: (n: number) =>
    `Aloittaneet henkilöt, ${formatCount(n, "fi", HANKE)}. Katkoviiva: toteutunut = suunniteltu (100\u00A0%).`,
  participantsPlannedVsActualDescription: (n: number) =>
    `Suunnitellut ja toteutuneet osallistujat hankkeittain (${formatCount(n, "fi", HANKE)}, ${
      n === 1 ? "jolla" : "joilla"
    } molemmat luvut); viiva kohdassa, jossa toteutunut on yhtä suuri kuin suunniteltu.`,

  participantsRealisationTitle: "Osallistujien toteutumisaste hankkeittain",
  participantsRealisationSubtitle: (n: number) =>
    `Toteutuneet ÷ suunnitellut aloittaneet henkilöt, ${formatCount(n, "fi", HANKE)}. Katkoviiva: 100\u00A0%.`,
  participantsRealisationDescription: (n: number, interim = true) =>
    `Osallistujien toteutumisaste (toteutuneet ÷ suunnitellut) hankkeittain, järjestettynä, ` +
    `${formatCount(n, "fi", HANKE)}, viiva 100\u00A0%:n kohdalla` +
    (interim ? "; käynnissä olevat hankkeet merkitty väliaikaisiksi." : "."),

  womenShareTitle: "Naisten osuus osallistujista hankkeittain",
  /**
   * `n` projects with a women's split, `without` without one (all of `period`, or null), and of the first `shown`
   * (null: all shown).
   */
  womenShareSubtitle: (n: number, without: number, period: string | null, shown: number | null) =>
    `${formatCount(n, "fi", HANKE)}, ${n === 1 ? "jolla" : "joilla"} on sukupuolijako` +
    (without > 0
      ? ` (ilman sitä ${formatCount(without, "fi", HANKE)}${period ? ` kaudelta ${periodText(period)}` : ""})`
      : "") +
    (shown === null ? "" : `; näytetään ne ${shown}, joilla poikkeama on suurin`) + ". Katkoviiva: 50\u00A0%.",
  womenShareDescription: (n: number, shown: number | null) =>
    `Naisten osuus osallistujista, suunniteltu ja toteutunut, hankkeittain (${formatCount(n, "fi", HANKE)}` +
    `${shown === null ? "" : `, näytetään ne ${shown}, joilla poikkeama on suurin`}); viiva 50\u00A0%:n kohdalla.`,

  fundingUtilisationTitlePublic: "Julkisen rahoituksen käyttöaste hankkeittain",
  fundingUtilisationTitleEuState: "EU- ja valtion rahoituksen käyttöaste hankkeittain",
  fundingUtilisationSubtitle: (actual: Measure, planned: Measure, n: number) =>
    `${actual.label} ÷ ${lowerFirst(planned.label)}, ${formatCount(n, "fi", HANKE)}. Katkoviiva: 100\u00A0%.`,
  fundingUtilisationDescription: (actual: Measure, planned: Measure, n: number, interim = true) =>
    `Rahoituksen käyttöaste (${lowerFirst(actual.label)} ÷ ${lowerFirst(planned.label)}) hankkeittain, ` +
    `järjestettynä, ${formatCount(n, "fi", HANKE)}, viiva 100\u00A0%:n kohdalla` +
    (interim ? "; käynnissä olevat hankkeet merkitty väliaikaisiksi." : "."),

  fundingVsParticipantsTitle: "Toteutunut julkinen rahoitus ja osallistujat hankkeittain",
  fundingVsParticipantsSubtitle: (n: number, unlabelled: readonly number[] = []) =>
    `${formatCount(n, "fi", HANKE)}. Katkoviivat: sama rahoitus osallistujaa kohden (€ / henkilö)` +
    (unlabelled.length === 0
      ? "."
      : `; loivimmasta jyrkimpään ${unlabelled.map((g) => formatEuros(g, "fi")).join(", ")}.`),
  fundingVsParticipantsDescription: (n: number, guides: readonly number[]) =>
    `Toteutunut julkinen rahoitus ja toteutuneet osallistujat hankkeittain (${formatCount(n, "fi", HANKE)}); ` +
    `apuviivat ${guides.map((g) => formatInteger(g, "fi")).join(", ")} euroa osallistujaa kohden.`,

  projectTimelineTitle: "Hankkeiden suunnitellut toteutusajat",
  projectTimelineSubtitle: (n: number, capped: string) =>
    `Suunnitelman mukainen alku ja loppu, ${formatCount(n, "fi", HANKE)}.${capped}`,
  projectTimelineWhy: (n: number, table: string | null) =>
    `: tuoreimmat, koska ${formatInteger(n, "fi")} palkkia ei olisi luettavissa.` +
    (table === null ? "" : ` Kaikki ${formatInteger(n, "fi")} päivämäärineen: ${table}.`),
  projectTimelineDescription: (n: number, colour: TimelineColour) =>
    `Aikajana: ${formatCount(n, "fi", HANKE)} suunnitellusta alusta suunniteltuun loppuun, väri ${
      colour === "status" ? "tilan" : "maakunnan"
    } mukaan.`,
  projectTimelineCapped: "viimeksi alkanutta",

  groupedMetric: (key: string) => METRICS_FI[key] ?? key,
  groupName: (by: string) => GROUP_FI[by] ?? by,
  groupedSummaryTitle: (metrics: readonly string[], by: string) => {
    const byText = BY_FI[by] ?? "ryhmittäin";
    if (metrics.length === 2 && metrics.every((m) => m.startsWith("funding_utilisation"))) {
      return `Julkisen sekä EU- ja valtion rahoituksen käyttöaste ${byText}`;
    }
    return `${metrics.map((m, i) => i === 0 ? METRICS_FI[m] : lowerFirst(METRICS_FI[m] ?? m)).join(" ja ")} ${byText}`;
  },
  /** `granted`: a metric of the chart is measured against the funding granted (EU and state), not a plan. */
  groupedSummarySubtitle: (granted: boolean) =>
    `Painotettu: Σ toteutunut ÷ Σ suunniteltu${granted ? " (EU- ja valtion rahoitus: ÷ Σ myönnetty)" : ""} ` +
    "hankkeista, joilla molemmat luvut. n = hankkeita. Katkoviiva: 100\u00A0%.",
  groupedSummaryInterim: (groups: readonly [string, number][], more: number) =>
    `Mukana käynnissä olevia hankkeita (väliaikaiset luvut): ${groups.map(([g, n]) => `${g} (${n})`).join(", ")}` +
    `${more > 0 ? ` ja ${more === 1 ? "1 muu ryhmä" : `${formatInteger(more, "fi")} muuta ryhmää`}` : ""}.`,
  groupedSummaryDescription: (metrics: readonly string[], groups: number, by: string) =>
    `Painotettu ${metrics.map((m) => lowerFirst(METRICS_FI[m] ?? m)).join(" ja ")} ${BY_FI[by] ?? "ryhmittäin"} ` +
    `(${formatCount(groups, "fi", { one: "ryhmä", other: "ryhmää" })}), kunkin luvun takana olevien hankkeiden ` +
    "määrä ja viiva 100\u00A0%:n kohdalla.",

  /** Where a register chart's projects come from (a title's end): the register's projects of these funds. */
  registerScope: (funds: readonly string[]) => {
    const names = (funds.length > 0 ? funds : ["ESR"]).map((f) => fundName(f, "fi"));
    const last = names.pop()!;
    return `EURA-rekisterin ${names.length > 0 ? `${names.map((f) => `${f}-`).join(", ")} ja ` : ""}${last}-hankkeissa`;
  },
  programmeUtilisationTitle: "Julkisen rahoituksen käyttöasteen jakauma",
  programmeUtilisationSubtitle: (marked: number, clip: number, bars = false, above = 0, implausible = 0) =>
    (marked === 0
      ? ""
      : bars
      ? `Oranssit pylväät: aineiston hankkeet (${formatInteger(marked, "fi")}) samoin luokin; pystyviivat: nimetyt. `
      : `Pystyviivat: aineiston hankkeet (${formatInteger(marked, "fi")}). `) +
    `Yli ${formatPercent(clip, "fi", 0)} viimeisessä pylväässä${PROGRAMME_BEYOND.fi.above(above, implausible)}.`,
  programmeBelowZero: (n: number) => PROGRAMME_BEYOND.fi.below(n, formatPercent(0, "fi", 0)),
  programmeUtilisationDescription: (all: number, marked: number) =>
    `Julkisen rahoituksen käyttöasteen jakauma ${formatInteger(all, "fi")} rekisterin hankkeessa 5\u00A0%:n luokin; ` +
    (marked === 0
      ? "yhtään aineiston hanketta ei ole merkitty."
      : `${formatCount(marked, "fi", { one: "aineiston hanke", other: "aineiston hanketta" })} merkitty.`),
  programmeSelection: (funds: string, n: number) => `${funds}, ${formatCount(n, "fi", HANKE)}`,
  grantedInParts: (median: number) =>
    ` EU- ja valtion rahoituksen käyttöastetta ei piirretä: rekisterin hankkeille myönnetty EU- ja valtion rahoitus on ` +
    `mediaanina vain ${formatPercent(median, "fi", 0)} suunnitellusta julkisesta rahoituksesta, eli tähän asti ` +
    "myönnetty osa, ei koko myöntö (rekisteri on tilannekuva); toteutunut ÷ myönnetty ei siksi ole vertailukelpoinen.",
  programmeUnlisted: (n: number) =>
    ` Aineiston hankkeista ${formatInteger(n, "fi")} ei ole rekisterissä, eikä ${
      n === 1 ? "sitä" : "niitä"
    } ole merkitty.`,
  programmeActive: PROGRAMME_ACTIVE.fi,
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
  participantsPlannedAxis: "Planned participants (persons)",
  participantsActualAxis: "Actual participants (persons)",
  realisation: "Realisation",
  realisationAxis: "Participant realisation (%)",
  womenShare: "Women's share",
  womenShareAxis: "Women's share of participants (%)",
  fundingUtilisation: "Funding utilisation",
  fundingUtilisationAxis: "Public funding utilisation (%)",
  fundingEuStateUtilisationAxis: "EU and state funding utilisation (%)",
  projectCountAxis: "Number of projects",
  corpusProjectCount: "Corpus projects",
  nProjects: "n (projects)",
  fundingPlanned: "Planned public funding",
  fundingGranted: "Granted EU and state funding",
  fundingActual: "Actual public funding",
  fundingActualAxis: "Actual public funding (€)",
  fundingEuStateActual: "Actual EU and state funding",
  costPerParticipant: "Public funding per participant",
  start: "Start",
  end: "End",
  periodAxis: "Planned implementation period",
  metric: "Metric",
  value: "Value",
  groupedAxis: "Weighted rate (%)",
  priorityAxisNumbered: (code: string) => `Priority axis ${code}`,
  priorityAxisThemed: (code: string, theme: string) => `Priority axis ${code}: ${theme}`,

  cappedExtremes: (half: number, total: number) =>
    ` Showing the ${half} highest and ${half} lowest of ${formatInteger(total, "en")} projects.`,
  cappedExtremesFinal: (half: number, final: number, active: number) =>
    (final <= half * 2
      ? ` Showing the ${formatCount(final, "en", PROJECT)} with final figures; `
      : ` Showing the ${half} highest and ${half} lowest of ${formatInteger(final, "en")} projects with final ` +
        "figures; ") + `${formatInteger(active, "en")} active projects (interim figures) left out.`,
  cappedGap: (hidden: number) => `(${formatCount(hidden, "en", PROJECT)} in between)`,
  singleStatus: (status: string) => ` Status of every project shown: ${status.toLowerCase()}.`,
  cappedFirst: (shown: number, which: string, total: number) =>
    ` Showing the ${shown} ${which} of ${formatInteger(total, "en")} projects.`,
  cappedSample: (shown: number, total: number) =>
    ` Showing ${shown} of ${formatInteger(total, "en")} projects: those furthest from the others, the largest ` +
    "and an even sample of the rest.",
  labelledPoints: (labelled: number, total: number) =>
    labelled < total ? ` ${formatInteger(labelled, "en")} of ${formatCount(total, "en", PROJECT)} named.` : "",
  ringedPoints: (labelled: number): string => labelled === 0 ? "" : " The named points are ringed.",

  participantsPlannedVsActualTitle: "Planned and actual participants per project",
  participantsPlannedVsActualSubtitle: (n: number) =>
    `Participants who started, ${formatCount(n, "en", PROJECT)}. Dashed line: actual = planned (100%).`,
  participantsPlannedVsActualDescription: (n: number) =>
    `Planned and actual participants per project (${formatCount(n, "en", PROJECT)} with both figures), ` +
    "with the line where actual equals planned.",

  participantsRealisationTitle: "Participant realisation per project",
  participantsRealisationSubtitle: (n: number) =>
    `Actual ÷ planned participants who started, ${formatCount(n, "en", PROJECT)}. Dashed line: 100%.`,
  participantsRealisationDescription: (n: number, interim = true) =>
    `Participant realisation (actual ÷ planned participants) per project, sorted, ${
      formatCount(n, "en", PROJECT)
    }, with a line at 100%${interim ? "; active projects marked as interim." : "."}`,

  womenShareTitle: "Women's share of participants per project",
  womenShareSubtitle: (n: number, without: number, period: string | null, shown: number | null) =>
    `${formatCount(n, "en", PROJECT)} with a women's split` +
    (without > 0
      ? ` (${formatInteger(without, "en")}${period ? ` of ${periodText(period)}` : ""} ${
        without === 1 ? "has" : "have"
      } none)`
      : "") +
    (shown === null ? "" : `; showing the ${shown} with the largest gap`) + ". Dashed line: 50%.",
  womenShareDescription: (n: number, shown: number | null) =>
    `Women's share of participants, planned and actual, per project (${formatCount(n, "en", PROJECT)} with a ` +
    `women's split${shown === null ? "" : `, the ${shown} with the largest gap shown`}), with a line at 50%.`,

  fundingUtilisationTitlePublic: "Public funding utilisation per project",
  fundingUtilisationTitleEuState: "EU and state funding utilisation per project",
  fundingUtilisationSubtitle: (actual: Measure, planned: Measure, n: number) =>
    `${actual.label} ÷ ${lowerFirst(planned.label)}, ${formatCount(n, "en", PROJECT)}. Dashed line: 100%.`,
  fundingUtilisationDescription: (actual: Measure, planned: Measure, n: number, interim = true) =>
    `Funding utilisation (${lowerFirst(actual.label)} ÷ ${lowerFirst(planned.label)}) per project, sorted, ` +
    `${formatCount(n, "en", PROJECT)}, with a line at 100%${interim ? "; active projects marked as interim." : "."}`,

  fundingVsParticipantsTitle: "Actual public funding and participants per project",
  fundingVsParticipantsSubtitle: (n: number, unlabelled: readonly number[] = []) =>
    `${formatCount(n, "en", PROJECT)}. Dashed lines: equal funding per participant (€ per person)` +
    (unlabelled.length === 0 ? "." : `; from the flattest, ${unlabelled.map((g) => formatEuros(g, "en")).join(", ")}.`),
  fundingVsParticipantsDescription: (n: number, guides: readonly number[]) =>
    `Actual public funding against actual participants per project (${formatCount(n, "en", PROJECT)}), ` +
    `with guide lines at ${guides.map((g) => formatInteger(g, "en")).join(", ")} euros per participant.`,

  projectTimelineTitle: "Planned implementation periods of the projects",
  projectTimelineSubtitle: (n: number, capped: string) =>
    `Planned start and end, ${formatCount(n, "en", PROJECT)}.${capped}`,
  projectTimelineWhy: (n: number, table: string | null) =>
    `: the most recent, as ${formatInteger(n, "en")} bars would not be legible.` +
    (table === null ? "" : ` All ${formatInteger(n, "en")} with their dates: ${table}.`),
  projectTimelineDescription: (n: number, colour: TimelineColour) =>
    `Timeline of ${formatCount(n, "en", PROJECT)} from planned start to planned end, coloured by ${colour}.`,
  projectTimelineCapped: "latest to start",

  groupedMetric: (key: string) => METRICS_EN[key] ?? key,
  groupName: (by: string) => GROUP_EN[by] ?? by,
  groupedSummaryTitle: (metrics: readonly string[], by: string) => {
    const byText = BY_EN[by] ?? "by group";
    if (metrics.length === 2 && metrics.every((m) => m.startsWith("funding_utilisation"))) {
      return `Public and EU and state funding utilisation ${byText}`;
    }
    return `${metrics.map((m, i) => i === 0 ? METRICS_EN[m] : lowerFirst(METRICS_EN[m] ?? m)).join(" and ")} ${byText}`;
  },
  groupedSummarySubtitle: (granted: boolean) =>
    `Weighted: Σ actual ÷ Σ planned${granted ? " (EU and state funding: ÷ Σ granted)" : ""} ` +
    "over the projects with both figures. n = projects. Dashed line: 100%.",
  groupedSummaryInterim: (groups: readonly [string, number][], more: number) =>
    `Includes active projects (interim figures): ${groups.map(([g, n]) => `${g} (${n})`).join(", ")}` +
    `${more > 0 ? ` and ${formatCount(more, "en", { one: "more group", other: "more groups" })}` : ""}.`,
  groupedSummaryDescription: (metrics: readonly string[], groups: number, by: string) =>
    `Weighted ${metrics.map((m) => lowerFirst(METRICS_EN[m] ?? m)).join(" and ")} ${BY_EN[by] ?? "by group"} ` +
    `(${formatCount(groups, "en", { one: "group", other: "groups" })}), with the number of projects behind each ` +
    "figure and a line at 100%.",

  registerScope: (funds: readonly string[]) => {
    const names = (funds.length > 0 ? funds : ["ESR"]).map((f) => fundName(f, "en"));
    const last = names.pop()!;
    return `in the EURA register's ${names.length > 0 ? `${names.join(", ")} and ` : ""}${last} projects`;
  },
  programmeUtilisationTitle: "Distribution of public funding utilisation",
  programmeUtilisationSubtitle: (marked: number, clip: number, bars = false, above = 0, implausible = 0) =>
    (marked === 0
      ? ""
      : bars
      ? `Orange bars: the corpus projects (${formatInteger(marked, "en")}), in the same bins; lines: those named. `
      : `Vertical lines: the corpus projects (${formatInteger(marked, "en")}). `) +
    `Above ${formatPercent(clip, "en", 0)} in the last bar${PROGRAMME_BEYOND.en.above(above, implausible)}.`,
  programmeBelowZero: (n: number) => PROGRAMME_BEYOND.en.below(n, formatPercent(0, "en", 0)),
  programmeUtilisationDescription: (all: number, marked: number) =>
    `Histogram of public funding utilisation over ${formatInteger(all, "en")} register projects in 5% bins` +
    (marked === 0
      ? "; no corpus project is marked."
      : `, with ${formatCount(marked, "en", { one: "corpus project", other: "corpus projects" })} marked.`),
  // The registers' fund codes are Finnish: ESR is the ESF, EAKR the ERDF.
  programmeSelection: (funds: string, n: number) =>
    `${funds.replace(/\bESR\b/g, "ESF").replace(/\bEAKR\b/g, "ERDF")}, ${formatCount(n, "en", PROJECT)}`,
  grantedInParts: (median: number) =>
    ` EU and state funding utilisation is not drawn: the EU and state funding granted to the register's projects is a ` +
    `median ${
      formatPercent(median, "en", 0)
    } of their planned public funding, what was granted so far, not the whole ` +
    "grant (the register is a snapshot); actual ÷ granted is therefore not comparable.",
  programmeUnlisted: (n: number) =>
    ` ${formatCount(n, "en", { one: "corpus project", other: "corpus projects" })} not in the register: not marked.`,
  programmeActive: PROGRAMME_ACTIVE.en,
});

/** The strings of the charts in one language. */
export type ChartText = typeof CHART_TEXT.fi;
