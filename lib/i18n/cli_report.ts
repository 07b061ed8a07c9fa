/**
 * What `deno task report` prints in the terminal, in both languages: its
 * help, its command-line mistakes, refusals of `--out`, progress and how a run
 * ended. The terminal speaks the report's language (`--lang`, Finnish by default).
 *
 * @module
 */
import { defineMessages } from "./mod.ts";
import { JUPYTER_CLIENT_PACKAGES } from "./cli_setup.ts";
import { groupedInteger as n, periodText } from "./format.ts";

const CACHE_FI = "säilytä kunkin asiakirjan jäsennys välimuistissa (esf-toolkit/parse hakemistossa $XDG_CACHE_HOME " +
  "tai ~/.cache, vain sinun avattavissasi, sillä siinä on asiakirjojen yhteystiedot ja tekstit): uusi ajo jäsentää " +
  "vain uudet ja muuttuneet asiakirjat";
const CACHE_EN = "keep each document's parse in the parse cache (esf-toolkit/parse in $XDG_CACHE_HOME or ~/.cache, " +
  "folders only you can open: it holds the documents' contacts and texts): a re-run parses only new and changed " +
  "documents";
const INSTALL_FI = `Asenna Jupyter-asiakas Debianin paketeista: sudo apt-get install -y ${
  JUPYTER_CLIENT_PACKAGES.join(" ")
} (tai aja deno task setup).`;
const INSTALL_EN = `Install Jupyter's client from Debian: sudo apt-get install -y ${
  JUPYTER_CLIENT_PACKAGES.join(" ")
} (or run deno task setup).`;

/** What the report folder held when a run was interrupted: an earlier report, something else (or nothing), no folder. */
export type OutState = "report" | "folder" | "none";
const OUT_STATE_FI: Record<OutState, (out: string) => string> = {
  report: (out) => `kansiossa ${out} oleva aiempi raportti on ennallaan`,
  folder: (out) => `kansio ${out} on ennallaan`,
  none: (out) => `kansiota ${out} ei luotu`,
};
const OUT_STATE_EN: Record<OutState, (out: string) => string> = {
  report: (out) => `the previous report in ${out} is as it was`,
  folder: (out) => `${out} is as it was`,
  none: (out) => `${out} was not made`,
};

