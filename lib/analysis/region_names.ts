/**
 * Finland's regions (maakunnat) and how the names documents print are
 * recognised: the region codes of Statistics Finland's classification
 * (MK01 Uusimaa … MK19 Lappi, MK21 Ahvenanmaa), the Finnish and Swedish
 * names, older names, ELY-centre areas, nationwide wording, and each
 * region's tile on the tile-grid map.
 *
 * Sources: Statistics Finland, classification of regions (maakunnat; codes
 * and Finnish and Swedish names); Itä-Uusimaa (MK20) merged into Uusimaa on
 * 1.1.2011; the areas of the 15 ELY centres.
 *
 * @module
 */
import { foldDashes } from "../parse/dashes.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";

/** A region: its code, its Finnish (canonical) and Swedish names, and its tile on the map (column, row). */
export interface Region {
  code: RegionCode;
  fi: string;
  sv: string;
  /** The Finnish genitive, as in "Pohjois-Savon liitto" or "Pohjois-Savon ELY-keskus". */
  genitive: string;
  /** Column of its tile, 0 = west. */
  col: number;
  /** Row of its tile, 0 = north. */
  row: number;
}

/** The region codes of Statistics Finland (MK03 and MK20 are no longer in use). */
export const REGION_CODES = [
  "MK01",
  "MK02",
  "MK04",
  "MK05",
  "MK06",
  "MK07",
  "MK08",
  "MK09",
  "MK10",
  "MK11",
  "MK12",
  "MK13",
  "MK14",
  "MK15",
  "MK16",
  "MK17",
  "MK18",
  "MK19",
  "MK21",
] as const;
/** A region's code. */
export type RegionCode = typeof REGION_CODES[number];

/**
 * The 19 regions: the 18 of Mainland Finland and Ahvenanmaa (Åland). The
 * tiles keep the country's shape: Lappi alone at the top, the west coast
 * in the first columns, the eastern border in the last, Ahvenanmaa off the
 * south-west corner.
 *
 * ```
 *        0    1    2    3    4
 *   0              LA        (nationwide)
 *   1              PP   KA
 *   2         KP   KS   PS   PK
 *   3    PO   EP   PI   PH   ES
 *   4         SA   KH   KY   EK
 *   5    AH   VS   UU
 * ```
 */
export const REGIONS: readonly Region[] = [
  { code: "MK01", fi: "Uusimaa", sv: "Nyland", genitive: "Uudenmaan", col: 2, row: 5 },
  { code: "MK02", fi: "Varsinais-Suomi", sv: "Egentliga Finland", genitive: "Varsinais-Suomen", col: 1, row: 5 },
  { code: "MK04", fi: "Satakunta", sv: "Satakunta", genitive: "Satakunnan", col: 1, row: 4 },
  { code: "MK05", fi: "Kanta-Häme", sv: "Egentliga Tavastland", genitive: "Kanta-Hämeen", col: 2, row: 4 },
  { code: "MK06", fi: "Pirkanmaa", sv: "Birkaland", genitive: "Pirkanmaan", col: 2, row: 3 },
  { code: "MK07", fi: "Päijät-Häme", sv: "Päijänne-Tavastland", genitive: "Päijät-Hämeen", col: 3, row: 3 },
  { code: "MK08", fi: "Kymenlaakso", sv: "Kymmenedalen", genitive: "Kymenlaakson", col: 3, row: 4 },
  { code: "MK09", fi: "Etelä-Karjala", sv: "Södra Karelen", genitive: "Etelä-Karjalan", col: 4, row: 4 },
  { code: "MK10", fi: "Etelä-Savo", sv: "Södra Savolax", genitive: "Etelä-Savon", col: 4, row: 3 },
  { code: "MK11", fi: "Pohjois-Savo", sv: "Norra Savolax", genitive: "Pohjois-Savon", col: 3, row: 2 },
  { code: "MK12", fi: "Pohjois-Karjala", sv: "Norra Karelen", genitive: "Pohjois-Karjalan", col: 4, row: 2 },
  { code: "MK13", fi: "Keski-Suomi", sv: "Mellersta Finland", genitive: "Keski-Suomen", col: 2, row: 2 },
  { code: "MK14", fi: "Etelä-Pohjanmaa", sv: "Södra Österbotten", genitive: "Etelä-Pohjanmaan", col: 1, row: 3 },
  { code: "MK15", fi: "Pohjanmaa", sv: "Österbotten", genitive: "Pohjanmaan", col: 0, row: 3 },
  { code: "MK16", fi: "Keski-Pohjanmaa", sv: "Mellersta Österbotten", genitive: "Keski-Pohjanmaan", col: 1, row: 2 },
  { code: "MK17", fi: "Pohjois-Pohjanmaa", sv: "Norra Österbotten", genitive: "Pohjois-Pohjanmaan", col: 2, row: 1 },
  { code: "MK18", fi: "Kainuu", sv: "Kajanaland", genitive: "Kainuun", col: 3, row: 1 },
  { code: "MK19", fi: "Lappi", sv: "Lappland", genitive: "Lapin", col: 2, row: 0 },
  { code: "MK21", fi: "Ahvenanmaa", sv: "Åland", genitive: "Ahvenanmaan", col: 0, row: 5 },
];

