/**
 * The titles, table captions and method paragraphs of the analyses, in
 * both languages: what each table holds and how its figures were made,
 * for the report, its Word document and the notebooks.
 *
 * Keys: `<analysis>Title`, `<analysis>Caption`, `<analysis>Method`.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";
import { formatCount, formatInteger } from "./format.ts";

const fi = (n: number) => formatInteger(n, "fi");
const en = (n: number) => formatInteger(n, "en");

const hankkeita = (n: number) => `${n} ${n === 1 ? "hanke" : "hanketta"}`;
const projects = (n: number) => `${n} ${n === 1 ? "project" : "projects"}`;

/**
 * The analyses' titles, captions and methods.
 *
 * @example Usage
 * ```ts
 * import { ANALYSIS_METHODS } from "./analysis_methods.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(ANALYSIS_METHODS.en.withoutParticipantsCaption(1), "Projects without participants: 1 project");
 * assertEquals(ANALYSIS_METHODS.fi.outliersCounted(0), "Tukeyn rajojen ulkopuolella olevat hankkeet: 0 hanketta");
 * assertEquals(
 *   ANALYSIS_METHODS.en.outliersCounted(38, 45),
 *   "Projects beyond Tukey's fences: 38 projects, 45 values (a project can be beyond them in several metrics)",
 * );
 * ```
 */
