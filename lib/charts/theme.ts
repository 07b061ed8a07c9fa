/**
 * What every chart shares: language, locale, palette, fonts and sizes.
 *
 * @module
 */
import type { Config } from "vega-lite/build/src/config.js";

/** Languages of the labels and number formats. */
export type Language = "fi" | "en";

/** Options every chart builder takes. */
export interface ChartOptions {
  /**
   * Labels and number formats: Finnish (`1 234 567 €`, `59,8 %`) or English.
   * @default {"fi"}
   */
  lang?: Language;
  /**
   * Width of the plotting area in pixels.
   * @default {480}
   */
  width?: number;
  /**
   * Height of the plotting area in pixels (per-project charts grow with the number of projects).
   * @default {320}
   */
  height?: number;
  /**
   * Most projects a per-project chart draws one by one; beyond it the chart
   * draws a selection (e.g. the highest and the lowest) and says so in its subtitle.
   * @default {40}
   */
  maxProjects?: number;
}

/** The language asked for by `ESF_LANG` (`en` or `fi`), as `deno task report --lang` sets it for notebooks. */
function languageFromEnvironment(): Language {
  try {
    return Deno.env.get("ESF_LANG") === "en" ? "en" : "fi";
  } catch {
    return "fi"; // no permission to read the environment
  }
}

/** Defaults of {@linkcode ChartOptions}, module-wide; `lang` follows `ESF_LANG`, else Finnish. */
export const CHART_DEFAULTS: Required<ChartOptions> = {
  lang: languageFromEnvironment(),
  width: 480,
  height: 320,
  maxProjects: 40,
};

/** Rows per project in horizontal per-project charts, in pixels. */
export const ROW_HEIGHT = 22;

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision
 * deficiencies and of distinct lightness, so they survive grey-scale print.
 */
export const PALETTE = {
  blue: "#0072B2",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  green: "#009E73",
  vermillion: "#D55E00",
  purple: "#CC79A7",
  yellow: "#F0E442",
  black: "#000000",
  grey: "#767676",
} as const;

/** The categorical scheme, in order. */
export const CATEGORY_COLOURS = [
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.vermillion,
  PALETTE.skyBlue,
  PALETTE.purple,
  PALETTE.yellow,
  PALETTE.black,
];

/** The font used in SVG and PNG alike (shipped as TTF by npm `dejavu-fonts-ttf`). */
export const FONT = "DejaVu Sans";

const FINNISH_TIME = {
  dateTime: "%A, %-d. %Bta %Y klo %X",
  date: "%-d.%-m.%Y",
  time: "%H:%M:%S",
  periods: ["a.m.", "p.m."],
  days: ["sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"],
  shortDays: ["su", "ma", "ti", "ke", "to", "pe", "la"],
  months: [
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
  ],
  shortMonths: [
    "tammi",
    "helmi",
    "maalis",
    "huhti",
    "touko",
    "kesä",
    "heinä",
    "elo",
    "syys",
    "loka",
    "marras",
    "joulu",
  ],
};

/** Vega number and time locales: `1 234 567 €` and `59,8 %` in Finnish. */
export function localeConfig(lang: Language): NonNullable<Config["locale"]> {
  if (lang === "en") {
    return {
      number: { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""], percent: "%" },
    } as NonNullable<Config["locale"]>;
  }
  return {
    number: { decimal: ",", thousands: "\u00A0", grouping: [3], currency: ["", "\u00A0€"], percent: "\u00A0%" },
    time: FINNISH_TIME,
  } as NonNullable<Config["locale"]>;
}

/** The config block of every spec. */
export function chartConfig(lang: Language): Config {
  return {
    locale: localeConfig(lang),
    font: FONT,
    background: "white",
    view: { stroke: null },
    range: { category: CATEGORY_COLOURS },
    axis: { labelFontSize: 11, titleFontSize: 12, labelColor: "#222222", titleColor: "#222222", gridColor: "#dddddd" },
    legend: { labelFontSize: 11, titleFontSize: 12, orient: "bottom", labelLimit: 320, symbolStrokeWidth: 0 },
    title: { fontSize: 14, anchor: "start", subtitleFontSize: 11, subtitleColor: "#444444" },
  };
}

/** Number formats (d3-format), read through the locale. */
export const FORMATS = {
  integer: ",.0f",
  euros: "$,.0f",
  percent: ".0%",
  percentOne: ".1%",
} as const;

/** Every label a chart prints, in both languages. */
const LABELS = {
  fi: {
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
    womenSharePlanned: "Naisten osuus, suunniteltu",
    womenShareActual: "Naisten osuus, toteutunut",
    fundingUtilisation: "Rahoituksen käyttöaste",
    fundingEuStateUtilisation: "EU- ja valtion rahoituksen käyttöaste",
    companyRealisation: "Yritysten toteutumisaste",
    projectCount: "Hankkeita",
    programme: "Ohjelma",
    corpus: "Aineiston hanke",
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
    projects: "hankkeita",
    ended: "Päättynyt",
    active: "Käynnissä (väliaikainen luku)",
    interrupted: "Keskeytynyt",
    other: "Muu",
  },
  en: {
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
    womenSharePlanned: "Women's share, planned",
    womenShareActual: "Women's share, actual",
    fundingUtilisation: "Funding utilisation",
    fundingEuStateUtilisation: "EU and state funding utilisation",
    companyRealisation: "Company realisation",
    projectCount: "Projects",
    programme: "Programme",
    corpus: "Corpus project",
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
    projects: "projects",
    ended: "Ended",
    active: "Active (interim figure)",
    interrupted: "Interrupted",
    other: "Other",
  },
} as const;

/** A label's key. */
export type LabelKey = keyof typeof LABELS.fi;

/** The labels of a language. */
export function labels(lang: Language): Record<LabelKey, string> {
  return LABELS[lang];
}

/** The options with defaults filled in. */
export function withDefaults(options: ChartOptions = {}): Required<ChartOptions> {
  return { ...CHART_DEFAULTS, ...options };
}
