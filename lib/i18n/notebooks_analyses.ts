/**
 * Every string the analysis notebooks (06 analyses, 07 text search) show,
 * in both languages: each notebook's heading and question, and the
 * sentences that state a result, as functions of the figures computed from
 * the data ("Hankkeita on 4 maakunnassa; eniten: Pohjois-Savo 2").
 * Table captions and method paragraphs are the report's
 * (`analysis_methods.ts`), so the notebooks and the report say the same.
 *
 * Keys: `<notebook>Heading` is a notebook's first cell, the rest the
 * sentences after a chart or table.
 *
 * @module
 */
import { ANALYSIS_TEXT } from "./analysis.ts";
import { formatCount, formatEuros, formatInteger, HANKE, periodText, PROJECT } from "./format.ts";
import { defineMessages } from "./mod.ts";
import { enPct, fiPct } from "./notebook_parts.ts";
import type { GroupFigure } from "./notebook_parts.ts";

/** A group and how many projects it has. */
export interface GroupCount {
  group: string;
  n: number;
}

/** An organisation named in a sentence, and its euros. */
export interface NamedEuros {
  name: string;
  euros: number;
}

/** A cost per result of a group: what the result is, the group, the cost and n. */
export interface CostFigure {
  result: string;
  group: string;
  value: number;
  n: number;
}

/** The most outliers a sentence names; the table lists them all. */
const NAMED = 10;
const fiFigures = (rows: readonly GroupFigure[]) =>
  rows.map((r) => `${r.group} ${fiPct(r.value)} (n = ${formatInteger(r.n, "fi")})`).join(", ");
const enFigures = (rows: readonly GroupFigure[]) =>
  rows.map((r) => `${r.group} ${enPct(r.value)} (n = ${formatInteger(r.n, "en")})`).join(", ");
const fiCounts = (rows: readonly GroupCount[]) => rows.map((r) => `${r.group} ${formatInteger(r.n, "fi")}`).join(", ");
const enCounts = (rows: readonly GroupCount[]) => rows.map((r) => `${r.group} ${formatInteger(r.n, "en")}`).join(", ");

/**
 * The strings of the analysis notebooks.
 *
 * @example Usage
 * ```ts
 * import { ANALYSES_NOTEBOOK_TEXT } from "./notebooks_analyses.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const top = [{ group: "Pohjois-Savo", n: 2 }, { group: "Lappi", n: 1 }];
 * assertEquals(ANALYSES_NOTEBOOK_TEXT.fi.regions(2, top, 0, 0).startsWith("Hankkeita on 2 maakunnassa; eniten: Pohjois-Savo 2, Lappi 1."), true);
 * assertEquals(ANALYSES_NOTEBOOK_TEXT.en.regions(2, [{ group: "North Savo", n: 2 }], 0, 0).startsWith("Projects in 2 regions; most: North Savo 2."), true);
 * ```
 */