export const ANALYSIS_METHODS = defineMessages({
  withoutParticipantsTitle: "Hankkeet ilman henkilöitä",
  withoutParticipantsCaption: (n: number) => `Hankkeet, joissa ei ole henkilöitä mukana: ${hankkeita(n)}`,
  withoutParticipantsMethod: (n: number) =>
    "Osallistujamittarit (aloittaneet henkilöt, naiset, toteutumisaste, naisten osuus, kustannus osallistujaa ja " +
    "naisosallistujaa kohden) jättävät pois hankkeet, joiden projektityyppi on ”Projekti, jossa ei ole henkilöitä " +
    `mukana” (${hankkeita(n)}); ne ovat mukana hankemäärissä ja rahoitusluvuissa. 2014–2020-pohjassa ei ole ` +
    "projektityyppiä, joten sen hankkeet ovat mukana.",

  regionsTitle: "Maakunnat",
  regionsCaption: "Hankkeet ja mittarit maakunnittain, valtakunnalliset ja tunnistamattomat erikseen",
  regionsMethod:
    "Maakuntien nimet yhtenäistetään Tilastokeskuksen maakuntaluokituksen mukaisiksi: ruotsinkieliset ja englanninkieliset " +
    "nimet, vanhat nimet (Itä-Uusimaa on Uusimaata 2011 alkaen), kirjainkoko ja välilyönnit; ELY-keskus tai " +
    "maakuntaliitto luetaan nimensä maakunnaksi (Hämeen ELY-keskus: Kanta- ja Päijät-Häme; Kaakkois-Suomen: " +
    "Kymenlaakso ja Etelä-Karjala). Hanke lasketaan jokaiseen nimeämäänsä maakuntaan, joten maakuntien luvut eivät " +
    "summaudu koko aineistoksi (sarake ”Joista myös muissa maakunnissa” kertoo, montako maakunnan hankkeista on myös muualla). Hanke, joka sanoo " +
    "olevansa koko Suomen tai nimeää kaikki Manner-Suomen maakunnat, on valtakunnallinen ja näytetään erikseen. " +
    "Ahvenanmaa on kartalla, vaikka sillä oli oma rakennerahasto-ohjelmansa; nimi, jota ei tunnisteta, jää omalle " +
    "rivilleen sellaisenaan.",

  beneficiariesTitle: "Tuensaajat",
  beneficiariesCaption: (n: number) =>
    `Organisaatiot päätoteuttajana ja osatoteuttajana: ${
      formatCount(n, "fi", { one: "organisaatio", other: "organisaatiota" })
    }`,
  beneficiariesMethod:
    "Organisaatio tunnistetaan Y-tunnuksesta (välilyönnit pois, kuusinumeroinen täydennetään etunollalla, " +
    "tarkistusnumero tarkistetaan); ilman Y-tunnusta nimestä (kirjainkoko, välilyönnit, r.y./ry). Nimi ilman " +
    "Y-tunnusta yhdistetään organisaatioon, jolla sama nimi ja yksi Y-tunnus muualla. Päätoteuttajana: hankkeiden " +
    "rahoitus ja osallistujat. Osatoteuttajana (2014–2020): koko yhteishankkeen luvut, koska organisaation osuutta " +
    "ei ilmoiteta.",

  startYearTitle: "Alkamisvuodet",
  startYearCaption: "Mittarit suunnitellun alkamisvuoden mukaan, jokainen vuosi ensimmäisestä viimeiseen",
  durationTitle: "Suunniteltu kesto",
  durationCaption: "Mittarit suunnitellun keston mukaan (kuukautta)",
  cohortsMethod: "Alkamisvuosi on suunnitelman mukaisen toteutusajan alku. Kesto on täysiä kalenterikuukausia alusta " +
    "päättymistä seuraavaan päivään (1.1.2011–28.2.2015 on 50 kuukautta); luokat 0–11, 12–23, 24–35 ja 36+ " +
    "kuukautta. Vuosi tai luokka ilman hankkeita näytetään nollana; hanke ilman päivämääriä omalla rivillään, samoin " +
    "hanke, jonka alkamispäivä on ohjelmakautensa vuosien ulkopuolella (kirjoitusvirhe?): sillä ei ole alkamisvuotta; " +
    "kestoa ei ole hankkeella, jonka alkamis- tai päättymispäivä on niiden ulkopuolella.",

  distributionsTitle: "Jakaumat ja poikkeavat hankkeet",
  distributionsCaption: "Suhdelukujen jakaumat: kvartiilit, Tukeyn rajat ja poikkeavien määrä",
  outliersCaption: "Tukeyn rajojen ulkopuolella olevat hankkeet",
  outliersCounted: (n: number, values = n) =>
    `Tukeyn rajojen ulkopuolella olevat hankkeet: ${hankkeita(n)}` +
    (values === n ? "" : `, ${values} arvoa (hanke voi olla rajojen ulkopuolella usealla mittarilla)`),
  distributionsMethod:
    "Kvartiilit lineaarisella interpoloinnilla (tyyppi 7); Tukeyn rajat ovat 1,5 kvartiiliväliä alakvartiilin alla " +
    "ja yläkvartiilin yllä, ja niiden ulkopuolinen hanke on poikkeava. Käynnissä olevat hankkeet jätetään pois " +
    "(luvut väliaikaisia); hankkeet ilman henkilöitä eivät ole osallistujaluvuissa. Poikkeava ei ole virhe: se on " +
    "hanke, johon kannattaa katsoa tarkemmin.",

  costsTitle: "Kustannus tulosta kohden",
  costsCaption: "Toteutunut julkinen rahoitus tulosta kohden ohjelmakausittain",
  costsMethod:
    "Kustannus tulosta kohden = Σ toteutunut julkinen rahoitus ÷ Σ tulokset hankkeista, joilla molemmat luvut ja " +
    "vähintään yksi tulos; n on näiden hankkeiden määrä ja mediaani hankekohtaisista kustannuksista. Hankkeella, " +
    "jolla on 0 tulosta, ei ole kustannusta tulosta kohden (tyhjä, ei 0 eikä ääretön); sarake ”Hankkeita, joilla 0 tulosta” kertoo niiden " +
    "määrän. Uudet työpaikat, yritykset ja tutkinnot ovat vain 2007–2013-pohjassa, osallistuvat yritykset vain " +
    "2014–2020-pohjassa. Koko rahoitus jaetaan kullekin tulokselle erikseen, joten kustannuksia ei voi laskea yhteen.",

  themesTitle: "Ohjelmakaudet rinnakkain",
  themesCaption: "Mittarit teemoittain ja ohjelmakausittain",
  crosswalkCaption: "Toimintalinjojen ja erityistavoitteiden teemat",
  themesMethod:
    "Toimintalinjat (2007–2013: Manner-Suomen ESR-ohjelman toimintalinjat 1–5; 2014–2020: Kestävää kasvua ja työtä " +
    "-ohjelman ESR-toimintalinjat 3, 4, 5 ja 7 sekä erityistavoitteet) yhdistetään yhteisiin teemoihin taulukon " +
    "mukaan. Erityistavoite ratkaisee, kun se on taulukossa, muuten toimintalinja. EAKR-hankkeet ja tuntemattomat " +
    "toimintalinjat ovat ilman teemaa. 2007–2013 toimintalinja 2 sisältää myös syrjäytymisen ehkäisyn, mutta on " +
    "teemassa Työllisyys.",

  sectionTitle: "Analyysit",
  sectionIntro: "Maakunnat, tuensaajat, alkamisvuodet ja kestot, jakaumat, kustannus tulosta kohden ja ohjelmakaudet " +
    "rinnakkain. Kunkin taulukon koko sisältö on sen tiedostoissa; menetelmät ovat menetelmäosassa.",
  methodHeading: "Analyysien menetelmät",
  shownPart: (columns: number, allColumns: number, rows: number, allRows: number) =>
    `Tässä näkyy sarakkeita ${fi(columns)}/${fi(allColumns)} ja rivejä ${fi(rows)}/${fi(allRows)}; kaikki ovat ` +
    "taulukon tiedostoissa.",
  interimMarked: (mark: string) =>
    `${mark} Merkityssä luvussa on mukana käynnissä olevien hankkeiden väliaikaisia lukuja.`,
}, {
  withoutParticipantsTitle: "Projects without participants",
  withoutParticipantsCaption: (n: number) => `Projects without participants: ${projects(n)}`,
  withoutParticipantsMethod: (n: number) =>
    "Participant metrics (participants who started, women, realisation, women's share, cost per participant and per " +
    "woman participant) leave out the projects whose project type, in the 2007–2013 template, says that no persons " +
    `take part (projects without participants; ${projects(n)}); they count in the numbers of projects and in the ` +
    "funding figures. The " +
    "2014–2020 template prints no project type, so its projects are included.",

  regionsTitle: "Regions",
  regionsCaption: "Projects and metrics by region, nationwide and unrecognised apart",
  regionsMethod:
    "Region names are normalised to Statistics Finland's classification of regions: Swedish and English names, " +
    "older names (Itä-Uusimaa is part of Uusimaa since 2011), case and spacing; an ELY centre or a regional council " +
    "counts as the region it is named after (Hämeen ELY-keskus: Kanta-Häme and Päijät-Häme; Kaakkois-Suomen: " +
    "Kymenlaakso and South Karelia). A project counts in each region it names, so the regions do not add up to the " +
    "whole (the column “Of which also in other regions” says how many of a region's projects are also elsewhere). A project that says it covers all " +
    "of Finland, or names every mainland region, is nationwide and shown apart. Åland is on the map although it " +
    "had a structural-funds programme of its own; a name that is not recognised keeps a row of its own, as printed.",

  beneficiariesTitle: "Beneficiaries",
  beneficiariesCaption: (n: number) =>
    `Organisations as lead and as co-implementer: ${
      formatCount(n, "en", { one: "organisation", other: "organisations" })
    }`,
  beneficiariesMethod:
    "An organisation is known by its business ID (Y-tunnus; spaces removed, a six-digit ID padded with a leading " +
    "zero, the check digit checked), without one by its name (case, spacing, r.y./ry). A name without an ID joins " +
    "the organisation that has the same name and a single ID elsewhere. As lead: its projects' funding and " +
    "participants. As co-implementer (2014–2020): the whole joint project's figures, since an organisation's share " +
    "is not printed.",

  startYearTitle: "Start years",
  startYearCaption: "Metrics by planned start year, every year from the first to the last",
  durationTitle: "Planned duration",
  durationCaption: "Metrics by planned duration (months)",
  cohortsMethod:
    "The start year is the start of the planned implementation period. The duration is whole calendar months " +
    "from the start to the day after the end (1 Jan 2011–28 Feb 2015 is 50 months); bands of 0–11, 12–23, 24–35 and 36+ " +
    "months. A year or band without projects shows 0; a project without dates has a row of its own, and so has one " +
    "whose start lies outside its programme's years (a typing error?): it has no start year; nor has a project whose " +
    "start or end lies outside them a duration.",

  distributionsTitle: "Distributions and outliers",
  distributionsCaption: "Distributions of the ratios: quartiles, Tukey's fences and the number of outliers",
  outliersCaption: "Projects beyond Tukey's fences",
  outliersCounted: (n: number, values = n) =>
    `Projects beyond Tukey's fences: ${projects(n)}` +
    (values === n ? "" : `, ${values} values (a project can be beyond them in several metrics)`),
  distributionsMethod:
    "Quartiles by linear interpolation (type 7); Tukey's fences lie 1.5 interquartile ranges below the first and " +
    "above the third quartile, and a project beyond them is an outlier. Active projects are left out (interim " +
    "figures); projects without participants are not in participant figures. An outlier is not an error: it is a " +
    "project worth a closer look.",

  costsTitle: "Cost per result",
  costsCaption: "Actual public funding per result by programme period",
  costsMethod:
    "Cost per result = Σ actual public funding ÷ Σ results over the projects with both figures and at least one " +
    "result; n is the number of those projects and the median that of their project costs. A project with 0 " +
    "results has no cost per result (empty, never 0 or infinite); the column “Projects with 0 results” counts them. New jobs, enterprises " +
    "and degrees are in the 2007–2013 template only, participating companies in the 2014–2020 template only. The " +
    "whole funding is divided by each result separately, so the costs do not add up.",

  themesTitle: "The programme periods side by side",
  themesCaption: "Metrics by theme and programme period",
  crosswalkCaption: "The themes of the priority axes and specific objectives",
  themesMethod:
    "Priority axes (2007–2013: axes 1–5 of the Mainland Finland ESF programme; 2014–2020: ESF axes 3, 4, 5 and 7 " +
    "and the specific objectives of Sustainable growth and jobs) are mapped to common themes by the table. A " +
    "specific objective decides when the table lists it, else the axis. ERDF projects and unknown axes have no " +
    "theme. Axis 2 of 2007–2013 also covers preventing exclusion but is in the theme Employment.",

  sectionTitle: "Analyses",
  sectionIntro: "Regions, beneficiaries, start years and durations, distributions, cost per result and the programme " +
    "periods side by side. Each table is whole in its files; the methods are in the method section.",
  methodHeading: "Methods of the analyses",
  shownPart: (columns: number, allColumns: number, rows: number, allRows: number) =>
    `Here ${en(columns)} of ${en(allColumns)} columns and ${en(rows)} of ${en(allRows)} ` +
    `${allRows === 1 ? "row" : "rows"}; all of them are in the table's files.`,
  interimMarked: (mark: string) => `${mark} A figure so marked includes active projects' interim figures.`,
});
