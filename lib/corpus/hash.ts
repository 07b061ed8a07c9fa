/**
 * SHA-256 of bytes, hex: the content hashes of the files table and the
 * report's manifest. node:crypto hashes about five times faster here than
 * crypto.subtle.
 *
 * @module
 */
import { createHash } from "node:crypto";

/** SHA-256 of the bytes (a text: of its UTF-8 bytes), as 64 hex digits. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
