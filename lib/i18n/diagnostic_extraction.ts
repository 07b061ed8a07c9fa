/**
 * The messages of the diagnostics of reading a saved web page or a PDF print (see `lib/corpus/read_form.ts`), in
 * both languages: part of `DIAGNOSTIC_MESSAGES` (`diagnostics.ts`).
 *
 * @module
 */
import { TEMPLATE_HEADER as HEADER } from "./diagnostic_values.ts";
import { defineMessages } from "./mod.ts";

/** The messages of reading a page or a print. */
export const EXTRACTION_MESSAGES = defineMessages({
  no_text_layer: (pages: number) =>
    `PDF-tiedostossa ei ole tekstikerrosta: sen ${pages} sivulla on vain kuvia (skannattu asiakirja?), joten yhtään lukua ei voitu lukea. Tunnista teksti (OCR) tai käytä tekstiversiota.`,
  not_a_pdf: () => "Tiedosto ei ole PDF: se ei ala merkeillä %PDF-.",
  pdf_damaged: () => "PDF-tiedosto on vioittunut, eikä siitä saatu tekstiä.",
  pdf_encrypted: () => "PDF-tiedosto on salattu, eikä sitä voitu avata.",
  pdf_timeout: (seconds: number) => `PDF-tiedoston lukeminen kesti yli ${seconds} s; se keskeytettiin.`,
  html_not_a_page: () => "Tiedosto ei ole verkkosivu: siinä ei ole HTML-sivun runkoa, tai siinä on NUL-tavuja.",
  html_no_text: () => "Verkkosivulla ei ole tekstiä.",
  html_too_deep: () => "Verkkosivun osat ovat sisäkkäin tuhansia tasoja syvältä, eikä sivua voitu lukea.",
  html_page_hidden: (fallback: string) =>
    `Verkkosivun tyyli piilottaa koko sivun (<body> tai <html>), joten selain ei näytä siitä mitään, eikä siitä luettu lukuja.${
      fallback === ""
        ? ""
        : ` Sivun ensimmäisessä <${fallback}>-osassa, jota ei itsessään piiloteta, on tekstiä: tarkista sivu.`
    }`,
  html_style_too_costly: () =>
    "Verkkosivun tyylisääntöjen valitsimien ratkaiseminen veisi liian kauan (esim. sisaruksia kymmeniätuhansia), joten sivua ei luettu: mitä säännöt piilottavat, ei tiedetä.",
  extraction_error: (detail: string) => `Tiedostosta ei saatu tekstiä (${detail}).`,
  pdf_truncated: () =>
    "PDF-tiedosto on katkennut (loppumerkki %%EOF puuttuu): sen tekstiin ei voi luottaa, joten yhtään lukua ei luettu; tulosta asiakirja uudelleen.",
  pdf_page_unreadable: () => "Tätä PDF-tiedoston sivua ei voitu lukea; sen arvot puuttuvat.",
  pdf_text_layers: () =>
    "Tällä PDF-tiedoston sivulla on tekstiä toisen tekstin päällä (kaksi tekstikerrosta, esim. tunnistettu teksti tulosteen päällä), ja ne eroavat: kumpi näkyy, ei tiedetä, joten missä ne eroavat, lukua ei luettu.",
  pdf_ocr_text: (pages: string) =>
    `PDF-tiedoston sivujen ${pages} teksti on näkymätön tekstintunnistuskerros (skannatusta kuvasta tunnistettu teksti, OCR), ei tulostettua tekstiä: sen luvut luettiin sellaisina kuin tunnistus ne luki, ja tunnistus voi lukea numeron väärin (8 eikä 3); tarkista luvut tulosteesta.`,
  html_truncated: () =>
    "Verkkosivu on katkennut (</html> puuttuu): sen viimeistä riviä (tämä) ei luettu, koska arvo voi katketa kesken; loput arvot puuttuvat.",
  html_no_heading: () => `Verkkosivulla ei ole otsikkoa ${HEADER}; teksti luettiin sivun pääosasta.`,
  extraction_warning: (detail: string) => `Tiedoston teksti luettiin varauksin (${detail}).`,
  html_charset_mismatch: (declared: string, used: string) =>
    `Sivu ilmoittaa merkistökseen ${declared}, mutta sen tavut ovat ${used}-merkistöä; se luettiin ${used}-merkistönä.`,
  html_unknown_charset: (label: string) =>
    `Sivun ilmoittamaa merkistöä "${label}" ei tunneta; se luettiin UTF-8- tai Windows-1252-merkistönä.`,
  html_undecodable_bytes: (charset: string) =>
    `Osa tavuista ei ole kelvollista ${charset}-merkistöä; ne korvattiin merkillä "\uFFFD".`,
  html_deleted_text: () =>
    "Verkkosivulla poistetuksi merkitty teksti (yliviivattu, muutosten jäljityksen poisto) jätettiin pois.",
  html_doubtful_hiding: (rule: string) =>
    `Sivun tyylisääntö ${rule} voi piilottaa tämän osan valitsimella tai ehdolla, jota tallennettu sivu ei ratkaise (esim. :target, joka riippuu sivun osoitteesta, tai ikkunan leveys): osan teksti jätettiin pois (luettiin [?]), eikä siitä luettu lukua.`,
  html_doubtful_showing: (rule: string) =>
    `Sivun tyylisääntö ${rule} voi näyttää tämän osan, jonka sivu muuten piilottaa, valitsimella tai ehdolla, jota tallennettu sivu ei ratkaise (esim. :target tai ikkunan leveys): osan teksti jätettiin pois (luettiin [?]), eikä siitä luettu lukua.`,
  html_same_colour: () =>
    "Verkkosivu näyttää tämän tekstin taustansa värisenä (esim. valkoisena valkoisella tai mustana mustalla): lukija ei näe sitä, joten se jätettiin pois (luettiin [?]), eikä siitä luettu lukua.",
  html_first_line_hidden: () =>
    "Verkkosivu siirtää tämän osan ensimmäisen rivin näytön ulkopuolelle (text-indent -999px tai vähemmän), ja osassa on muitakin rivejä: ei voi tietää, mitkä sen tekstistä sivu näyttää, joten se jätettiin pois (luettiin [?]), eikä siitä luettu lukua.",
  html_unlabelled_value: () =>
    "Verkkosivu piilottaa tämän arvon otsikon (nimikkeen): arvoa ei luettu minkään otsikon arvoksi (luettiin [?]), eikä siitä luettu lukua.",
  html_mojibake: () =>
    'Teksti näyttää UTF-8:lta, joka on luettu Windows-1252-merkkeinä ("Ã¤" eikä "ä"), eikä sitä voitu korjata; tarkista nimet.',
}, {
  no_text_layer: (pages: number) =>
    `The PDF has no text layer: its ${pages} page(s) hold only images (a scan?), so no figure could be read. Run OCR on it, or use the text version.`,
  not_a_pdf: () => "The file is not a PDF: it does not begin with %PDF-.",
  pdf_damaged: () => "The PDF is damaged: no text could be read from it.",
  pdf_encrypted: () => "The PDF is encrypted and could not be opened.",
  pdf_timeout: (seconds: number) => `Reading the PDF took over ${seconds} s; it was given up.`,
  html_not_a_page: () => "The file is not a web page: it has no HTML body, or it holds NUL bytes.",
  html_no_text: () => "The web page has no text.",
  html_too_deep: () => "The web page nests its elements thousands of levels deep, and could not be read.",
  html_page_hidden: (fallback: string) =>
    `The page's style hides all of it (its <body> or <html>): a browser shows nothing of it, so no figure was read.${
      fallback === "" ? "" : ` Its first <${fallback}>, which it does not hide itself, holds text: check the page.`
    }`,
  html_style_too_costly: () =>
    "The web page's style sheets select its elements at too great a cost to be evaluated (siblings by the tens of thousands), so the page was not read: what the rules hide is not known.",
  extraction_error: (detail: string) => `No text could be read from the file (${detail}).`,
  pdf_truncated: () =>
    "The PDF is cut short (its end-of-file marker %%EOF is missing): its text cannot be trusted, so no figure was read; print it again.",
  pdf_page_unreadable: () => "This page of the PDF could not be read; its values are missing.",
  pdf_text_layers: () =>
    "This page of the PDF holds text printed over other text (two text layers, e.g. recognised text over a print) that reads otherwise: which one shows is not known, so where they differ no figure was read.",
  pdf_ocr_text: (pages: string) =>
    `The text of page(s) ${pages} of the PDF is an invisible OCR layer (text recognised from a scanned image), not printed text: its figures were read as the recogniser read them, and a recogniser can misread a digit (8 for 3); check them against the print.`,
  html_truncated: () =>
    "The web page is cut short (its </html> is missing): its last line (this one) was not read, as a value may be cut in it; the rest is missing.",
  html_no_heading: () => `The web page has no ${HEADER} heading; the text was read from its main part.`,
  extraction_warning: (detail: string) => `The file's text was read with a doubt (${detail}).`,
  html_charset_mismatch: (declared: string, used: string) =>
    `The page declares the charset ${declared}, but its bytes are ${used}; it was read as ${used}.`,
  html_unknown_charset: (label: string) =>
    `The page declares the charset "${label}", which is not known; it was read as UTF-8 or Windows-1252.`,
  html_undecodable_bytes: (charset: string) => `Some bytes are not valid ${charset}; they were replaced by "\uFFFD".`,
  html_deleted_text: () => "Text the page marks as deleted (struck through, a tracked change's deletion) was left out.",
  html_doubtful_hiding: (rule: string) =>
    `The page's style rule ${rule} may hide this element, by a selector or a condition a saved page cannot answer (such as :target, which depends on the page's address, or the window's width): its text was left out (read as [?]), and no figure was read from it.`,
  html_doubtful_showing: (rule: string) =>
    `The page's style rule ${rule} may show this element, which the page otherwise hides, by a selector or a condition a saved page cannot answer (such as :target, or the window's width): its text was left out (read as [?]), and no figure was read from it.`,
  html_same_colour: () =>
    "The page prints this text in its background's colour (such as white on white, or black on black): no reader sees it, so it was left out (read as [?]), and no figure was read from it.",
  html_first_line_hidden: () =>
    "The page moves this element's first line off the screen (a text-indent of -999px or less), and it holds more lines: which of its text the page shows cannot be told, so it was left out (read as [?]), and no figure was read from it.",
  html_unlabelled_value: () =>
    "The page hides this value's label: the value was read as no label's (read as [?]), and no figure was read from it.",
  html_mojibake: () =>
    'The text looks like UTF-8 read as Windows-1252 ("Ã¤" for "ä") and could not be repaired; check the names.',
});
