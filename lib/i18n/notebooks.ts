/**
 * Every string the notebooks show, in both languages: each notebook's
 * heading and question, table captions, and the sentences that state a
 * result, as functions of the figures computed from the data
 * ("Osallistujatavoitteesta toteutui 72,9 % (n = 3 hanketta)").
 *
 * Keys: `<notebook>Heading` is a notebook's first cell (its title and the
 * question it answers), `…Caption` a table's caption, and the rest the
 * sentences after a chart or table.
 *
 * @module
 */
import {
  formatCount,
  formatDate,
  formatDateSpan,
  formatDecimal,
  formatEuros,
  formatInteger,
  HANKE,
  NOUNS,
} from "./format.ts";
import { periodText, PROJECT } from "./format.ts";
import { defineMessages } from "./mod.ts";
import { REGISTER_INTERIM } from "./register_interim.ts";
import { CROSS_CHECK_TEXT } from "./notebook_cross_check.ts";
import { PROGRAMME_SECTIONS } from "./charts.ts";
import {
  type Both,
  checkList,
  enGroups,
  enPct,
  fiGroups,
  fiPct,
  type GroupFigure,
  type NamedValue,
  spreadPoints,
  unsectioned,
} from "./notebook_parts.ts";

/**
 * The strings of the notebooks.
 *
 * @example Usage
 * ```ts
 * import { NOTEBOOK_TEXT } from "./notebooks.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const both = { actual: 283, planned: 388, ratio: 283 / 388, n: 3 };
 * assertEquals(NOTEBOOK_TEXT.fi.realisation(both, 2).startsWith("Osallistujatavoitteesta toteutui 72,9\u00A0% (n = 3 hanketta)"), true);
 * assertEquals(NOTEBOOK_TEXT.en.realisation(both, 2).startsWith("72.9% of the participant target was realised (n = 3 projects)"), true);
 * ```
 */
