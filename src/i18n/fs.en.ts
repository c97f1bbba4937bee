/** File-system errors in English: the reason in words, not only the error code. */
import type { FsText } from "./fs.zh.js";

const reasons: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large",
  EROFS: "the disk or folder is read-only",
  EACCES: "permission denied",
  EPERM: "permission denied (or the file is in use by another program)",
  EISDIR: "it is a folder",
  ENOTDIR: "part of the path is a file, not a folder",
  ENAMETOOLONG: "the path or file name is too long",
  ENOENT: "no such file or folder",
  EEXIST: "it already exists",
  EBUSY: "the file is in use by another program",
  ETXTBSY: "the file is in use by another program",
  ELOOP: "links lead in a circle to no real file",
  EMFILE: "too many files open at once",
  ENFILE: "too many files open at once",
  EIO: "a disk read or write failed (the disk or network share may be faulty)",
  ENXIO: "the device is not available",
  ENODEV: "the device is not available",
  EXDEV: "cannot move across disks",
  EINVAL: "the file name or path is not valid",
  EAGAIN: "the resource is temporarily unavailable",
  ETIMEDOUT: "the network share does not answer",
  ESTALE: "the connection to the network share is stale",
  EHOSTDOWN: "the computer holding the network share cannot be reached",
  EHOSTUNREACH: "the computer holding the network share cannot be reached",
  ECONNRESET: "the connection to the network share was reset",
  ENOTEMPTY: "the folder is not empty",
  EPIPE: "the program reading the output has closed",
  UNKNOWN: "an unknown system error",
};

export const enFs: FsText = {
  reason: (code) => reasons[code] ?? `system error ${code}`,
  cannotWrite: (path, reason, existed) =>
    `cannot write ${path}: ${reason}. ${existed ? "The previous file is unchanged" : "Nothing was written"}`,
  cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
  failed: (path, reason) => `cannot access ${path}: ${reason}`,
  inUse: (path) =>
    `cannot replace ${path}: the file is open in Excel/WPS; close it and try again. The previous file is unchanged`,
  stdout: (reason) => `cannot write to standard output: ${reason}. The output is incomplete; do not use it`,
  notRegular: (path, kind) =>
    `${path} is ${kind}, not a regular file, and cannot be an output file. Pass --out another name, or --out - for standard output`,
  kinds: {
    folder: "a folder",
    fifo: "a named pipe",
    device: "a device",
    socket: "a socket",
    danglingLink: "a link to a file that does not exist",
  },
  binaryToTerminal:
    "a workbook is binary and cannot be shown on a terminal; pass --out a file name, or redirect the output of --out - to a file",
  caseOnly: (path, actual) =>
    `${path} differs from the existing ${actual} only in letter case; on Windows they are the same file. Use one spelling`,
};
