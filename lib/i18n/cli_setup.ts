/**
 * What the set-up step prints (`deno task setup`, `deno task test`, and `deno task report` before a report with
 * notebooks), in both languages: what is missing and why, and what it does about it.
 *
 * @module
 */
import { defineMessages } from "./mod.ts";

/** The Debian packages of Jupyter's client, which the report's notebooks run with (named in messages of both). */
export const JUPYTER_CLIENT_PACKAGES = ["jupyter-nbconvert", "python3-nbclient", "jupyter-client"];

/** The set-up's lines, each after its prefix. */
export const SETUP_TEXT = defineMessages({
  prefix: "asennus",
  jupyterClient: "muistikirjojen ajamiseen raporttia varten",
  notebook: "muistikirjojen avaamiseen selaimessa (jupyter notebook notebooks/)",
  chromium: "HTML-raportin avaamiseen oikeassa selaimessa",
  office: "CSV-, Excel- ja Word-tiedostojen avaamiseen oikeassa toimisto-ohjelmassa",
  poppler: "LibreOfficen tulostamien sivujen katsomiseen",
  carlito: "Word-tiedoston fonttia varten (Carlito korvaa Calibrin)",
  inkscape: "sen tarkistamiseen, että SVG-kaaviot piirtyvät Inkscapessa kuten PNG-kuvina",
  missing: (packages: string, why: string) => `${packages}: tarvitaan ${why}`,
  runAsRoot: (packages: string) =>
    `aja tämä kerran pääkäyttäjänä ja yritä sitten uudelleen: apt-get install -y ${packages}`,
  installing: (packages: string) => `asennetaan Debianin paketeista: ${packages}`,
  stillMissing: (packages: string) => `puuttuu yhä asennuksen jälkeen: ${packages}`,
  kernel: (deno: string) => `Deno-ydin on rekisteröity Jupyterille (${deno})`,
}, {
  prefix: "setup",
  jupyterClient: "to run the notebooks headless for the report",
  notebook: "to open the notebooks in a browser (jupyter notebook notebooks/)",
  chromium: "to open the HTML report in a real browser",
  office: "to open the CSV, Excel and Word outputs in a real office suite",
  poppler: "to look at the pages LibreOffice prints",
  carlito: "for the Word file's font (Carlito stands in for Calibri)",
  inkscape: "to check that the SVG charts draw in Inkscape as in the PNGs",
  missing: (packages: string, why: string) => `${packages}: ${why}`,
  runAsRoot: (packages: string) => `run this once, as root, then try again: apt-get install -y ${packages}`,
  installing: (packages: string) => `installing from Debian: ${packages}`,
  stillMissing: (packages: string) => `still missing after the install: ${packages}`,
  kernel: (deno: string) => `the Deno kernel is registered for Jupyter (${deno})`,
});