export const ANALYSES_NOTEBOOK_TEXT = defineMessages({
  analysesHeading: "# 06 · Analyysit\n\n**Mitkä maakunnat, organisaatiot, alkamisvuodet ja teemat erottuvat, miten " +
    "suhdeluvut jakautuvat ja mitä tulos maksaa?**\n\nAineiston kansion nimeää muuttuja `ESF_CORPUS` (oletus: " +
    "mukana tuleva `data/documents/`) ja kielen `ESF_LANG`. Jokaisessa osassa on taulukko, sen kuvio ja kappale, " +
    "joka kertoo, miten luvut laskettiin; samat taulukot ja kuviot ovat raportissa.",
  corpusLine: (dir: string, files: number, projects: number) =>
    `Aineisto \`${dir}\`: ${formatCount(files, "fi", { one: "tiedosto", other: "tiedostoa" })}, ` +
    `${formatCount(projects, "fi", HANKE)}.`,
  section: (title: string) => `## ${title}`,
  withoutParticipants: (codes: readonly string[]) =>
    codes.length === 0
      ? "Aineistossa ei ole hankkeita ilman henkilöitä: jokainen hanke on mukana osallistujaluvuissa."
      : `${formatCount(codes.length, "fi", HANKE)} ilman henkilöitä (${codes.join(", ")}): ne jäävät pois ` +
        "osallistujaluvuista mutta ovat mukana hankemäärissä ja rahoitusluvuissa.",
  regions: (regions: number, top: readonly GroupCount[], nationwide: number, apart: number) =>
    `Hankkeita on ${formatInteger(regions, "fi")} maakunnassa; eniten: ${fiCounts(top) || "–"}. ` +
    `Valtakunnallisia ${formatCount(nationwide, "fi", HANKE)}, ilman tunnistettua maakuntaa ` +
    `${formatCount(apart, "fi", HANKE)}. Hanke lasketaan jokaiseen nimeämäänsä maakuntaan, joten maakunnat eivät ` +
    "summaudu koko aineistoksi.",
  regionRealisation: (rows: readonly GroupFigure[]) =>
    rows.length === 0
      ? "Yhdessäkään maakunnassa ei ole osallistujien toteutumisastetta."
      : `Osallistujien toteutumisaste maakunnittain, suurimmasta pienimpään: ${fiFigures(rows)}. Tummempi ruutu: ` +
        "suurempi luku; harmaa: ei lukua.",
  beneficiaries: (organisations: number, leads: number, cos: number, top: NamedEuros | null) =>
    `${formatCount(organisations, "fi", { one: "organisaatio", other: "organisaatiota" })}: ` +
    `${formatInteger(leads, "fi")} päätoteuttajana, ${formatInteger(cos, "fi")} osatoteuttajana.` +
    (top
      ? ` Eniten toteutunutta julkista rahoitusta päätoteuttajana: ${top.name} (${formatEuros(top.euros, "fi")}).`
      : "") +
    " Yhteishankkeen rahoitus on koko hankkeen: asiakirjat eivät kerro sen jakoa toteuttajien kesken.",
  startYears: (first: number | null, last: number | null, busiest: readonly number[], most: number, empty: number) =>
    first === null
      ? "Yhdelläkään hankkeella ei ole alkamispäivää."
      : first === last
      ? `${formatCount(most, "fi", HANKE)} alkoi vuonna ${first}, muina vuosina ei yksikään.`
      : `Hankkeet alkoivat vuosina ${first}–${last}; eniten vuonna ${busiest.join(", ")} ` +
        `(${formatCount(most, "fi", HANKE)}). ` +
        `Vuosia ilman yhtään alkanutta hanketta: ${formatInteger(empty, "fi")} (taulukossa nollana, ei poissa).`,
  durations: (rows: readonly GroupFigure[]) =>
    // Each band with its unit, as the chart names it: "12–23 83,4 %" left the reader to guess what 12–23 counts.
    `Osallistujien toteutumisaste suunnitellun keston mukaan: ${
      fiFigures(rows.map((r) => ({ ...r, group: ANALYSIS_TEXT.fi.durationBand(r.group) }))) || "–"
    }.`,
  outliers: (named: readonly string[]) =>
    named.length === 0
      ? "Yksikään päättynyt hanke ei ole Tukeyn rajojen ulkopuolella millään suhdeluvulla."
      : `Tukeyn rajojen ulkopuolella (${formatInteger(named.length, "fi")}): ${named.slice(0, NAMED).join("; ")}` +
        `${named.length > NAMED ? `; muut ${formatInteger(named.length - NAMED, "fi")} taulukossa` : ""}. Ne ovat ` +
        "hankkeita, joihin kannattaa katsoa tarkemmin, eivät virheitä.",
  costs: (rows: readonly CostFigure[], without: readonly string[]) =>
    `Toteutunut julkinen rahoitus tulosta kohden: ${
      rows.map((r) => `${r.result} ${r.group} ${formatEuros(r.value, "fi")} (n = ${formatInteger(r.n, "fi")})`).join(
        ", ",
      ) || "–"
    }.` + (without.length > 0 ? ` Ei kustannusta (0 tulosta tai ei lukua): ${without.join(", ")}.` : "") +
    " Hankekohtaiset kustannukset ovat hanketaulukon sarakkeina (`cost_per_participant` …).",
  themes: (rows: readonly (GroupCount & { period: string })[]) =>
    `Aineiston hankkeet teemoittain: ${
      rows.map((r) => `${r.group} ${periodText(r.period)} ${formatInteger(r.n, "fi")}`).join(", ") || "–"
    }.`,
  registerThemesCaption: "Rekisterien ESR-hankkeet teemoittain ja ohjelmakausittain",
  registerThemes: (rows: readonly (GroupFigure & { period: string })[]) =>
    "Sama vastaavuustaulukko koskee mukana tulevia rekistereitä (molempien kausien ESR-hankkeet, `data/registers/`): " +
    `julkisen rahoituksen käyttöaste ${
      rows.map((r) => `${r.group} ${periodText(r.period)} ${fiPct(r.value)} (n = ${formatInteger(r.n, "fi")})`).join(
        ", ",
      )
    }. Kauden 2014–2020 rekisteri on vuoden 2016 tilanne: sen käyttöasteet ovat varhaisia ja väliaikaisia.`,

  searchHeading: "# 07 · Tekstihaku\n\n**Mitkä hankkeet kirjoittavat teemasta, ja miten ne eroavat muista?**\n\n" +
    "Haun nimeää muuttuja `ESF_SEARCH` (tai muuta `query`-riviä). `nuoret` löytää sanan; `*` sanavartalon perässä " +
    'löytää kaikki päätteet (`nuor*`: nuoret, nuorten, nuorille); `"lainausmerkeissä olevat sanat"` peräkkäin; ' +
    "kaikkien termien on löydyttävä, ellei `OR` erota vaihtoehtoja. Kirjainkoolla ei ole väliä; ä, ö ja å ovat omia " +
    "kirjaimiaan (`maa` ei löydä sanaa `mää`). Haetaan nimestä, tiivistelmästä, kohderyhmistä ja loppuraportista.",
  searchLine: (dir: string, projects: number, query: string) =>
    `Aineisto \`${dir}\`: ${formatCount(projects, "fi", HANKE)}. Haku: \`${query}\`.`,
  searchFound: (found: readonly string[], all: number) =>
    found.length === 0
      ? `Haku ei löytänyt yhtään hanketta (aineistossa ${formatCount(all, "fi", HANKE)}).`
      : `Haku löysi ${formatCount(found.length, "fi", HANKE)} (aineistossa ${formatInteger(all, "fi")}): ` +
        `${found.join(", ")}. Ensimmäinen taulukko näyttää osuman ympäröivine sanoineen, toinen saman tietona ` +
        "(tallennettavissa `nb.saveTable`-funktiolla).",
  searchComparisonCaption: "Haun löytämät hankkeet (kyllä) ja muut (ei) samoilla painotetuilla mittareilla",
  searchComparison: (found: GroupFigure, others: GroupFigure) =>
    `Löydettyjen hankkeiden osallistujien toteutumisaste on ${fiPct(found.value)} (n = ${
      formatInteger(found.n, "fi")
    }), muiden ` +
    `${fiPct(others.value)} (n = ${
      formatInteger(others.n, "fi")
    }). \`found.projects\`, \`found.codes\` ja \`found.flagged\` ` +
    "käyvät jokaiseen muuhun analyysiin.",
  searchMap: (regions: number) =>
    `Kartta laskee vain löydetyt hankkeet: ne ovat ${formatInteger(regions, "fi")} maakunnassa.`,
  searchCostsCaption: "Kustannus tulosta kohden, haun löytämät hankkeet",
}, {
  analysesHeading: "# 06 · Analyses\n\n**Which regions, organisations, start years and themes stand out, how are " +
    "the ratios spread, and what does a result cost?**\n\nThe corpus folder comes from `ESF_CORPUS` (default: the " +
    "shipped `data/documents/`) and the language from `ESF_LANG`. Each section shows a table, its chart and the " +
    "paragraph that says how the figures were made; the report has the same tables and charts.",
  corpusLine: (dir: string, files: number, projects: number) =>
    `Corpus \`${dir}\`: ${formatCount(files, "en", { one: "file", other: "files" })}, ` +
    `${formatCount(projects, "en", PROJECT)}.`,
  section: (title: string) => `## ${title}`,
  withoutParticipants: (codes: readonly string[]) =>
    codes.length === 0
      ? "No project of this corpus is without participants: every project counts in the participant figures."
      : `${formatCount(codes.length, "en", PROJECT)} without participants (${codes.join(", ")}): left out of the ` +
        "participant figures, counted in the numbers of projects and in the funding figures.",
  regions: (regions: number, top: readonly GroupCount[], nationwide: number, apart: number) =>
    `Projects in ${formatCount(regions, "en", { one: "region", other: "regions" })}; most: ${enCounts(top) || "–"}. ` +
    `Nationwide: ${formatCount(nationwide, "en", PROJECT)}; without a recognised region: ` +
    `${formatCount(apart, "en", PROJECT)}. A project counts in each region it names, so the regions do not add ` +
    "up to the whole corpus.",
  regionRealisation: (rows: readonly GroupFigure[]) =>
    rows.length === 0
      ? "No region has a participant realisation."
      : `Participant realisation by region, highest first: ${enFigures(rows)}. A darker tile has a higher figure; ` +
        "a grey one has none.",
  beneficiaries: (organisations: number, leads: number, cos: number, top: NamedEuros | null) =>
    `${formatCount(organisations, "en", { one: "organisation", other: "organisations" })}: ` +
    `${formatInteger(leads, "en")} as lead, ${formatInteger(cos, "en")} as co-implementer.` +
    (top ? ` Most actual public funding as lead: ${top.name} (${formatEuros(top.euros, "en")}).` : "") +
    " The funding of a joint project is the whole project's: the documents do not say how it was shared.",
  startYears: (first: number | null, last: number | null, busiest: readonly number[], most: number, empty: number) =>
    first === null
      ? "No project has a start date."
      : first === last
      ? `${formatCount(most, "en", PROJECT)} started in ${first}, none in any other year.`
      : `The projects started in ${first}–${last}; most in ${busiest.join(", ")} ` +
        `(${formatCount(most, "en", PROJECT)}). ` +
        `Years in which no project started: ${formatInteger(empty, "en")} (shown as 0 in the table, not left out).`,
  durations: (rows: readonly GroupFigure[]) =>
    `Participant realisation by planned duration: ${
      enFigures(rows.map((r) => ({ ...r, group: ANALYSIS_TEXT.en.durationBand(r.group) }))) || "–"
    }.`,
  outliers: (named: readonly string[]) =>
    named.length === 0
      ? "No ended project lies beyond Tukey's fences on any ratio."
      : `Beyond Tukey's fences (${formatInteger(named.length, "en")}): ${named.slice(0, NAMED).join("; ")}` +
        `${named.length > NAMED ? `; the other ${formatInteger(named.length - NAMED, "en")} in the table` : ""}. ` +
        "These are projects " +
        "worth a closer look, not errors.",
  costs: (rows: readonly CostFigure[], without: readonly string[]) =>
    `Actual public funding per result: ${
      rows.map((r) => `${r.result} ${r.group} ${formatEuros(r.value, "en")} (n = ${formatInteger(r.n, "en")})`)
        .join(", ") || "–"
    }.` + (without.length > 0 ? ` No cost (0 results or no figure): ${without.join(", ")}.` : "") +
    " Per project, the costs are columns of the projects table (`cost_per_participant` …).",
  themes: (rows: readonly (GroupCount & { period: string })[]) =>
    `The corpus projects by theme: ${
      rows.map((r) => `${r.group} ${periodText(r.period)} ${formatInteger(r.n, "en")}`).join(", ") || "–"
    }.`,
  registerThemesCaption: "The registers' ESF projects by theme and programme period",
  registerThemes: (rows: readonly (GroupFigure & { period: string })[]) =>
    "The same crosswalk applies to the shipped registers (the ESF projects of both periods, `data/registers/`): " +
    `public funding utilisation ${
      rows.map((r) => `${r.group} ${periodText(r.period)} ${enPct(r.value)} (n = ${formatInteger(r.n, "en")})`).join(
        ", ",
      )
    }. The 2014–2020 register is a 2016 snapshot: its utilisation is early and interim.`,

  searchHeading: "# 07 · Text search\n\n**Which projects write about a theme, and how do they compare with the " +
    "others?**\n\nThe query comes from `ESF_SEARCH` (or edit the `query` line). `nuoret` finds that word; a stem " +
    'with `*` finds every ending (`nuor*`: nuoret, nuorten, nuorille); `"quoted words"` must follow one another; ' +
    "all terms must be found unless `OR` separates alternatives. Case does not matter; ä, ö and å are letters of " +
    "their own (`maa` does not find `mää`). Searched: the name, the summary, the target groups and the final report.",
  searchLine: (dir: string, projects: number, query: string) =>
    `Corpus \`${dir}\`: ${formatCount(projects, "en", PROJECT)}. Search: \`${query}\`.`,
  searchFound: (found: readonly string[], all: number) =>
    found.length === 0
      ? `The search found none of the ${formatCount(all, "en", PROJECT)}.`
      : `The search found ${formatInteger(found.length, "en")} of ${formatCount(all, "en", PROJECT)}: ` +
        `${found.join(", ")}. The first table shows each match with the words around it, the second the same as ` +
        "data (to save with `nb.saveTable`).",
  searchComparisonCaption: "The projects the search found (yes) and the others (no), on the same weighted metrics",
  searchComparison: (found: GroupFigure, others: GroupFigure) =>
    `Participant realisation of the projects found: ${enPct(found.value)} (n = ${
      formatInteger(found.n, "en")
    }); of the others: ` +
    `${enPct(others.value)} (n = ${
      formatInteger(others.n, "en")
    }). \`found.projects\`, \`found.codes\` and \`found.flagged\` feed ` +
    "every other analysis.",
  searchMap: (regions: number) =>
    `The map counts only the projects found: they are in ${formatInteger(regions, "en")} regions.`,
  searchCostsCaption: "Cost per result, the projects the search found",
});
