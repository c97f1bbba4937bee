/** Content hashes for the cache and for drafts. */
import { createHash } from "node:crypto";

/** sha256 of a text, hex: what a draft remembers of the record it was started from. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** sha1 of bytes, hex: an identity for file contents (not a security measure). */
export function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}
