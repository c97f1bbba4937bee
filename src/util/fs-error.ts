/** Telling the file system's errors (which the user can act on) from bugs, and Windows' "file in use". */

/** The error code of a Node system error (ENOSPC, EACCES, … or UNKNOWN), or undefined for anything else. */
export function fsCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^(E[A-Z0-9]+|UNKNOWN)$/.test(code) ? code : undefined;
}

/**
 * A replace refused because another program holds the file open: Windows answers a rename onto a workbook
 * open in Excel or WPS with EBUSY or EPERM (EACCES on some shares).
 */
export function inUse(error: unknown, platform: NodeJS.Platform = process.platform): boolean {
  const code = fsCode(error);
  if (code === "EBUSY") return true;
  return platform === "win32" && (code === "EPERM" || code === "EACCES");
}

/** A path cut to a readable length for a message (a 4,096-byte path is not worth printing whole). */
export function shortPath(path: string, most = 120): string {
  return path.length <= most ? path : `${path.slice(0, most / 2)}…${path.slice(-most / 2)}`;
}