/** The tile of the nationwide projects, shown apart in the empty north-east corner. */
export const NATIONWIDE_TILE = { col: 4, row: 0 } as const;

/** The mainland regions: a project naming every one of them is nationwide. */
export const MAINLAND_CODES: readonly RegionCode[] = REGION_CODES.filter((code) => code !== "MK21");

/**
 * Older and other names of a region, as documents may print them. Itä-Uusimaa
 * (Östra Nyland, MK20) merged into Uusimaa on 1.1.2011; English names as
 * Statistics Finland writes them.
 */
const OTHER_NAMES: Record<RegionCode, readonly string[]> = {
  MK01: ["Itä-Uusimaa", "Östra Nyland", "Eastern Uusimaa", "Helsinki-Uusimaa"],
  MK02: ["Southwest Finland", "Finland Proper"],
  MK04: [],
  MK05: ["Tavastia Proper"],
  MK06: [],
  MK07: ["Päijänne Tavastia"],
  MK08: [],
  MK09: ["South Karelia"],
  MK10: ["South Savo"],
  MK11: ["North Savo"],
  MK12: ["North Karelia"],
  MK13: ["Central Finland"],
  MK14: ["South Ostrobothnia"],
  MK15: ["Ostrobothnia"],
  MK16: ["Central Ostrobothnia"],
  MK17: ["North Ostrobothnia"],
  MK18: [],
  MK19: ["Lapland"],
  MK21: ["Landskapet Åland", "Aland"],
};

/**
 * ELY centres (elinkeino-, liikenne- ja ympäristökeskus) whose area is not
 * one region of the same name: the regions it is taken to cover. Every
 * other ELY centre is taken as the region its name bears ("Pohjois-Savon
 * ELY-keskus" = Pohjois-Savo).
 */
const ELY_AREAS: Record<string, readonly RegionCode[]> = {
  "hämeen": ["MK05", "MK07"],
  "kaakkois-suomen": ["MK08", "MK09"],
};

/** Wordings that mean the whole country (or all of Mainland Finland). */
const NATIONWIDE = [
  "koko suomi",
  "koko maa",
  "koko manner-suomi",
  "manner-suomi",
  "valtakunnallinen",
  "valtakunnallinen hanke",
  "koko maan kattava",
  "hela finland",
  "hela landet",
  "fastlandsfinland",
  "riksomfattande",
  "nationwide",
  "whole country",
  "all of finland",
  "mainland finland",
];

/** A name as it is compared: NFC, lower case, dashes as "-" ("Pohjois – Savo" as "pohjois-savo"), spaces as one. */
export function nameKey(name: string): string {
  return foldDashes(name.normalize("NFC").toLocaleLowerCase("fi"))
    .replace(/\s+-\s*/g, "-")
    .replace(/[\s\u00A0]+/g, " ")
    .replace(/[.;:,]+$/, "")
    .trim();
}

/** Either spelling of a two-part name: with a dash or with a space ("Pohjois Savo"). */
const spellings = (name: string) => [nameKey(name), nameKey(name).replaceAll("-", " ")];

const BY_NAME = new Map<string, RegionCode>();
const BY_GENITIVE = new Map<string, readonly RegionCode[]>();
for (const region of REGIONS) {
  for (const name of [region.fi, region.sv, ...OTHER_NAMES[region.code]]) {
    for (const key of spellings(name)) BY_NAME.set(key, region.code);
  }
  for (const key of spellings(region.genitive)) BY_GENITIVE.set(key, [region.code]);
}
BY_GENITIVE.set("itä-uudenmaan", ["MK01"]);
const NATIONWIDE_KEYS = new Set(NATIONWIDE.flatMap(spellings));

/** What a printed region name was recognised as. */
export type RecognisedArea =
  | { kind: "regions"; codes: readonly RegionCode[] }
  | { kind: "nationwide" }
  | { kind: "unrecognised" };

