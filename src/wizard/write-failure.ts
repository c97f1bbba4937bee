/** Turns a failed record write into what the clerk needs to hear (exit 2), keeping their answers when it can. */
import { UserError } from "../cli/errors.js";
import { ExistsError } from "../util/atomic-write.js";
import { LockedError } from "../util/lock.js";
import { ConflictError } from "../workspace/record-writer.js";
import type { WizardContext } from "./sitting.js";

/** The user error for `error`, or undefined when it is not a write failure (a bug: let it surface). */
export function writeFailure(
  error: unknown,
  file: string,
  c: WizardContext,
  draftNote?: string,
): UserError | undefined {
  const more = draftNote ? [draftNote] : [];
  if (error instanceof ConflictError) return new UserError(c.text.changedOnDisk(file), 2, more);
  if (error instanceof LockedError) return new UserError(c.text.locked(file), 2, more);
  if (error instanceof ExistsError)
    return new UserError(
      c.text.idInUse(
        file
          .split(/[\\/]/)
          .pop()
          ?.replace(/\.yaml$/, "") ?? file,
        file,
      ),
    );
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EBUSY", "EIO", "ENOENT"].includes(code)) {
    return new UserError(c.ui.cannotWrite(file, code), 2, more);
  }
  return undefined;
}
