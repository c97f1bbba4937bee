/** What a record's file name says: record files are `<id>.yaml`, or `.yml`, the extension in any case (WP002). */

const RECORD_EXTENSION = /\.ya?ml$/i;

/** Whether a file name is a record file's (`.yaml` or `.yml`, any case). */
export function isRecordFileName(name: string): boolean {
  return RECORD_EXTENSION.test(name);
}

/** The id a record file's name stands for: the name without its `.yaml`/`.yml` extension (any case). */
export function idFromFileName(name: string): string {
  return name.replace(RECORD_EXTENSION, "");
}