/** The report command's words. */
export const REPORT_CLI = defineMessages({
  corpus: "asiakirjojen kansio (oletus: data/documents)",
  out: "raporttikansio (oletus: out)",
  lang: "raportin kieli; komento kirjoittaa päätteeseenkin sillä kielellä (oletus: fi)",
  register: "virallinen EURA-hankeluettelo (CSV), johon sen ohjelmakauden asiakirjoja verrataan " +
    "(oletus: kunkin aineiston ohjelmakauden mukana toimitettu rekisteri)",
  "no-register": "ei rekisteriä: ei ristiintarkistusta eikä ohjelmakauden kaavioita",
  "no-notebooks": "jätä muistikirjat ajamatta (Jupyteria ei tarvita; pikaiseen katsaukseen)",
  "keep-contact-text":
    "säilytä sähköpostiosoitteet, puhelinnumerot ja roolin vieressä olevat henkilöiden nimet viedyissä " +
    "vapaissa teksteissä (oletuksena ne poistetaan)",
  cache: CACHE_FI,
  help: "näytä tämä ohje",
  about: "Jäsentää aineiston, ajaa siitä jokaisen muistikirjan ja kirjoittaa kansioon --out: index.html,\n" +
    "report.docx (Word), report.xlsx (kaikki taulukot), jokaisen kaavion SVG- ja PNG-kuvana, jokaisen taulukon\n" +
    "työkirjana, CSV:nä, suomalaisen Excelin CSV:nä ja Parquet-tiedostona, ajetut muistikirjat sekä manifest.json.\n" +
    "Olemassa oleva kansio korvataan vain, jos siinä on pelkästään aiemman raportin tiedostoja muuttamattomina;\n" +
    "muuten mihinkään ei kosketa (poistumiskoodi 2). Komento kirjoittaa päätteeseen raportin kielellä\n" +
    "(--lang, oletus suomi).",
  corpusIsFile: (corpus: string) =>
    `--corpus ${corpus} on tiedosto eikä kansio: anna asiakirjojen kansio (deno task parse lukee yksittäisiä tiedostoja).`,
  noSuchFolder: (folder: string) => `Kansiota ei löydy: ${folder}`,
  noSuchFile: (file: string) => `Tiedostoa ei löydy: ${file}`,
  registerConflict: "--register ja --no-register sulkevat toisensa pois: anna vain toinen.",
  outIsFile: (out: string) => `--out ${out} on tiedosto eikä kansio: anna kansio.`,
  outLinkToNothing: (out: string) => `--out ${out} on linkki, joka ei osoita mihinkään: anna kansio.`,
  outInsideCorpus: (out: string, corpus: string) =>
    `--out ${out} on aineiston ${corpus} sisällä: raportti sekoittuisi asiakirjoihin; valitse kansio sen ulkopuolelta.`,
  corpusInsideOut: (corpus: string, out: string) =>
    `Aineisto ${corpus} on kansion --out ${out} sisällä: raportin korvaaminen poistaisi sen; valitse toinen --out.`,
  notAReport: (out: string, manifest: string) =>
    `--out ${out} ei ole tyhjä, eikä siinä ole tämän työkalun tiedostoa ${manifest}: se ei ole aiempi raportti, ` +
    "joten mitään siinä ei korvata; valitse uusi tai tyhjä kansio.",
  notWritten: (path: string) => `${path} (ei tämän työkalun kirjoittama)`,
  changed: (path: string) => `${path} (muutettu sen jälkeen, kun raportti kirjoitti sen)`,
  wouldDelete: (out: string, problems: string[], more: number) =>
    `--out ${out} sisältää ${
      problems.length + more === 1 ? "tiedoston, jonka" : "tiedostoja, jotka"
    } raportti poistaisi: ` +
    `${problems.join(", ")}${more > 0 ? ` ja ${more} muuta` : ""}; siirrä säilytettävä pois kansiosta tai valitse ` +
    "toinen --out. Mitään ei muutettu.",
  anotherRun: (pid: number, out: string, leftover: string) =>
    `Toinen raporttiajo (prosessi ${pid}) kirjoittaa kansioon --out ${out}; odota, että se päättyy ` +
    `(tai, jos ajoa ei ole käynnissä, poista ${leftover}).`,
  noPython: (python: string) => `Pythonia ei löydy: ${python}. ${INSTALL_FI}`,
  noJupyter: (python: string) =>
    `Python ${python} ei löydä moduuleja nbclient, nbformat ja jupyter_client. ${INSTALL_FI}`,
  registerUnreadable: (file: string, reason: string) => `Rekisteriä ${file} ei voi lukea: ${reason}.`,
  notARegister: (file: string, missing: string) =>
    `${file} ei ole EURA-hankeluettelo: siitä puuttuu ${missing.includes(",") ? "sarakkeet" : "sarake"} ${missing}.`,
  noProjects: (out: string, files: number) =>
    `Aineistosta ei löytynyt yhtään hankekuvausta (${
      files === 0 ? "siinä ei ole yhtään *.txt-, *.html-, *.htm- tai *.pdf-tiedostoa" : `luettu ${files} ` +
        (files === 1 ? "tiedosto" : "tiedostoa")
    }), joten raporttia ei kirjoitettu: kansioon ${out} ei kirjoitettu mitään.`,
  notebooksFailed: (failed: string) =>
    `Muistikirjojen ajo epäonnistui, joten raporttia ei kirjoitettu (aiempi on ennallaan): ${failed}`,
  runnerStopped: (done: number, total: number) =>
    `Muistikirjojen ajo pysähtyi, kun ${done} / ${total} muistikirjasta oli ajettu.`,
  runnerRunning: "muistikirjat: ajetaan {k} / {total}: {name}",
  runnerRetry: "muistikirjat: {name}: {problem}; ajetaan se uudelleen",
  runnerParentGone: "muistikirjat: raportin prosessi on päättynyt; Jupyter-ydin pysäytetään",
  runnerCalledOff: "muistikirjat: ajo peruttiin ennen kuin muistikirjat ehtivät alkaa",
  cleanedUp: (left: string) => `siivottu keskeytetyn ajon jäljet: ${left}`,
  parsed: (done: number, total: number) => `jäsennetty ${n(done)} / ${n(total)} asiakirjaa`,
  writingTables: "kirjoitetaan taulukot",
  registerRead: (file: string, period: string, projects: number) =>
    `rekisteri ${file} (${periodText(period)}): ${n(projects)} ${projects === 1 ? "hanke" : "hanketta"}`,
  chart: (k: number, n: number, name: string) => `kaavio ${k} / ${n}: ${name}`,
  writingWord: "kirjoitetaan report.docx",
  waitingNotebooks: "odotetaan muistikirjoja",
  writingPage: "kirjoitetaan index.html ja manifest.json",
  wrote: (files: number, out: string, replaced: boolean) =>
    `kirjoitettu ${files} tiedostoa kansioon ${out}` +
    (replaced ? "; uusi raportti korvasi siellä olleen aiemman (muuta kansiossa ei ollut)" : ""),
  interruptedBefore: (out: string, found: OutState) =>
    `ajo keskeytettiin ennen raportin kirjoittamista: ${
      OUT_STATE_FI[found](out)
    }, eikä keskeneräistä raporttia jäänyt.`,
  interruptedRemoved: (out: string, found: OutState) =>
    `ajo keskeytettiin: keskeneräinen raportti poistettiin, ja ${OUT_STATE_FI[found](out)}.`,
  interruptedLeft: (out: string, leftover: string) =>
    `ajo keskeytettiin: kansio ${out} on ennallaan, mutta keskeneräistä raporttia ${leftover} ei saatu poistettua; ` +
    "seuraava ajo poistaa sen.",
  interruptedWritten: (out: string) =>
    `ajo keskeytettiin vasta, kun raportti oli valmis: kansiossa ${out} on uusi raportti.`,
}, {
  corpus: "the folder of documents (default: data/documents)",
  out: "the report folder (default: out)",
  lang: "the language of the report; the command prints in the terminal in it too (default: fi)",
  register: "an official EURA project list (CSV) to compare the documents of its period with " +
    "(default: the shipped register of each period of the corpus)",
  "no-register": "no register: no cross-check and no programme charts",
  "no-notebooks": "skip running the notebooks (no Jupyter needed; for a quick look)",
  "keep-contact-text": "keep e-mail addresses, phone numbers and people's names beside a role in exported free text " +
    "(removed by default)",
  cache: CACHE_EN,
  help: "show this help",
  about: "Parses the corpus, runs every notebook on it, and writes to --out: index.html, report.docx (Word),\n" +
    "report.xlsx (every table), every chart as SVG and PNG, each table as a workbook, CSV, Finnish-Excel CSV\n" +
    "and Parquet, the executed notebooks and manifest.json. A folder that exists is replaced only when it holds\n" +
    "nothing but a previous report's files, unchanged; otherwise nothing is touched (exit 2). The command prints\n" +
    "in the terminal in the report's language (--lang, Finnish by default).",
  corpusIsFile: (corpus: string) =>
    `--corpus ${corpus} is a file, not a folder: name the folder of documents (deno task parse reads single files).`,
  noSuchFolder: (folder: string) => `No such folder: ${folder}`,
  noSuchFile: (file: string) => `No such file: ${file}`,
  registerConflict: "--register and --no-register exclude each other: give one.",
  outIsFile: (out: string) => `--out ${out} is a file, not a folder: name a folder.`,
  outLinkToNothing: (out: string) => `--out ${out} is a link to nothing: name a folder.`,
  outInsideCorpus: (out: string, corpus: string) =>
    `--out ${out} is inside the corpus ${corpus}: the report would mix with the documents; choose a folder outside it.`,
  corpusInsideOut: (corpus: string, out: string) =>
    `The corpus ${corpus} is inside --out ${out}: replacing the report would delete it; choose another --out.`,
  notAReport: (out: string, manifest: string) =>
    `--out ${out} is not empty and holds no ${manifest} of this tool: it is not an earlier report, ` +
    "so nothing in it is replaced; choose a new or empty folder.",
  notWritten: (path: string) => `${path} (not written by this tool)`,
  changed: (path: string) => `${path} (changed since the report wrote it)`,
  wouldDelete: (out: string, problems: string[], more: number) =>
    `--out ${out} holds ${problems.length + more === 1 ? "a file" : "files"} the report would delete: ` +
    `${problems.join(", ")}${more > 0 ? ` and ${more} more` : ""}; move what you want to keep out of it, or choose ` +
    "another --out. Nothing was changed.",
  anotherRun: (pid: number, out: string, leftover: string) =>
    `Another report run (process ${pid}) is writing --out ${out}; wait for it to end ` +
    `(or, if none runs, remove ${leftover}).`,
  noPython: (python: string) => `No Python at ${python}. ${INSTALL_EN}`,
  noJupyter: (python: string) => `${python} cannot import nbclient, nbformat and jupyter_client. ${INSTALL_EN}`,
  registerUnreadable: (file: string, reason: string) => `Cannot read the register ${file}: ${reason}.`,
  notARegister: (file: string, missing: string) => `Cannot read ${file} as a EURA project list: no column ${missing}.`,
  noProjects: (out: string, files: number) =>
    `No project description found in the corpus (${
      files === 0 ? "it holds no *.txt, *.html, *.htm or *.pdf file" : `${files} ${files === 1 ? "file" : "files"} read`
    }), so no report was written: nothing was written to ${out}.`,
  notebooksFailed: (failed: string) =>
    `Notebooks failed, so no report was written (a previous one is as it was): ${failed}`,
  runnerStopped: (done: number, total: number) => `The notebook runner stopped after ${done} of ${total} notebooks.`,
  runnerRunning: "notebooks: running {k} of {total}: {name}",
  runnerRetry: "notebooks: {name}: {problem}; running it once more",
  runnerParentGone: "notebooks: the report process is gone; stopping the kernel",
  runnerCalledOff: "notebooks: the run was called off before its notebooks could start",
  cleanedUp: (left: string) => `cleaned up after a killed run: ${left}`,
  parsed: (done: number, total: number) => `parsed ${n(done)} of ${n(total)} document${total === 1 ? "" : "s"}`,
  writingTables: "writing tables",
  registerRead: (file: string, period: string, projects: number) =>
    `register ${file} (${periodText(period)}): ${n(projects)} ${projects === 1 ? "project" : "projects"}`,
  chart: (k: number, n: number, name: string) => `chart ${k} of ${n}: ${name}`,
  writingWord: "writing report.docx",
  waitingNotebooks: "waiting for the notebooks",
  writingPage: "writing index.html and manifest.json",
  wrote: (files: number, out: string, replaced: boolean) =>
    `wrote ${files} files to ${out}` +
    (replaced ? ", replacing the previous report there (nothing else was in it)" : ""),
  interruptedBefore: (out: string, found: OutState) =>
    `interrupted before writing the report: ${OUT_STATE_EN[found](out)}, and no unfinished report was left.`,
  interruptedRemoved: (out: string, found: OutState) =>
    `interrupted: the unfinished report was removed, and ${OUT_STATE_EN[found](out)}.`,
  interruptedLeft: (out: string, leftover: string) =>
    `interrupted: ${out} is as it was, but the unfinished report ${leftover} could not be removed; ` +
    "the next run removes it.",
  interruptedWritten: (out: string) => `interrupted only once the report was done: ${out} holds the new report.`,
});
