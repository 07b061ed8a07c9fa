/**
 * What every chart shares: language, locale, palette, fonts and sizes.
 *
 * @module
 */
import type { Config } from "vega-lite/build/src/config.js";
import type { Language } from "../i18n/mod.ts";

/** Languages of the labels and number formats. */
export type { Language } from "../i18n/mod.ts";

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

/** Defaults of {@linkcode ChartOptions}, module-wide: Finnish unless a language is passed in. */
export const CHART_DEFAULTS: Required<ChartOptions> = {
  lang: "fi",
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

type Locale = NonNullable<Config["locale"]>;

/** Per language: Vega's number and time locale (`1 234 567 €` and `59,8 %` in Finnish) and the date format of tooltips. */
const LOCALES: Record<Language, { locale: Locale; date: string }> = {
  fi: {
    locale: {
      number: { decimal: ",", thousands: "\u00A0", grouping: [3], currency: ["", "\u00A0€"], percent: "\u00A0%" },
      time: FINNISH_TIME,
    } as Locale,
    date: FINNISH_TIME.date,
  },
  en: {
    locale: {
      number: { decimal: ".", thousands: ",", grouping: [3], currency: ["€", ""], percent: "%" },
    } as Locale,
    date: "%Y-%m-%d",
  },
};

/** Vega number and time locales: `1 234 567 €` and `59,8 %` in Finnish. */
export function localeConfig(lang: Language): Locale {
  return LOCALES[lang].locale;
}

/** The d3 time format of a date in tooltips: `1.8.2008` in Finnish, `2008-08-01` in English. */
export function dateFormat(lang: Language): string {
  return LOCALES[lang].date;
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

/** The options with defaults filled in. */
export function withDefaults(options: ChartOptions = {}): Required<ChartOptions> {
  return { ...CHART_DEFAULTS, ...options };
}
