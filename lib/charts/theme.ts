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
   * The width the chart is printed at: `full` the text width of an A4 report
   * (16 cm), `half` half of it (8 cm, two side by side). The chart is laid
   * out to fill exactly that width; each builder has its own default.
   */
  printWidth?: PrintWidth;
  /**
   * Height of the plotting area in pixels (per-project charts grow with the number of projects).
   * @default {300}
   */
  height?: number;
  /**
   * Most projects a per-project chart draws one by one; beyond it the chart
   * draws a selection (e.g. the highest and the lowest) and says so in its subtitle.
   * 30 rows print 21 cm tall at 16 cm wide: the chart fits a page of the Word
   * report with its caption (40 printed 26.8 cm, taller than the page).
   * @default {30}
   */
  maxProjects?: number;
}

/** Defaults of {@linkcode ChartOptions}, module-wide: Finnish unless a language is passed in. */
export const CHART_DEFAULTS: Required<ChartOptions> = {
  lang: "fi",
  printWidth: "full",
  height: 300,
  maxProjects: 30,
};

/** Rows per project in horizontal per-project charts, in pixels. */
export const ROW_HEIGHT = 22;

/** The widths a chart is printed at. */
export type PrintWidth = "full" | "half";

/**
 * Each print width: its size on paper and the width of the chart's layout in
 * SVG pixels (96 per inch, as browsers show them). The SVG declares the
 * paper size (`width="16cm"`), the PNG is drawn at 300 dpi for it (16 cm =
 * 1 890 px).
 */
export const PRINT_WIDTHS: Record<PrintWidth, { cm: number; px: number }> = {
  full: { cm: 16, px: 605 },
  half: { cm: 8, px: 302 },
};

/** Dots per inch of the PNGs. */
export const PRINT_DPI = 300;

/**
 * Font sizes in SVG pixels: 11 px prints at 8.25 pt at either print width
 * (16 cm for 605 px), the smallest size a report's figures use.
 */
export const FONT_SIZES = { text: 11, title: 14 } as const;

/** Pixels of white around the drawing, on every side. */
export const PADDING = 4;

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

/**
 * The font family every text of an SVG names: DejaVu Sans where it is
 * installed (Linux, Inkscape, the PNGs), else Verdana, whose widths are close
 * to it (Word and browsers on Windows and macOS), else Arial.
 */
export const FONT_FAMILY = `${FONT}, Verdana, Arial, sans-serif`;

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
    date: "%-d %b %Y",
  },
};

/** Vega number and time locales: `1 234 567 €` and `59,8 %` in Finnish. */
export function localeConfig(lang: Language): Locale {
  return LOCALES[lang].locale;
}

/** The d3 time format of a date in tooltips: `1.8.2008` in Finnish, `1 Aug 2008` in English. */
export function dateFormat(lang: Language): string {
  return LOCALES[lang].date;
}

/**
 * The config block of every spec: the font, sizes of at least 8 pt in print,
 * no truncated label (`labelLimit: 0`; builders shorten names themselves),
 * and no ARIA texts, which Vega writes in English whatever the language
 * (the description says what the chart shows).
 */
export function chartConfig(lang: Language): Config {
  const text = FONT_SIZES.text;
  return {
    locale: localeConfig(lang),
    font: FONT_FAMILY,
    background: "white",
    aria: false,
    view: { stroke: null },
    range: { category: CATEGORY_COLOURS },
    axis: {
      labelFontSize: text,
      titleFontSize: text,
      labelColor: "#222222",
      titleColor: "#222222",
      gridColor: "#dddddd",
      labelLimit: 0,
      titleLimit: 0,
      labelOverlap: true,
      labelSeparation: 6,
    },
    legend: {
      labelFontSize: text,
      titleFontSize: text,
      orient: "bottom",
      direction: "horizontal",
      labelLimit: 0,
      titleLimit: 0,
      symbolStrokeWidth: 0,
    },
    title: {
      fontSize: FONT_SIZES.title,
      anchor: "start",
      frame: "bounds",
      subtitleFontSize: text,
      subtitleColor: "#444444",
      limit: 0,
    },
    text: { fontSize: text },
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