/** An organisation after a genitive: "Pohjois-Savon liitto", "Lapin maakunta", "Hämeen ELY-keskus" (or TE-keskus). */
const AFTER_GENITIVE =
  /^(.+?) (?:(maakunta|maakunnan liitto|maakuntaliitto|liitto)|(ely-keskus|ely|elinkeino-, liikenne- ja ympäristökeskus|te-keskus))$/;

/**
 * Recognises one printed region name: a region (by its Finnish, Swedish,
 * older or English name, case and spacing aside), a regional council's or
 * an ELY centre's area ("Hämeen liitto" = Kanta-Häme, whose council bears
 * that name; "Hämeen ELY-keskus" = Kanta-Häme and Päijät-Häme), the whole
 * country, or nothing.
 *
 * @example Usage
 * ```ts
 * import { recogniseRegion } from "./region_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(recogniseRegion("Itä-Uusimaa"), { kind: "regions", codes: ["MK01"] });
 * assertEquals(recogniseRegion(" norra  savolax "), { kind: "regions", codes: ["MK11"] });
 * assertEquals(recogniseRegion("Hämeen ELY-keskus"), { kind: "regions", codes: ["MK05", "MK07"] });
 * assertEquals(recogniseRegion("koko Suomi"), { kind: "nationwide" });
 * assertEquals(recogniseRegion("Karjala"), { kind: "unrecognised" });
 * ```
 */
export function recogniseRegion(printed: string): RecognisedArea {
  const key = nameKey(printed);
  if (NATIONWIDE_KEYS.has(key)) return { kind: "nationwide" };
  const code = BY_NAME.get(key);
  if (code) return { kind: "regions", codes: [code] };
  const [, genitive, council, ely] = key.match(AFTER_GENITIVE) ?? [];
  if (genitive === undefined) return { kind: "unrecognised" };
  const codes = (ely && ELY_AREAS[genitive]) || (council && genitive === "hämeen" ? ["MK05" as const] : undefined) ||
    BY_GENITIVE.get(genitive);
  return codes ? { kind: "regions", codes } : { kind: "unrecognised" };
}

/** A project's area: the regions it counts in, or nationwide, and the names that were not recognised. */
export interface ProjectArea {
  /** The regions, each once, in code order; empty for a nationwide project. */
  codes: RegionCode[];
  nationwide: boolean;
  /** Printed names that are no region, as printed. */
  unrecognised: string[];
}

/**
 * A project's area from its printed region list: nationwide when a name
 * says so or the list names every mainland region (it is then counted in
 * no single region); else each recognised region once.
 *
 * @example Usage
 * ```ts
 * import { projectArea } from "./region_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(projectArea(["Pohjois-Savo", "Nyland", "Pohjois-Savo"]), { codes: ["MK01", "MK11"], nationwide: false, unrecognised: [] });
 * assertEquals(projectArea(["Koko Suomi"]), { codes: [], nationwide: true, unrecognised: [] });
 * ```
 */
export function projectArea(printed: readonly string[]): ProjectArea {
  const codes = new Set<RegionCode>();
  const unrecognised: string[] = [];
  let nationwide = false;
  for (const name of printed) {
    const area = recogniseRegion(name);
    if (area.kind === "nationwide") nationwide = true;
    else if (area.kind === "regions") area.codes.forEach((code) => codes.add(code));
    else if (name.trim() !== "" && !unrecognised.includes(name.trim())) unrecognised.push(name.trim());
  }
  nationwide ||= MAINLAND_CODES.every((code) => codes.has(code));
  return { codes: nationwide ? [] : REGION_CODES.filter((code) => codes.has(code)), nationwide, unrecognised };
}

/**
 * A project's regions as `summarise` groups them, each once: a region's Finnish name however printed (Swedish,
 * older, other case: see `projectArea`), `koko Suomi` for the whole country (said, or every mainland region listed),
 * a name not recognised as printed.
 *
 * @example Usage
 * ```ts
 * import { regionGroups } from "./region_names.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(regionGroups(["Norra Savolax", "pohjois-savo", "Karjala"]), ["Pohjois-Savo", "Karjala"]);
 * ```
 */
export function regionGroups(printed: readonly string[] | null): string[] {
  const area = projectArea(printed ?? []);
  const names = ANALYSIS_NAMES.fi;
  return [...area.codes.map(names.region), ...area.nationwide ? [names.nationwide] : [], ...area.unrecognised];
}
