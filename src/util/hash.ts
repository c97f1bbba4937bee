/** Content hashes for the cache and for drafts. */
import { createHash } from "node:crypto";

/** sha1 of bytes, hex: an identity for file contents (not a security measure). */
export function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}
