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

/**
 * The sheet's messages: `sheet` by its name, `reason`, and for an import of a sheet read from a file, that sheet
 * (`via`, else "") and the import's line in it; an `undecodable` sheet's `encoding`, and how many imports a limit
 * (`limit` deep or many) left unread.
 */
export const SHEET_MESSAGES = defineMessages({
  html_sheet_not_read: (
    sheet: string,
    reason: SheetReason,
    via: string,
    viaLine: number,
    encoding: string,
    count: number,
    limit: number,
  ) => {
    const from = via === "" ? "" : ` (jonka tyylitiedosto ${via} tuo @import-säännöllä rivillään ${viaLine})`;
    if (reason === "undecodable") {
      return `Sivun tyylitiedoston ${sheet}${from} kaikki tavut eivät ole ${encoding}-merkistöä: ne luettiin merkkinä "\uFFFD", kuten selain ne lukee, joten säännöt, joissa niitä on, eivät ehkä piilota sitä, mitä niiden oli määrä piilottaa.`;
    }
    const why = reason === "deep"
      ? `@import-sääntöjä seurataan enintään ${limit} tasoa syvälle (tämän rajan takia jäi lukematta ${count} tiedostoa)`
      : reason === "many"
      ? `sivulta luetaan enintään ${limit} @import-säännöllä tuotua tiedostoa (tämän rajan takia jäi lukematta ${count}, ensimmäisenä tämä)`
      : WHY.fi[reason];
    return `Sivun tyylitiedostoa ${sheet}${from} ei luettu: ${why}. Mitä se ehkä piilottaa, luettiin näkyvänä, kuten selain näyttää sivun ilman tyylitiedostoa.`;
  },
}, {
  html_sheet_not_read: (
    sheet: string,
    reason: SheetReason,
    via: string,
    viaLine: number,
    encoding: string,
    count: number,
    limit: number,
  ) => {
    const from = via === "" ? "" : ` (which the style sheet ${via} imports by an @import on its line ${viaLine})`;
    if (reason === "undecodable") {
      return `Not all bytes of the page's style sheet ${sheet}${from} are ${encoding}: they were read as "\uFFFD", as a browser reads them, so rules holding them may not hide what they were meant to.`;
    }
    const why = reason === "deep"
      ? `@imports are followed at most ${limit} deep (${count} file(s) were not read for this limit)`
      : reason === "many"
      ? `at most ${limit} imported sheets are read a page (${count} were not read for this limit, this one first)`
      : WHY.en[reason];
    return `The page's style sheet ${sheet}${from} was not read: ${why}. What it may hide was read as shown, as a browser shows the page without the sheet.`;
  },
});
