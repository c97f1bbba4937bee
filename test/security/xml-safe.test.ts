/**
 * What cannot be written is refused or replaced: text fields refuse noncharacters, lone surrogates and C1
 * controls like other control characters; and every kind of workbook the tool writes (monthly report, ledger,
 * filing form) is read back by exceljs even when a record quotes such characters where no schema looks
 * (an unknown key, which the 预警 sheet quotes).
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isXmlSafe, xmlSafe } from "../../src/util/xml-safe.js";
import { problemsOf } from "../helpers/check.js";
import { ROOT, run, tempCopy } from "../helpers/cli.js";
import { readWorkbook } from "../helpers/workbook.js";

const BAD: [string, string][] = [
  ["U+FFFE", "\uFFFE"],
  ["U+FFFF", "\uFFFF"],
  ["U+1FFFE", "\u{1FFFE}"],
  ["U+10FFFF", "\u{10FFFF}"],
  ["U+FDD0", "\uFDD0"],
  ["U+0085 (C1)", "\u0085"],
  ["U+009F (C1)", "\u009F"],
];

const record = (title: string) =>
  `schema: wenping/decision-item@1\nid: BXMZ-2021-001\ntitle: ${title}\nunit: JZK\ncategory: other\ndomain: other\ninitial_risk: low\nlisted_on: 2021-06-01\n`;

describe("text fields refuse what a workbook cannot hold", () => {
  it.each(BAD)("%s typed in a title is refused like a control character", (_name, ch) => {
    const problems = problemsOf(record(`事项${ch}名称`));
    expect(problems.map((p) => p.code)).toContain("SCHEMA");
    expect(problems.map((p) => p.message).join()).toContain("控制字符");
  });

  it.each([
    ["a lone high surrogate", '"事项\\ud800"'],
    ["a lone low surrogate", '"\\udc00事项"'],
    ["an escaped noncharacter", '"事项\\uFFFE"'],
    ["an escaped C1 control", '"事项\\x85"'],
  ])("%s written as an escape is refused", (_name, quoted) => {
    const problems = problemsOf(record(quoted));
    expect(problems.map((p) => p.message).join()).toContain("控制字符");
  });

  it("keeps what is fine: emoji (a surrogate pair), U+FFFD, tabs and line breaks in text", () => {
    expect(problemsOf(record('"事项😀\\uFFFD\\t甲"'))).toEqual([]);
    expect(problemsOf(record("|-\n  第一行\n  第二行"))).toEqual([]);
  });

  it("xmlSafe replaces exactly the unsafe characters", () => {
    for (const [, ch] of BAD) expect(xmlSafe(`a${ch}b`)).toBe("a\uFFFDb");
    expect(xmlSafe("x\uD800y\uDC00")).toBe("x\uFFFDy\uFFFD");
    expect(xmlSafe("甲😀\t\n")).toBe("甲😀\t\n");
  });
});

describe("every kind of workbook the tool writes reads back", () => {
  const { dir, cleanup } = tempCopy(join(ROOT, "test", "fixtures", "report"));
  afterAll(cleanup);
  // Unknown keys are quoted on the 预警 sheet; a key is not a text field, so nothing refused these characters.
  writeFileSync(
    join(dir, "records", "BXMZ-R99.yaml"),
    `${record("事项").replace("BXMZ-2021-001", "BXMZ-R99")}"备注\\uFFFE\\x85\\ud800": 1\n"x\\u0001": 2\n`,
  );

  it.each([
    [
      "report monthly",
      ["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-05", "--allow-invalid", "--out", "m.xlsx"],
      "m.xlsx",
    ],
    ["ledger", ["ledger", "--as-of", "2021-06-03", "--out", "l.xlsx"], "l.xlsx"],
    ["form", ["form", "BXMZ-R01", "--as-of", "2021-06-03", "--out", "f.xlsx"], "f.xlsx"],
  ])("%s: exceljs reads it back, and no cell holds an unsafe character", async (_name, args, file) => {
    const r = run([...(args as string[]), "--workspace", dir], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const workbook = await readWorkbook(join(dir, file as string));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") texts.push(cell.value);
        }),
      ),
    );
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((t) => !isXmlSafe(t))).toEqual([]);
    if (file === "m.xlsx") expect(texts.join("\n")).toContain("备注\uFFFD");
  });

  it("the workspace holds nothing but what the test wrote", () => {
    expect(readdirSync(join(dir, "records"))).toContain("BXMZ-R99.yaml");
  });
});
