import { assert, assertEquals } from "../../testing/assert.ts";
import { columnWidths } from "./docx_columns.ts";
import { DISTRIBUTIONS_HEADER } from "../../testing/word_tables.ts";

/** The report's text width (16 cm) and cells' margins (80 twips each side), in twips. */
const TEXT_WIDTH = 9070;
const PADDING = 160;

Deno.test("a table of figures with their counts: the figure, the count and every header's word whole", () => {
  // The Finnish report's table by period: 'Hankkeit'/'a', '2007-'/'2013' and '(n ='/'192)' broke in Word.
  const header = [
    "Kausi",
    "Hankkeita",
    "Joista käynnissä (väliaikaiset luvut)",
    "Toteutumisaste",
    "Naisten osuus",
    "Käyttöaste",
    "Julkinen rahoitus toteutunutta osallistujaa kohden",
  ];
  const body = [[
    "2007-2013",
    "192",
    "0",
    "79,7 % (n\u00a0=\u00a0192)",
    "50,0 % (n\u00a0=\u00a0192)",
    "86,9 % (n\u00a0=\u00a0192)",
    "4 042 € (n\u00a0=\u00a0192)",
  ]];
  const align = header.map((_, k) => k === 0 ? "left" as const : "right" as const);
  const widths = columnWidths(header, body, align, TEXT_WIDTH, PADDING);
  assertEquals(widths.reduce((sum, width) => sum + width, 0), TEXT_WIDTH);
  const room = (characters: number) => characters * 100 + PADDING;
  assert(widths[0]! >= room(9) && widths[1]! >= room(9), `2007-2013, Hankkeita: ${widths}`);
  assert(widths.slice(3).every((width) => width >= room(9)), `each (n = 192) on a line: ${widths}`);
  assert(widths[3]! >= room(14), `Toteutumisaste: ${widths}`);
});

Deno.test("a crowded table of names and figures: the names' column its longest word, then the headers' words", () => {
  // The distributions table: 'Poikkeavi'/'a' and 'naisosallistuj'/'a' broke.
  const header = DISTRIBUTIONS_HEADER;
  const body = [
    ["Osallistujien toteutumisaste,\u00a0%", "192", "39,8 %", "61,3 %", "80,0 %", "99,0 %", "119,2 %", "0"],
    [
      "€ / naisosallistuja",
      "191",
      "620 €",
      "4\u00a0824 €",
      "10\u00a0558 €",
      "24\u00a0275 €",
      "1\u00a0443\u00a0307 €",
      "23",
    ],
  ];
  const align = header.map((_, k) => k === 0 ? "left" as const : "right" as const);
  const widths = columnWidths(header, body, align, TEXT_WIDTH, 160);
  assertEquals(widths.reduce((sum, width) => sum + width, 0), TEXT_WIDTH);
  assert(widths[0]! >= 17 * 100 + PADDING, `toteutumisaste, % whole: ${widths}`);
  assert(widths[3]! >= 12 * 100 + PADDING && widths[5]! >= 12 * 100 + PADDING, `Alakvartiili, Yläkvartiili: ${widths}`);
  assert(widths[6]! >= 11 * 100 + PADDING, `1 443 307 € whole: ${widths}`);
});
