import { idFromFileName } from "../model/record-file.js";
import { defineRule } from "./rule.js";

/** WP002: the file is named `<id>.yaml` (or `.yml`). */
export const fileNameMatchesId = defineRule("WP002", "error", "文件名应为 <id>.yaml", (item, { fileName }, report) => {
  if (fileName === undefined) return;
  const base = idFromFileName(fileName);
  if (base !== item.id) report("/id", { id: item.id, fileName });
});