export const NOTEBOOK_TEXT = defineMessages({
  skipped: "Ohitettu",
  moreRows: (hidden: number, all: number) =>
    `… ${formatInteger(hidden, "fi")} riviä lisää (kaikkiaan ${formatInteger(all, "fi")})`,
  corpusLine: (dir: string, files: number, projects: number) =>
    `Aineisto \`${dir}\`: ${formatCount(files, "fi", { one: "tiedosto", other: "tiedostoa" })}, ` +
    `${formatCount(projects, "fi", HANKE)}. Kansio tulee ympäristömuuttujasta \`ESF_CORPUS\`; ilman sitä ` +
    "luetaan mukana tuleva `data/documents/`.",

  overviewHeading: "# 01 · Aineiston yleiskuva\n\n**Mitä asiakirjoja aineistossa on – mitkä ohjelmakaudet, " +
    "maakunnat ja tilat – ja mitä ei voitu lukea?**",
  filesCaption: "Jokainen syötetiedosto ja mitä siitä tuli",
  files: (projects: number, duplicates: number, errors: number) =>
    `Jokainen tiedosto on tilitetty: ${formatCount(projects, "fi", HANKE)}, ` +
    `${formatCount(duplicates, "fi", { one: "kaksoiskappale", other: "kaksoiskappaletta" })} ja ` +
    `${formatCount(errors, "fi", { one: "tiedosto", other: "tiedostoa" })} ilman hanketta.`,
  periodsCaption: "Hankkeet ohjelmakausittain, rahastoittain ja tiloittain",
  periods: (periods: readonly { group: string; n: number }[], active: number) =>
    `${periods.map((p) => `${p.group}: ${formatCount(p.n, "fi", HANKE)}`).join("; ")}. ` +
    (active === 0
      ? "Yksikään hanke ei ole käynnissä: kaikki luvut ovat lopullisia."
      : `Käynnissä ${formatCount(active, "fi", HANKE)}: ${active === 1 ? "sen" : "niiden"} toteutuneet luvut ovat ` +
        "väliaikaisia, ja seuraavat muistikirjat merkitsevät ne erikseen tai jättävät pois."),
  regionsCaption: "Hankkeet maakunnittain",
  regions: (regions: number, top: readonly { group: string; n: number }[]) =>
    `${formatCount(regions, "fi", { one: "maakunta", other: "maakuntaa" })}; eniten hankkeita: ` +
    `${top.map((r) => `${r.group} (${formatInteger(r.n, "fi")})`).join(", ")}. Hanke voi toimia useassa ` +
    "maakunnassa, joten luvut voivat olla yhteensä enemmän kuin hankkeita.",
  timeline: (n: number, firstStart: string, lastStart: string, lastEnd: string) =>
    `${formatCount(n, "fi", HANKE)} alkoi ${formatDateSpan(firstStart, lastStart, "fi")}; ` +
    `viimeinen päättyy ${formatDate(lastEnd, "fi")}. Päällekkäiset palkit ovat samaan aikaan toimineita hankkeita.`,
  errorsCaption: "Tiedostot, joista ei saatu hanketta",
  errors: (n: number) =>
    n === 0
      ? "Jokaisesta tiedostosta saatiin hanke. Luettujen asiakirjojen aukot ovat muistikirjassa `04-data-quality`."
      : `${formatCount(n, "fi", { one: "tiedostosta", other: "tiedostosta" })} ei saatu hanketta; kukin rivi ` +
        "kertoo syyn (tyhjä, binääritiedosto, liian suuri tai ei hankekuvaus).",

  participantsHeading: "# 02 · Osallistujat\n\n**Aloittiko hankkeissa niin monta osallistujaa kuin suunniteltiin, " +
    "ja kuinka moni heistä oli naisia?**",
  realisation: (both: Both, lacking: number) =>
    `Osallistujatavoitteesta toteutui ${fiPct(both.ratio)} (n = ${formatCount(both.n, "fi", HANKE)}): ` +
    `${formatInteger(both.actual, "fi")} aloittanutta ${formatInteger(both.planned, "fi")} suunnitellusta.` +
    (lacking > 0 ? ` ${formatInteger(lacking, "fi")} hankkeelta puuttuu suunniteltu tai toteutunut luku.` : ""),
  realisationRange: (low: NamedValue, high: NamedValue) =>
    low.label === high.label
      ? `Toteutumisaste on laskettavissa vain yhdelle hankkeelle: ${low.label} ${fiPct(low.value)}.`
      : `Pienin toteutumisaste: ${low.label} ${fiPct(low.value)}; suurin: ${high.label} ${fiPct(high.value)}.`,
  plannedVsActual: (below: number, above: number, met: number) =>
    `Suunnitelmaansa jäi alle ${formatCount(below, "fi", HANKE)}, sen ylitti ${formatCount(above, "fi", HANKE)}` +
    `${met > 0 ? ` ja sen saavutti täsmälleen ${formatCount(met, "fi", HANKE)}` : ""}.`,
  participantsByPeriodCaption: "Osallistujat ohjelmakausittain",
  participantsByPeriod: (rows: readonly GroupFigure[]) =>
    `Painotettu toteutumisaste (Σ toteutuneet ÷ Σ suunnitellut): ${fiGroups(rows)}. Painotus antaa suurille ` +
    "hankkeille enemmän painoa; hankkeiden mediaani kertoo tyypillisen hankkeen ja n, kuinka monen hankkeen varassa " +
    "luku on.",
  womenShare: (planned: number | null, actual: number | null, n: number, without: number) =>
    `Naisten osuus oli suunnitelmissa ${fiPct(planned)} ja toteutui ${fiPct(actual)} ` +
    `(painotettu, n = ${formatCount(n, "fi", HANKE)}).` +
    (without > 0 ? ` ${formatInteger(without, "fi")} hankkeelta sukupuolijako puuttuu.` : ""),
  womenByPeriodCaption: "Naisten osuus ohjelmakausittain (painotettu)",
  womenByPeriod: (rows: readonly GroupFigure[]) =>
    `Toteutunut naisten osuus: ${fiGroups(rows)}. Kausi, jonka n on 0, ei kerro sukupuolijakoa (2014–2020-pohjassa ` +
    "sitä ei ole): osuus on tuntematon, ei nolla.",
  periodSummary: (participants: readonly GroupFigure[], funding: readonly GroupFigure[]) =>
    `Ohjelmakausittain: ${
      participants.map((p, i) =>
        `${p.group} osallistujat ${fiPct(p.value)}, julkinen rahoitus ${fiPct(funding[i]?.value ?? null)}`
      ).join("; ")
    }. Pylvään luku kertoo, kuinka monen hankkeen varassa se on.`,

  fundingHeading: "# 03 · Rahoitus\n\n**Kuinka suuren osan suunnitellusta ja myönnetystä rahoituksesta hankkeet " +
    "käyttivät, ja mitä osallistuja maksoi?**",
  utilisation: (ended: Both, active: Both) =>
    `Päättyneet ja keskeytyneet hankkeet käyttivät ${formatInteger(ended.actual, "fi")} euroa ` +
    `${formatInteger(ended.planned, "fi")} eurosta suunniteltua julkista rahoitusta ` +
    `(${fiPct(ended.ratio)}, n = ${formatCount(ended.n, "fi", HANKE)}).` +
    (active.n === 0
      ? ""
      : active.n === 1
      ? ` Käynnissä oleva hanke on käyttänyt toistaiseksi ${fiPct(active.ratio)} (väliaikainen luku).`
      : ` Käynnissä olevat ${formatCount(active.n, "fi", HANKE)} ovat käyttäneet toistaiseksi ${
        fiPct(active.ratio)
      } (väliaikainen luku).`),
  euStateUtilisation: (ended: Both) =>
    `Myönnetystä EU- ja valtion rahoituksesta päättyneet ja keskeytyneet hankkeet käyttivät ${fiPct(ended.ratio)} ` +
    `(n = ${formatCount(ended.n, "fi", HANKE)}). Jos tämä poikkeaa julkisen rahoituksen käyttöasteesta, ` +
    "kansallinen tai muu julkinen osuus käytettiin eri asteella.",
  costPerParticipant: (weighted: number | null, n: number) =>
    `Julkinen rahoitus osallistujaa kohden oli painotettuna ${formatEuros(weighted, "fi")} ` +
    `(Σ toteutunut julkinen rahoitus ÷ Σ toteutuneet osallistujat, n = ${formatCount(n, "fi", HANKE)}).`,
  costRange: (high: NamedValue, low: NamedValue) =>
    (low.label === high.label
      ? `Rahoitus osallistujaa kohden on laskettavissa vain yhdelle hankkeelle: ${low.label} `
      : `Eniten osallistujaa kohden: ${high.label} ${formatEuros(high.value, "fi")}; vähiten: ${low.label} `) +
    `${formatEuros(low.value, "fi")}. Korkea hinta ei sinänsä ole virhe: palveluja kehittävät tai henkilöstöä ` +
    "kouluttavat hankkeet tavoittavat suoraan vähän osallistujia.",
  costsCaption: "Rahoitus osallistujaa kohden (toteutunut julkinen rahoitus ÷ toteutuneet osallistujat, €)",
  fundingByPeriodCaption: "Rahoitus ohjelmakausittain, käynnissä olevat erikseen",
  fundingByPeriod: (ended: readonly GroupFigure[], active: readonly GroupFigure[]) =>
    `Julkisen rahoituksen käyttöaste, päättyneet ja keskeytyneet: ${fiGroups(ended)}` +
    (active.length > 0 ? `; käynnissä (väliaikainen): ${fiGroups(active)}` : "") +
    ". Käynnissä olevat on pidetty erillään, jotta niiden kesken oleva käyttö ei painaisi päättyneiden lukua.",

  qualityHeading: "# 04 · Tietojen laatu\n\n**Kuinka paljon lukuihin voi luottaa: mitä ei voitu lukea, mitkä arvot " +
    "näyttävät epäilyttäviltä ja mistä kukin luku on peräisin?** Missä kuvaukset ja viralliset hankeluettelot " +
    "antavat eri luvun, näyttää muistikirja 05 (ne eivät ole lukuvirheitä).",
  diagnosticCountsCaption: "Diagnostiikka tasoittain ja koodeittain",
  diagnosticCounts: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "Ei virheitä eikä varoituksia: jokainen tiedosto luettiin kokonaan."
      : `Virheitä ${formatInteger(errors, "fi")} (tiedosto ei tuottanut hanketta tai hankkeen koodi puuttuu), ` +
        `varoituksia ${formatInteger(warnings, "fi")} (aukko säilytetyssä hankkeessa: arvo on tyhjä, ei arvaus).`,
  diagnosticsCaption: "Kaikki diagnostiikka",
  diagnostics: (n: number, files: number) =>
    n === 0
      ? "Luettelo on tyhjä."
      : `${formatCount(n, "fi", NOUNS.merkinta)} ${formatInteger(files, "fi")} tiedostossa; kukin nimeää ` +
        "tiedoston ja, kun voi, rivin, jolta asiakirja avataan.",
  suspiciousCaption: "Tarkistettavat arvot",
  suspicious: (values: number, projects: number, checks: readonly { group: string; n: number }[]) =>
    checks.length === 0
      ? "Ei tarkistettavia arvoja."
      : `${formatCount(values, "fi", NOUNS.tarkistettavaArvo)} ${formatInteger(projects, "fi")} hankkeessa: ` +
        `${checkList(checks, "fi")}. Tarkista kukin asiakirjasta annetulta riviltä.`,
  originsCaption: "Mistä avainluvut ovat peräisin",
  origins: (read: number, missing: number) =>
    `${formatCount(read, "fi", NOUNS.avainluku)} on luettu asiakirjoista taulukon nimeämältä riviltä, joten raportin ` +
    `jokaisen luvun voi jäljittää asiakirjaansa; ${formatInteger(missing, "fi")} puuttuu asiakirjoista ja on tyhjä.`,

  programmeHeading: "# 05 · Ohjelmakonteksti\n\n**Missä aineiston hankkeet ovat koko ohjelmassa, ja vastaavatko " +
    "niiden asiakirjat virallista rekisteriä?**\n\nRekisteri on virallinen EURA-hankeluettelo (CSV, kuten " +
    "rakennerahastot.fi sen julkaisee). Oletuksena kutakin asiakirjaa verrataan oman ohjelmakautensa mukana " +
    "toimitettuun rekisteriin (`data/registers/`); ympäristömuuttuja `ESF_REGISTER` nimeää toisen luettelon, ja " +
    "`ESF_REGISTER=none` jättää vertailun pois, jolloin tämä muistikirja kertoo sen ja ohittaa jokaisen vaiheen.",
  programmeCorpusLine: (dir: string, projects: number) => `Aineisto \`${dir}\`: ${formatCount(projects, "fi", HANKE)}.`,
  registerLine: (file: string, period: string, registered: number, unreadable: number) =>
    `Rekisteri \`${file}\` (${periodText(period)}): ` +
    `${formatCount(registered, "fi", HANKE)}, lukukelvottomia arvoja ${formatInteger(unreadable, "fi")} ` +
    "(rikkinäisten rivien arvot ovat tyhjiä, eivät arvauksia).",
  noRegister: "ESF_REGISTER=none: ei rekisteriä, johon verrata.",
  crossCheck: CROSS_CHECK_TEXT.fi,
  disagreementsCaption: (period: string) =>
    `Missä asiakirjat ja rekisteri (${periodText(period)}) ovat eri mieltä, ja mitä rekisteristä ei voitu lukea`,
  programmePosition: (low: number | null, high: number | null, median: number | null, marked: number) =>
    marked === 0
      ? `Yhtään aineiston hanketta ei ole rekisterissä; ohjelman hankkeiden mediaanikäyttöaste on ${fiPct(median)}.`
      : `Aineiston ${formatCount(marked, "fi", HANKE)} käytti ` +
        (marked === 1
          ? `${fiPct(low)} suunnitellusta julkisesta rahoituksestaan`
          : `${formatDecimal((low ?? 0) * 100, "fi")}–${fiPct(high)} suunnitellusta julkisesta rahoituksesta`) +
        `; ohjelman kaikkien hankkeiden mediaani on ${fiPct(median)}.`,
  themed: (n: number, fund: string, filter: string, covered: number) =>
    `${formatCount(n, "fi", HANKE)} (${fund}), joiden nimessä on "${filter}"; aineisto kattaa niistä ` +
    `${formatInteger(covered, "fi")}. Nimisuodatin on parametri: vaihda \`NAME_FILTER\` seurataksesi toista teemaa.`,
  themedCaption: (filter: string, period: string) => `Hankkeet, joiden nimessä on "${filter}" (${periodText(period)})`,
  programmeGroups: (sections: readonly GroupFigure[], axes: readonly GroupFigure[]) =>
    `Painotettu julkisen rahoituksen käyttöaste osioittain: ${
      unsectioned(sections) ? "rekisterissä ei ole osioita" : fiGroups(sections)
    }; toimintalinjoittain: ` +
    `${fiGroups(axes.map((a) => ({ ...a, group: `toimintalinja ${a.group}` })))}. ` +
    `Toimintalinjojen suurin ero on ${spreadPoints(axes)} prosenttiyksikköä; pienen n:n lukua liikuttaa yksikin hanke.`,
  statusCaption: (period: string) => `Hankkeet tiloittain osuuksineen (${periodText(period)})`,
  interruptedBase: (interrupted: number, share: number | null, active: number, all: number) =>
    active * 2 >= all && all > 0
      ? `Keskeytyneitä on ${formatInteger(interrupted, "fi")} (${fiPct(share)}), mutta ` +
        `${active === all ? "kaikki hankkeet ovat" : "suurin osa hankkeista on"} vielä käynnissä: osuus on ` +
        "väliaikainen, eikä se ole ohjelman perustaso."
      : `Keskeytyneitä on ${formatInteger(interrupted, "fi")} (${fiPct(share)}): ohjelman perustaso, johon ` +
        "keskeytynyttä aineiston hanketta voi verrata.",
  registerInterim: REGISTER_INTERIM.fi,
}, {
  skipped: "Skipped",
  moreRows: (hidden: number, all: number) =>
    `… ${formatInteger(hidden, "en")} more rows (${formatInteger(all, "en")} in all)`,
  corpusLine: (dir: string, files: number, projects: number) =>
    `Corpus \`${dir}\`: ${formatCount(files, "en", { one: "file", other: "files" })}, ` +
    `${formatCount(projects, "en", PROJECT)}. The folder comes from the environment variable \`ESF_CORPUS\`; ` +
    "without it, the shipped `data/documents/` is read.",

  overviewHeading: "# 01 · Corpus overview\n\n**Which documents does this corpus hold — which programme periods, " +
    "regions and statuses — and what could not be read?**",
  filesCaption: "Every input file and what became of it",
  files: (projects: number, duplicates: number, errors: number) =>
    `Every file is accounted for: ${formatCount(projects, "en", PROJECT)}, ` +
    `${formatCount(duplicates, "en", { one: "duplicate", other: "duplicates" })} and ` +
    `${formatCount(errors, "en", { one: "file", other: "files" })} without a project.`,
  periodsCaption: "Projects by programme period, fund and status",
  periods: (periods: readonly { group: string; n: number }[], active: number) =>
    `${periods.map((p) => `${p.group}: ${formatCount(p.n, "en", PROJECT)}`).join("; ")}. ` +
    (active === 0
      ? "No project is active: every figure is final."
      : `${formatCount(active, "en", PROJECT)} active: ${active === 1 ? "its" : "their"} actual figures are ` +
        "interim, and the later notebooks mark them apart or leave them out."),
  regionsCaption: "Projects by region",
  regions: (regions: number, top: readonly { group: string; n: number }[]) =>
    `${formatCount(regions, "en", { one: "region", other: "regions" })}; most projects: ` +
    `${top.map((r) => `${r.group} (${formatInteger(r.n, "en")})`).join(", ")}. A project can cover several ` +
    "regions, so the counts can add up to more than the projects.",
  timeline: (n: number, firstStart: string, lastStart: string, lastEnd: string) =>
    `${n === 1 ? "The project" : `The ${formatCount(n, "en", PROJECT)}`} started ` +
    `${formatDateSpan(firstStart, lastStart, "en")}; the last ends on ${formatDate(lastEnd, "en")}. Overlapping ` +
    "bars are projects that ran at the same time.",
  errorsCaption: "Files that yielded no project",
  errors: (n: number) =>
    n === 0
      ? "Every file yielded a project. Gaps in the documents that were read are in `04-data-quality`."
      : `${formatCount(n, "en", { one: "file", other: "files" })} yielded no project; each row says why (empty, ` +
        "binary, too large or not a project description).",

  participantsHeading: "# 02 · Participants\n\n**Did the projects start as many participants as they planned, and " +
    "how many of them were women?**",
  realisation: (both: Both, lacking: number) =>
    `${enPct(both.ratio)} of the participant target was realised (n = ${formatCount(both.n, "en", PROJECT)}): ` +
    `${formatInteger(both.actual, "en")} started against ${formatInteger(both.planned, "en")} planned.` +
    (lacking > 0 ? ` ${formatCount(lacking, "en", PROJECT)} lack a planned or an actual figure.` : ""),
  realisationRange: (low: NamedValue, high: NamedValue) =>
    low.label === high.label
      ? `The realisation can be worked out for one project only: ${low.label} ${enPct(low.value)}.`
      : `Lowest realisation: ${low.label} ${enPct(low.value)}; highest: ${high.label} ${enPct(high.value)}.`,
  plannedVsActual: (below: number, above: number, met: number) =>
    `${formatCount(below, "en", PROJECT)} fell short of their plan, ${formatCount(above, "en", PROJECT)} exceeded ` +
    `it${met > 0 ? ` and ${formatCount(met, "en", PROJECT)} met it exactly` : ""}.`,
  participantsByPeriodCaption: "Participants by programme period",
  participantsByPeriod: (rows: readonly GroupFigure[]) =>
    `Weighted realisation (Σ actual ÷ Σ planned): ${enGroups(rows)}. Weighting gives large projects more weight; ` +
    "the median of the projects is the typical project, and n says how many projects a figure rests on.",
  womenShare: (planned: number | null, actual: number | null, n: number, without: number) =>
    `Women were ${enPct(planned)} of the planned and ${enPct(actual)} of the actual participants ` +
    `(weighted, n = ${formatCount(n, "en", PROJECT)}).` +
    (without > 0 ? ` ${formatCount(without, "en", PROJECT)} have no women's split.` : ""),
  womenByPeriodCaption: "Women's share by programme period (weighted)",
  womenByPeriod: (rows: readonly GroupFigure[]) =>
    `Actual women's share: ${enGroups(rows)}. A period whose n is 0 has no women's split (the 2014–2020 template ` +
    "has none): its share is unknown, not zero.",
  periodSummary: (participants: readonly GroupFigure[], funding: readonly GroupFigure[]) =>
    `By programme period: ${
      participants.map((p, i) =>
        `${p.group} participants ${enPct(p.value)}, public funding ${enPct(funding[i]?.value ?? null)}`
      ).join("; ")
    }. Each bar's label says how many projects it rests on.`,

  fundingHeading: "# 03 · Funding\n\n**How much of their planned and granted funding did the projects use, and " +
    "what did a participant cost?**",
  utilisation: (ended: Both, active: Both) =>
    `The ended and interrupted projects used ${formatEuros(ended.actual, "en")} of ${
      formatEuros(ended.planned, "en")
    } planned ` +
    `public funding (${enPct(ended.ratio)}, n = ${formatCount(ended.n, "en", PROJECT)}).` +
    (active.n === 0
      ? ""
      : ` The ${formatCount(active.n, "en", { one: "active project has", other: "active projects have" })} used ` +
        `${enPct(active.ratio)} so far (an interim figure).`),
  euStateUtilisation: (ended: Both) =>
    `Of the EU and state funding granted, the ended and interrupted projects used ${enPct(ended.ratio)} ` +
    `(n = ${formatCount(ended.n, "en", PROJECT)}). Where this differs from the public funding utilisation, the ` +
    "national or other public share was used at another rate.",
  costPerParticipant: (weighted: number | null, n: number) =>
    `Public funding per participant was ${formatEuros(weighted, "en")} weighted ` +
    `(Σ actual public funding ÷ Σ actual participants, n = ${formatCount(n, "en", PROJECT)}).`,
  costRange: (high: NamedValue, low: NamedValue) =>
    (low.label === high.label
      ? `The cost per participant can be worked out for one project only: ${low.label} `
      : `Highest per participant: ${high.label} ${formatEuros(high.value, "en")}; lowest: ${low.label} `) +
    `${formatEuros(low.value, "en")}. A high cost is not in itself a fault: projects that develop services or ` +
    "train staff reach few participants directly.",
  costsCaption: "Cost per participant (actual public funding ÷ actual participants, €)",
  fundingByPeriodCaption: "Funding by programme period, active projects apart",
  fundingByPeriod: (ended: readonly GroupFigure[], active: readonly GroupFigure[]) =>
    `Public funding utilisation, ended and interrupted: ${enGroups(ended)}` +
    (active.length > 0 ? `; active (interim): ${enGroups(active)}` : "") +
    ". Active projects are kept apart so that their unfinished spending does not pull down the ended ones.",

  qualityHeading: "# 04 · Data quality\n\n**How far can the figures be trusted: what could not be read, which " +
    "values look suspicious, and where does each figure come from?** Where the documents and the official project " +
    "lists give different figures, notebook 05 shows (they are not reading problems).",
  diagnosticCountsCaption: "Diagnostics by level and code",
  diagnosticCounts: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "No errors and no warnings: every file was read in full."
      : `${formatCount(errors, "en", NOUNS.error)} (a file yielded no project or lost its code), ` +
        `${formatCount(warnings, "en", NOUNS.warning)} (a gap in a kept project: the value is null, not a guess).`,
  diagnosticsCaption: "Every diagnostic",
  diagnostics: (n: number, files: number) =>
    n === 0
      ? "The list is empty."
      : `${formatCount(n, "en", NOUNS.diagnostic)} in ${formatCount(files, "en", NOUNS.file)}; ` +
        "each names the file and, where it can, the line to open in the document.",
  suspiciousCaption: "Values to check",
  suspicious: (values: number, projects: number, checks: readonly { group: string; n: number }[]) =>
    checks.length === 0 ? "No value to check." : `${formatCount(values, "en", NOUNS.valueToCheck)} in ` +
      `${formatCount(projects, "en", PROJECT)}: ${checkList(checks, "en")}. ` +
      "Check each against its document at the line given.",
  originsCaption: "Where the key figures come from",
  origins: (read: number, missing: number) =>
    `${formatCount(read, "en", NOUNS.keyFigureWas)} read from the documents at ` +
    "the line the table names, so any number in a report can be traced to its document; " +
    (missing === 1
      ? "1 is not printed in its document and is null."
      : `${formatInteger(missing, "en")} are not printed in their documents and are null.`),

  programmeHeading: "# 05 · Programme context\n\n**Where do the corpus projects stand in the whole programme, and " +
    "do their documents agree with the official register?**\n\nThe register is the official EURA project list " +
    "(CSV, as published on rakennerahastot.fi). By default each document is compared with the shipped register of " +
    "its own period (`data/registers/`); the environment variable `ESF_REGISTER` names another list, and " +
    "`ESF_REGISTER=none` turns the comparison off, so that this notebook says so and skips each step.",
  programmeCorpusLine: (dir: string, projects: number) => `Corpus \`${dir}\`: ${formatCount(projects, "en", PROJECT)}.`,
  registerLine: (file: string, period: string, registered: number, unreadable: number) =>
    `Register \`${file}\` (${periodText(period)}): ` +
    `${formatCount(registered, "en", PROJECT)}, ${formatInteger(unreadable, "en")} unreadable values (the values ` +
    "of broken rows are null, not guesses).",
  noRegister: "ESF_REGISTER=none: no register to compare with.",
  crossCheck: CROSS_CHECK_TEXT.en,
  disagreementsCaption: (period: string) =>
    `Where the documents and the register (${periodText(period)}) disagree, and what the register could not read`,
  programmePosition: (low: number | null, high: number | null, median: number | null, marked: number) =>
    marked === 0
      ? `No corpus project is in the register; the programme's projects used a median ${enPct(median)}.`
      : `The ${formatCount(marked, "en", { one: "corpus project", other: "corpus projects" })} used ` +
        (marked === 1 ? `${enPct(low)} of its` : `${enPct(low)} to ${enPct(high)} of their`) +
        ` planned public funding; the median over all the programme's projects is ${enPct(median)}.`,
  themed: (n: number, fund: string, filter: string, covered: number) =>
    `${formatCount(n, "en", PROJECT)} (${fund}) have "${filter}" in their name; the corpus covers ` +
    `${formatInteger(covered, "en")} of them. The name filter is a parameter: change \`NAME_FILTER\` to follow ` +
    "another theme.",
  themedCaption: (filter: string, period: string) => `Projects with "${filter}" in their name (${periodText(period)})`,
  programmeGroups: (sections: readonly GroupFigure[], axes: readonly GroupFigure[]) =>
    `Weighted public funding utilisation by programme section: ${
      unsectioned(sections) ? "the register has no sections" : enGroups(sections, PROGRAMME_SECTIONS.en)
    }; by priority axis: ` +
    `${enGroups(axes.map((a) => ({ ...a, group: `axis ${a.group}` })))}. ` +
    `The axes differ by up to ${spreadPoints(axes)} percentage points; a figure of a small n moves with one project.`,
  statusCaption: (period: string) => `Projects by status, with their share (${periodText(period)})`,
  interruptedBase: (interrupted: number, share: number | null, active: number, all: number) =>
    `${formatCount(interrupted, "en", PROJECT)} ${interrupted === 1 ? "was" : "were"} interrupted (${enPct(share)})` +
    (active * 2 >= all && all > 0
      ? `, but ${active === all ? "all" : "most"} projects are still active: the share is interim, not the ` +
        "programme's base rate."
      : ": the programme's base rate, against which an interrupted corpus project can be judged."),
  registerInterim: REGISTER_INTERIM.en,
});
