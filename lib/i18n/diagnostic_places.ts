/**
 * What diagnostics' messages say of a file and a place in it, in both
 * languages: the kinds of non-regular file, the forms of a project
 * description, and the note a diagnostic of a saved page or a PDF print ends
 * with (its form, and a print's page).
 *
 * @module
 */
import type { DocumentForm } from "../schema.ts";
import { defineMessages, type Language } from "./mod.ts";

/** Names of the kinds of non-regular file. */
export const SPECIAL_KINDS = defineMessages({
  fifo: "nimetty putki (FIFO)",
  socket: "pistoke (socket)",
  block_device: "lohkolaite",
  char_device: "merkkilaite (character device)",
  other: "erikoistiedosto",
}, {
  fifo: "named pipe (FIFO)",
  socket: "socket",
  block_device: "block device",
  char_device: "character device",
  other: "special file",
});

/** What a non-regular file is. */
export type SpecialKind = keyof typeof SPECIAL_KINDS.en;

/** The forms of a project description's file, as a message names them. */
export const FORMS = defineMessages({
  text: "tekstitiedosto",
  html: "tallennettu verkkosivu",
  pdf: "PDF-tuloste",
}, {
  text: "text file",
  html: "saved web page",
  pdf: "PDF print",
});

const PLACE_NOTES = defineMessages({
  html: (line: number | null): string =>
    line === null ? " (Tallennettu verkkosivu.)" : " (Tallennettu verkkosivu: rivi on HTML-lähdekoodin rivi.)",
  pdf: (page: number | null, line: number | null) =>
    page === null
      ? " (PDF-tuloste.)"
      : line === null
      ? ` (PDF-tuloste, sivu ${page}.)`
      : ` (PDF-tuloste, sivu ${page}, sivun rivi ${line}.)`,
}, {
  html: (line: number | null): string =>
    line === null ? " (Saved web page.)" : " (Saved web page: the line is a line of the HTML source.)",
  pdf: (page: number | null, line: number | null) =>
    page === null
      ? " (PDF print.)"
      : line === null
      ? ` (PDF print, page ${page}.)`
      : ` (PDF print, page ${page}, line ${line} of the page.)`,
});

/**
 * What a diagnostic's message adds about where it is, for a saved web page
 * or a PDF print (nothing for a text file): the form, and a PDF's page.
 */
export function placeNote(
  place: { line?: number | null; form?: DocumentForm | null; page?: number | null },
  lang: Language,
): string {
  if (place.form === "html") return PLACE_NOTES[lang].html(place.line ?? null);
  if (place.form === "pdf") return PLACE_NOTES[lang].pdf(place.page ?? null, place.line ?? null);
  return "";
}
