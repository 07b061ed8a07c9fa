/**
 * Tables the Word tests lay out: the 300-document report's distributions table, whose eight columns broke
 * header words (`Hankkei`/`ta`, `Poikkea`/`via`) and names (`naisosallistuj`/`a`) in 9-point text.
 *
 * @module
 */

/** The distributions table's header, in Finnish. */
export const DISTRIBUTIONS_HEADER = [
  "Mittari",
  "Hankkeita, joilla luku",
  "Pienin",
  "Alakvartiili",
  "Mediaani",
  "Yläkvartiili",
  "Suurin",
  "Poikkeavia",
];
