/**
 * Text as a workbook can hold it. XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; Excel
 * "repairs" a file holding them and exceljs cannot read it back. Records refuse such text already (the text
 * pattern of src/schema/definitions.ts), but a workbook also quotes what no schema checked (unknown keys on the
 * 预警 sheet, file names): each is replaced by U+FFFD here, the one place every written cell passes.
 */
import type ExcelJS from "exceljs";

// C0 controls but tab, LF and CR; C1 controls; lone surrogates; noncharacters (U+FDD0–FDEF, U+xFFFE/U+xFFFF).
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** `text` with every character a workbook cannot hold replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, "\uFFFD") : text;
}

/** Whether `text` holds only what a workbook can hold. */
export function isXmlSafe(text: string): boolean {
  return xmlSafe(text) === text;
}

/** Makes every text cell of the workbook (plain and rich text) and every sheet name safe, in place. */
export function makeWorkbookXmlSafe(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === "string") {
          const safe = xmlSafe(value);
          if (safe !== value) cell.value = safe;
        } else if (value && typeof value === "object" && "richText" in value) {
          const parts = value.richText.map((p) => ({ ...p, text: xmlSafe(p.text) }));
          if (parts.some((p, i) => p.text !== value.richText[i]?.text)) cell.value = { richText: parts };
        }
      });
    });
  });
}
