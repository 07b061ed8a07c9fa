/**
 * What `deno task parse` prints in the terminal, in both languages: its help,
 * its command-line mistakes, the summary of a run and how a run ended. The
 * terminal speaks the language `--lang` names (English by default).
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** `n` and its noun, in the number it takes: `1 tiedosto`, `2 tiedostoa`; `1 file`, `2 files`. */
const counted = (one: string, other: string) => (n: number) => `${n} ${n === 1 ? one : other}`;
const FI = {
  files: counted("tiedosto", "tiedostoa"),
  projects: counted("hanke", "hanketta"),
  duplicates: counted("kaksoiskappale", "kaksoiskappaletta"),
  unreadable: counted("lukukelvoton", "lukukelvotonta"),
  errors: counted("virhe", "virhettä"),
  warnings: counted("varoitus", "varoitusta"),
};
const EN = {
  files: counted("file", "files"),
  projects: counted("project", "projects"),
  duplicates: counted("duplicate", "duplicates"),
  unreadable: (n: number) => `${n} unreadable`,
  errors: counted("error", "errors"),
  warnings: counted("warning", "warnings"),
};

/** The parse command's words. */
export const PARSE_CLI = defineMessages({
  format: "ndjson, json, csv tai parquet; ilman tätä luettava taulukko",
  out: "kirjoita rivit tiedostoon TIEDOSTO vakiotulosteen sijaan (parquet tarvitsee tämän)",
  diagnostics: "kirjoita jokainen diagnostiikkamerkintä tiedostoon TIEDOSTO ndjson-muodossa " +
    "{file, line, level, code, message, project_code}; viestit --lang-kielellä",
  contacts: "kirjoita henkilöiden yhteystiedot (henkilötietoja) tiedostoon TIEDOSTO ndjson-muodossa; muuten niitä " +
    "ei kirjoiteta mihinkään",
  "keep-contact-text":
    "säilytä vapaista teksteistä löytyvät sähköpostiosoitteet, puhelinnumerot ja roolin vieressä olevat " +
    "henkilöiden nimet (muuten ne korvataan merkinnällä)",
  "without-texts": "jätä pois kuusi pitkää vapaata tekstiä (kohderyhmät, tiivistelmät, suunnitelmat): mikään luku ei " +
    "tarvitse niitä, ja jäsentäminen vie vähemmän aikaa ja muistia",
  cache: "säilytä kunkin asiakirjan jäsennys välimuistissa (esf-toolkit/parse hakemistossa $XDG_CACHE_HOME tai " +
    "~/.cache, vain sinun avattavissasi, sillä siinä on asiakirjojen yhteystiedot ja tekstit): uusi ajo jäsentää vain " +
    "uudet ja muuttuneet asiakirjat",
  force: "korvaa jo olemassa olevat tulostiedostot (muuten ne säilytetään ja ajo pysähtyy)",
  strict: "poistu koodilla 1, jos jostain tiedostosta tuli virhe",
  lang: "kieli, jolla komento kirjoittaa päätteeseen ja diagnostiikkaviesteihin (oletus: en)",
  help: "näytä tämä ohje",
  about: "Jäsentää EURA-hankekuvaukset (tiedostot sekä kansiot, joista luetaan alikansioineen *.txt-, *.html-,\n" +
    "*.htm- ja *.pdf-tiedostot) riveiksi, hanke rivillään. Komento kirjoittaa päätteeseen --lang-kielellä\n" +
    "(oletus englanti).",
  unknownFormat: (format: string, formats: string) => `Tuntematon muoto "${format}": käytä jotakin näistä: ${formats}.`,
  parquetNeedsOut: "Parquet on binäärimuoto: anna tulostiedosto valitsimella --out TIEDOSTO.",
  noPath: "POLKU puuttuu: anna jäsennettävät tiedostot tai kansiot.",
  noSuchPath: (path: string) => `Tiedostoa tai kansiota ei löydy: ${path}`,
  sameFile: (one: string, other: string, path: string) =>
    `--${one} ja --${other} viittaavat samaan tiedostoon ${path}: anna kummallekin oma tiedosto.`,
  isFolder: (flag: string, path: string) => `--${flag} ${path} on kansio: anna tiedosto.`,
  exists: (flag: string, path: string) =>
    `--${flag} ${path} on jo olemassa: anna uusi tiedosto tai korvaa se lisäämällä --force.`,
  levels: (level: string) =>
    ({ error: "virhe", warning: "varoitus", info: "huomio" } as Record<string, string>)[level] ?? level,
  moreDiagnostics: (n: number) =>
    `… ja ${n} muuta diagnostiikkamerkintää (kirjoita kaikki tiedostoon valitsimella --diagnostics TIEDOSTO).`,
  summary: (
    files: number,
    projects: number,
    duplicates: number,
    unreadable: number,
    errors: number,
    warnings: number,
  ) =>
    `${FI.files(files)}: ${FI.projects(projects)}, ${FI.duplicates(duplicates)}, ${FI.unreadable(unreadable)}; ` +
    `${FI.errors(errors)}, ${FI.warnings(warnings)}.`,
  noProjects: (paths: string) => `hankekuvauksia ei löytynyt: ${paths}`,
  noFiles: (paths: string) => `luettavia tiedostoja (*.txt, *.html, *.htm, *.pdf) ei löytynyt: ${paths}`,
  noFolderFor: (flag: string, path: string, folder: string) =>
    `--${flag} ${path}: kansiota ${folder} ei löydy; ` +
    "anna tiedosto olemassa olevassa kansiossa.",
  failed: (message: string) => `epäonnistui: ${message}`,
  interrupted: (written: string[], left: string[], through: string | null) =>
    "ajo keskeytettiin: " + [
      written.length > 0
        ? `kokonaan kirjoitettiin ${written.join(", ")}`
        : `yhtään tiedostoa ei kirjoitettu${through === null ? "" : " kokonaan"}`,
      ...left.length > 0 && written.length > 0 ? [`kirjoittamatta jäi ${left.join(", ")}`] : [],
      through === null
        ? "keskeneräistä tiedostoa ei jäänyt"
        : `${through} ei ole tavallinen tiedosto, joten siihen kirjoitettiin suoraan, ja se voi jäädä vajaaksi`,
    ].join("; ") + ".",
}, {
  format: "ndjson, json, csv or parquet; without it, a readable table",
  out: "write the rows to FILE, not to standard output (needed for parquet)",
  diagnostics: "write every diagnostic to FILE as ndjson {file, line, level, code, message, project_code}; " +
    "messages in the --lang language",
  contacts: "write people's contact details (personal data) to FILE as ndjson; never written otherwise",
  "keep-contact-text":
    "keep e-mail addresses, phone numbers and people's names beside a role found in the free texts " +
    "(replaced by a marker otherwise)",
  "without-texts": "leave out the six long free texts (target groups, summaries, plans): no figure needs them, and " +
    "parsing takes less time and memory",
  cache: "keep each document's parse in the parse cache (esf-toolkit/parse in $XDG_CACHE_HOME or ~/.cache, " +
    "folders only you can open: it holds the documents' contacts and texts): a re-run parses only new and changed " +
    "documents",
  force: "replace output files that exist already (otherwise they are kept and it stops)",
  strict: "exit 1 if any file gave an error diagnostic",
  lang: "the language the command prints in the terminal and writes diagnostics' messages in (default: en)",
  help: "show this help",
  about: "Parses EURA project descriptions (files, or folders read recursively for *.txt, *.html, *.htm and *.pdf)\n" +
    "into one row per project. The command prints in the terminal in the --lang language (English by default).",
  unknownFormat: (format: string, formats: string) => `Unknown format "${format}": use one of ${formats}.`,
  parquetNeedsOut: "Parquet is binary: name the output file with --out FILE.",
  noPath: "No PATH given: name the files or folders to parse.",
  noSuchPath: (path: string) => `No such file or folder: ${path}`,
  sameFile: (one: string, other: string, path: string) =>
    `--${one} and --${other} name the same file, ${path}: name one file for each.`,
  isFolder: (flag: string, path: string) => `--${flag} ${path} is a folder: name a file.`,
  exists: (flag: string, path: string) =>
    `--${flag} ${path} exists already: name a new file, or add --force to replace it.`,
  levels: (level: string) => level,
  moreDiagnostics: (n: number) => `… and ${n} more diagnostics (write them all with --diagnostics FILE).`,
  summary: (
    files: number,
    projects: number,
    duplicates: number,
    unreadable: number,
    errors: number,
    warnings: number,
  ) =>
    `${EN.files(files)}: ${EN.projects(projects)}, ${EN.duplicates(duplicates)}, ${EN.unreadable(unreadable)}; ` +
    `${EN.errors(errors)}, ${EN.warnings(warnings)}.`,
  noProjects: (paths: string) => `no project descriptions found in ${paths}`,
  noFiles: (paths: string) => `no file to read (*.txt, *.html, *.htm, *.pdf) found in ${paths}`,
  noFolderFor: (flag: string, path: string, folder: string) =>
    `--${flag} ${path}: there is no folder ${folder}; ` +
    "name a file in a folder that exists.",
  failed: (message: string) => `failed: ${message}`,
  interrupted: (written: string[], left: string[], through: string | null) =>
    "interrupted: " + [
      written.length > 0
        ? `written whole: ${written.join(", ")}`
        : `no file was written${through === null ? "" : " whole"}`,
      ...left.length > 0 && written.length > 0 ? [`not written: ${left.join(", ")}`] : [],
      through === null
        ? "no half-written file was left"
        : `${through} is no regular file, so it was written into directly and may be incomplete`,
    ].join("; ") + ".",
});

/** The headings and statuses of parse's readable table (`lib/output/terminal_table.ts`), short for a terminal. */
export const TERMINAL_TABLE = defineMessages({
  code: "koodi",
  period: "kausi",
  status: "tila",
  start: "alku",
  end: "loppu",
  planned: "osall. suunn.",
  actual: "osall. tot.",
  realised: "toteutuma",
  publicPlanned: "julk. € suunn.",
  publicActual: "julk. € tot.",
  used: "käyttö",
  name: "nimi",
  ended: "päättynyt",
  active: "käynnissä",
  interrupted: "keskeytynyt",
  other: "muu",
}, {
  code: "code",
  period: "period",
  status: "status",
  start: "start",
  end: "end",
  planned: "planned",
  actual: "actual",
  realised: "realised",
  publicPlanned: "public € planned",
  publicActual: "public € actual",
  used: "used",
  name: "name",
  ended: "ended",
  active: "active",
  interrupted: "interrupted",
  other: "other",
});
