#!/usr/bin/env node
// Reads back what the smoke tests' builds wrote, with readers that are not the writers' code paths:
//   workbook FILE   every sheet's name and cell values as JSON lines (exceljs reading the file from disk)
//   record FILE     the record parsed with `yaml`, as JSON
//   summary FILE    the `summary` and the problem codes of a `validate --format json` output
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
} else {
  console.error("usage: smoke-read.mjs workbook|record|summary FILE");
  process.exit(2);
}
