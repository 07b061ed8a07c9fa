/**
 * The message of a saved page's style sheet that was not read (see `lib/parse/html_unread.ts`), in both languages:
 * part of `DIAGNOSTIC_MESSAGES` (`diagnostics.ts`).
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** Why a sheet was not read, as the message says it after "was not read:". */
const WHY = defineMessages({
  web: "se on verkossa (sivuston osoite), eikä verkosta haeta mitään",
  address: "sen osoite ei ole tiedoston (esim. data:)",
  absolute: "se nimetään paikallaan koneella, jolla sivu tallennettiin (file:///… tai C:\\…), eikä sitä lueta",
  missing: "sitä ei tallennettu sivun kansioon",
  outside: "se on sivun kansion ulkopuolella, eikä sieltä lueta mitään",
  folder: "sen nimellä on kansio, ei tiedosto",
  special: "se ei ole tavallinen tiedosto (esim. putki tai laite)",
  denied: "sitä ei voitu avata (käyttöoikeudet)",
  too_large: "se on yli 4 MiB, suurempi kuin mikään tyylitiedosto",
}, {
  web: "it is on the web (the site's address), and nothing is fetched from the web",
  address: "its address is no file's (such as data:)",
  absolute: "it is named by its place on the machine the page was saved on (file:///… or C:\\…), and is not read",
  missing: "it was not saved in the page's folder",
  outside: "it is outside the page's folder, from where nothing is read",
  folder: "its name is a folder's, not a file's",
  special: "it is not a regular file (such as a pipe or a device)",
  denied: "it could not be opened (its permissions)",
  too_large: "it is over 4 MiB, larger than any style sheet",
});

/** Why a sheet was not read (or was read with a doubt: `undecodable`); the limits' reasons, `deep` and `many`. */
export type SheetReason = keyof typeof WHY.en | "undecodable" | "deep" | "many";

/** The message's sentences, in both languages (see {@linkcode SHEET_MESSAGES}). */
const SAYS = defineMessages({
  via: (via: string, line: number) => ` (jonka tyylitiedosto ${via} tuo @import-säännöllä rivillään ${line})`,
  undecodable: (sheet: string, encoding: string) =>
    `Sivun tyylitiedoston ${sheet} kaikki tavut eivät ole ${encoding}-merkistöä: ne luettiin merkkinä "\uFFFD", kuten selain ne lukee, joten säännöt, joissa niitä on, eivät ehkä piilota sitä, mitä niiden oli määrä piilottaa.`,
  deep: (limit: number, count: number) =>
    `@import-sääntöjä seurataan enintään ${limit} tasoa syvälle (tämän rajan takia jäi lukematta ${count} tiedostoa)`,
  many: (limit: number, count: number) =>
    `sivulta luetaan enintään ${limit} @import-säännöllä tuotua tiedostoa (tämän rajan takia jäi lukematta ${count}, ensimmäisenä tämä)`,
  notRead: (sheet: string, why: string) =>
    `Sivun tyylitiedostoa ${sheet} ei luettu: ${why}. Mitä se ehkä piilottaa, luettiin näkyvänä, kuten selain näyttää sivun ilman tyylitiedostoa.`,
}, {
  via: (via: string, line: number) => ` (which the style sheet ${via} imports by an @import on its line ${line})`,
  undecodable: (sheet: string, encoding: string) =>
    `Not all bytes of the page's style sheet ${sheet} are ${encoding}: they were read as "\uFFFD", as a browser reads them, so rules holding them may not hide what they were meant to.`,
  deep: (limit: number, count: number) =>
    `@imports are followed at most ${limit} deep (${count} file(s) were not read for this limit)`,
  many: (limit: number, count: number) =>
    `at most ${limit} imported sheets are read a page (${count} were not read for this limit, this one first)`,
  notRead: (sheet: string, why: string) =>
    `The page's style sheet ${sheet} was not read: ${why}. What it may hide was read as shown, as a browser shows the page without the sheet.`,
});

/**
 * The message in a language: `sheet` by its name, `reason`, and for an import of a sheet read from a file, that sheet
 * (`via`, else "") and the import's line in it; an `undecodable` sheet's `encoding`, and how many imports a limit
 * (`limit` deep or many) left unread.
 */
const sheetNotRead = (says: typeof SAYS.fi, why: typeof WHY.fi) =>
(
  sheet: string,
  reason: SheetReason,
  via: string,
  viaLine: number,
  encoding: string,
  count: number,
  limit: number,
): string => {
  const named = via === "" ? sheet : sheet + says.via(via, viaLine);
  if (reason === "undecodable") return says.undecodable(named, encoding);
  const because = reason === "deep"
    ? says.deep(limit, count)
    : reason === "many"
    ? says.many(limit, count)
    : why[reason];
  return says.notRead(named, because);
};

/** The sheet's message (see {@linkcode sheetNotRead}). */
export const SHEET_MESSAGES = defineMessages(
  { html_sheet_not_read: sheetNotRead(SAYS.fi, WHY.fi) },
  { html_sheet_not_read: sheetNotRead(SAYS.en, WHY.en) },
);
