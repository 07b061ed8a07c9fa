/**
 * UTF-8 that was read as Windows-1252 and saved again (mojibake: "Ã¤" for
 * "ä"), recognised and read back: shared by the text decoder and the HTML
 * extractor.
 *
 * @module
 */

/** The bytes as UTF-8, or null when they are not valid UTF-8 throughout. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 sequences of Finnish and common punctuation as they look when read as Windows-1252. */
export const MOJIBAKE = /Ã[¤¶¥–„–Ÿ©¨]|â€[“”™œ¦]|Â /;

/** Windows-1252's characters for the bytes 0x80–0x9F. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The text read back as UTF-8 when it is UTF-8 read as Windows-1252, else null. */
export function repairMojibake(text: string): string | null {
  const hits = text.match(new RegExp(MOJIBAKE.source, "g"))?.length ?? 0;
  if (hits < 2) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const high = CP1252_HIGH.indexOf(text[i]!);
      if (high < 0) return null;
      bytes[i] = 0x80 + high;
    }
  }
  return strictUtf8(bytes);
}
