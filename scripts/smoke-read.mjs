#!/usr/bin/env node
// Reads back what the smoke tests' builds wrote, with readers that are not the writers' code paths:
//   workbook FILE   every sheet's name and cell values as JSON lines (exceljs reading the file from disk)
//   record FILE     the record parsed with `yaml`, as JSON
//   summary FILE    the `summary` and the problem codes of a `validate --format json` output
//   images FILE     a workbook's embedded pictures, per sheet: format, pixel size (from the PNG header), sha256
//   png FILE        the same line for a PNG file (a docx's word/media/*.png, unzipped)
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parse } from "yaml";

const [what, file] = process.argv.slice(2);
if (what === "workbook") {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const lines = [];
  book.eachSheet((sheet) => {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow((row, n) => {
      const values = [];
      row.eachCell({ includeEmpty: false }, (cell) => values.push(`${cell.address}=${JSON.stringify(cell.value)}`));
      lines.push(`${n}: ${values.join(" ")}`);
    });
  });
  console.log(lines.join("\n"));
} else if (what === "record") {
  console.log(JSON.stringify(parse(readFileSync(file, "utf8"))));
} else if (what === "summary") {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const codes = report.files.flatMap((f) =>
    f.problems.map((p) => `${f.file.replaceAll("\\", "/")} ${p.code} ${p.line}`),
  );
  console.log(JSON.stringify(report.summary));
  console.log(codes.sort().join("\n"));
} else if (what === "images") {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const lines = [];
  book.eachSheet((sheet) => {
    for (const image of sheet.getImages()) {
      const media = book.getImage(Number(image.imageId));
      lines.push(`${sheet.name} ${media.extension} ${describePng(Buffer.from(media.buffer))}`);
    }
  });
  console.log(lines.join("\n"));
} else if (what === "png") {
  console.log(describePng(readFileSync(file)));
} else {
  console.error("usage: smoke-read.mjs workbook|record|summary|images|png FILE");
  process.exit(2);
}

/** "WIDTHxHEIGHT sha256", or "not a PNG": the signature and the IHDR chunk read by hand, not by the writer. */
function describePng(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString() !== "IHDR") {
    return "not a PNG";
  }
  const sha = createHash("sha256").update(bytes).digest("hex");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)} ${sha}`;
}
