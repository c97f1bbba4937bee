// Cold: spawns the built binary on temp copies of test/fixtures/report plus test/fixtures/annual and the
// seven-step item test/fixtures/valid/BXMZ-2021-007.yaml; figures worked by hand in test/fixtures/annual/README.md.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labelWidth } from "../../src/report/sheet-style.js";
import { hasStack, ROOT, run, tempCopy } from "../helpers/cli.js";
import { readDocx } from "../helpers/docx.js";
import { pngFacts } from "../helpers/png.js";
import { readWorkbook, rowValues } from "../helpers/workbook.js";

const FIXTURES = join(ROOT, "test", "fixtures");
const AS_OF = ["--as-of", "2022-01-10"];
const DOCX = "稳评工作总结-2021.docx";
const XLSX = "稳评年度统计-2021.xlsx";

function workspace(): { dir: string; cleanup: () => void } {
  const copy = tempCopy(join(FIXTURES, "report"));
  for (const f of readdirSync(join(FIXTURES, "annual")).filter((n) => n.endsWith(".yaml"))) {
    cpSync(join(FIXTURES, "annual", f), join(copy.dir, "records", f));
  }
  cpSync(join(FIXTURES, "valid", "BXMZ-2021-007.yaml"), join(copy.dir, "records", "BXMZ-2021-007.yaml"));
  return copy;
}

describe("wenping report annual", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = workspace());
    const r = run(["report", "annual", "--year", "2021", ...AS_OF], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(DOCX);
    expect(r.stdout).toContain(XLSX);
    const m = run(["report", "monthly", "--month", "2021-12", ...AS_OF, "--out", "dec.xlsx"], { cwd: dir });
    expect(m.code, m.stderr).toBe(0);
  }, 120_000);
  afterAll(() => cleanup());

  it("writes the year's facts as sentences, every figure from the records", async () => {
    const text = (await readDocx(join(dir, DOCX))).paragraphs.join("\n");
    expect(text).toContain("本溪市民政局2021年度社会稳定风险评估工作总结");
    expect(text).toContain("2021年,本溪市民政局共完成重大决策社会稳定风险评估 10 件,去年同期 3 件,同比增长 233.3%");
    expect(text).toContain("重大政策类 5 件,占 50.0%,达到不低于 30% 的目标");
    expect(text).toContain("委托第三方评估 5 件,占 50.0%,达到不低于 50% 的目标");
    expect(text).toContain("重大政策 5 件、重大工程项目 1 件、重大活动 1 件、其他 3 件");
    expect(text).toContain("简易程序 4 件、普通程序 5 件、特殊程序 1 件");
    expect(text).toContain("自行评估 5 件、委托第三方 5 件");
    expect(text).toContain("低风险 4 件、中风险 4 件、高风险 2 件");
    expect(text).toContain("实施 4 件、化解后实施 2 件、不实施 1 件、暂缓实施 0 件、调整后再决策 0 件、待决策 3 件");
    for (const section of [
      "一、基本情况",
      "二、督导发现",
      "三、未办结事项",
      "四、主要做法",
      "五、存在问题",
      "六、下一步打算",
    ]) {
      expect(text).toContain(section);
    }
  });

  it("holds the unit table, with the year's counts per unit and the total", async () => {
    const [units] = (await readDocx(join(dir, DOCX))).tables;
    const row = (name: string) => units?.find((r) => r[0] === name);
    expect(units?.[0]?.[0]).toBe("单位");
    // 单位 评估事项数 重大政策 委托第三方 简易 普通 特殊 低 中 高 去年同期 同比增长
    expect(row("办公室")).toEqual(["办公室", "1", "0", "0", "1", "0", "0", "1", "0", "0", "0", "—"]);
    expect(row("社会救助科")).toEqual(["社会救助科", "5", "4", "2", "2", "3", "0", "2", "2", "1", "1", "400.0%"]);
    expect(row("市民政事务服务中心")).toEqual([
      "市民政事务服务中心",
      "4",
      "1",
      "3",
      "1",
      "2",
      "1",
      "1",
      "2",
      "1",
      "2",
      "100.0%",
    ]);
    expect(row("合计")).toEqual(["合计", "10", "5", "5", "4", "5", "1", "4", "4", "2", "3", "233.3%"]);
  });

  it("lists every 督导 finding by unit with its id, title and the rule's words", async () => {
    const text = (await readDocx(join(dir, DOCX))).paragraphs.join("\n");
    const section = text.slice(text.indexOf("二、督导发现"), text.indexOf("三、未办结事项"));
    expect(section).toMatch(/BXMZ-S01「事项S01未评估即决策」:【应评不评】.+\(WP007\)/);
    expect(section).toMatch(/BXMZ-S02「事项S02高风险实施」:【评而不用】.+\(WP008\)/);
    expect(section).toMatch(/BXMZ-S02「事项S02高风险实施」:【专家回避】.+\(WP011\)/);
    expect(section).toMatch(/BXMZ-S03「事项S03措施逾期」:【措施逾期】.+\(WP017\)/);
    // Grouped by unit in wenping.yaml order: 办公室 (S03) before 社会救助科 (S01) before the centre (S02).
    expect(section.indexOf("办公室")).toBeLessThan(section.indexOf("社会救助科"));
    expect(section.indexOf("BXMZ-S03")).toBeLessThan(section.indexOf("BXMZ-S01"));
    expect(section.indexOf("BXMZ-S01")).toBeLessThan(section.indexOf("BXMZ-S02"));
  });

  it("lists the items still open: not assessed, or assessed and not decided", async () => {
    const { tables } = await readDocx(join(dir, DOCX));
    const open = tables.find((t) => t[0]?.[0] === "事项编号");
    const states = new Map(open?.slice(1).map((r) => [r[0], r[4]]));
    expect(states.get("BXMZ-R09")).toBe("未完成评估");
    expect(states.get("BXMZ-R04")).toBe("已评估,待决策");
    expect(states.has("BXMZ-R01")).toBe(false);
  });

  it("lays the page out as a 公文: A4, GB/T 9704 margins, 仿宋 三号 body, 黑体 headings, page numbers", async () => {
    const { xml, footers } = await readDocx(join(dir, DOCX));
    // Attribute checks on extracts only: a failure should not print the whole document.
    expect(/<w:pgSz [^>]*>/.exec(xml)?.[0]).toMatch(/w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    const mm = (name: string) => Math.round(Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]) / 56.7);
    expect([mm("top"), mm("bottom"), mm("left"), mm("right")]).toEqual([37, 35, 28, 26]);
    const fonts = new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts].sort()).toEqual(["仿宋", "方正小标宋简体", "楷体", "黑体"].sort());
    expect(xml.includes('<w:sz w:val="32"/>')).toBe(true);
    expect(footers.join("")).toContain("PAGE");
  });

  it("embeds two chart pictures that decode to drawn PNGs", async () => {
    const { media } = await readDocx(join(dir, DOCX));
    expect(media.size).toBe(2);
    for (const png of media.values()) {
      const facts = pngFacts(png);
      expect(facts.width).toBe(1520);
      expect(facts.height).toBe(760);
      expect(facts.inked).toBeGreaterThan(0.02);
      expect(facts.colours).toBeGreaterThan(5);
    }
  });

  it("writes the workbook: the year by unit and by month, with the charts, and the 督导 list", async () => {
    const book = await readWorkbook(join(dir, XLSX));
    expect(book.worksheets.map((s) => s.name)).toEqual(["年度统计", "分月统计", "督导清单"]);
    const units = book.getWorksheet("年度统计")!;
    const row = (sheet: typeof units, name: string) => {
      for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === name) return rowValues(sheet, r, 26);
      return undefined;
    };
    expect(units.getCell(4, 3).value).toBe("本年评估事项数");
    expect(row(units, "合计")?.slice(2, 8)).toEqual([10, 5, 1, 1, 3, 4]);
    const months = book.getWorksheet("分月统计")!;
    expect(row(months, "5月")?.[2]).toBe(5);
    expect(row(months, "7月")?.[2]).toBe(1);
    expect(months.getImages()).toHaveLength(2);
    const list = book.getWorksheet("督导清单")!;
    const codes = Array.from({ length: list.rowCount - 3 }, (_, i) => list.getCell(i + 4, 6).value);
    expect(codes).toEqual(expect.arrayContaining(["WP007", "WP008", "WP011", "WP017"]));
    expect(codes.every((code) => /^WP\d{3}$/.test(String(code)))).toBe(true);
  });

  it("titles 督导清单 like the sheets beside it, its column labels repeated on each printed page", async () => {
    const list = (await readWorkbook(join(dir, XLSX))).getWorksheet("督导清单")!;
    expect(list.getCell(1, 1).value).toBe("重大决策社会稳定风险评估督导清单");
    expect(list.getCell(1, 1).font.bold).toBe(true);
    expect([...new Set(rowValues(list, 2, 7))]).toEqual([
      "填报单位:本溪市民政局",
      "统计期间:2021年",
      "报出日期:2022年1月10日",
    ]);
    expect(rowValues(list, 3, 7)).toEqual(["序号", "单位", "事项编号", "事项名称", "问题类别", "代码", "问题"]);
    expect(list.getCell(4, 1).value).toBe(1);
    expect(list.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(list.pageSetup.printTitlesRow).toBe("3:3");
  });

  it("sizes 年度统计 and 分月统计 as 统计表: no ### in a percentage, labels whole, the charts side by side within it", async () => {
    const book = await readWorkbook(join(dir, XLSX));
    const dec = (await readWorkbook(join(dir, "dec.xlsx"))).getWorksheet("统计表")!;
    const widths = (sheet: ExcelJS.Worksheet) => Array.from({ length: 26 }, (_, c) => sheet.getColumn(c + 1).width);
    for (const name of ["年度统计", "分月统计"]) {
      const sheet = book.getWorksheet(name)!;
      expect(widths(sheet)).toEqual(widths(dec));
      // 政策类占比, 第三方占比, 同比增长 hold "-1000.0%" whole (the growth of this fixture is 233.3 %).
      for (const c of [23, 24, 26]) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(labelWidth("-1000.0%"));
      for (let c = 3; c <= 26; c++) {
        const label = String(sheet.getCell(4, c).value ?? sheet.getCell(3, c).value);
        expect(sheet.getColumn(c).width, label).toBeGreaterThanOrEqual(labelWidth(label));
      }
    }
    const months = book.getWorksheet("分月统计")!;
    // Pixels from the left edge to column c (0-based), as Excel lays columns out: 7 px a width unit and 5 px padding.
    const left = (c: number) =>
      widths(months)
        .slice(0, c)
        .reduce<number>((px, w) => px + (w ?? 9) * 7 + 5, 0);
    const [first, second] = months.getImages().map((image) => image.range) as unknown as {
      tl: { nativeCol: number; nativeRow: number };
      ext: { width: number };
    }[];
    expect(first?.tl.nativeCol).toBe(0);
    expect(second?.tl.nativeRow).toBe(first?.tl.nativeRow);
    expect(left(second!.tl.nativeCol)).toBeGreaterThan(first!.ext.width); // not overlapping
    expect(left(second!.tl.nativeCol) + second!.ext.width).toBeLessThanOrEqual(left(26)); // not past the table's edge
    expect(first!.ext.width).toBeGreaterThan(left(26) * 0.4); // each about half the table, not a thumbnail
  });

  it("agrees with December's monthly table: the year-to-date columns equal the year's figures, row by row", async () => {
    const year = (await readWorkbook(join(dir, XLSX))).getWorksheet("年度统计")!;
    const dec = (await readWorkbook(join(dir, "dec.xlsx"))).getWorksheet("统计表")!;
    for (let r = 5; r <= 8; r++) {
      expect(year.getCell(r, 2).value).toBe(dec.getCell(r, 2).value);
      // 本年累计评估数, 政策类占比, 第三方占比, 去年同期累计, 同比增长
      expect(rowValues(year, r, 26).slice(21)).toEqual(rowValues(dec, r, 26).slice(21));
      expect(year.getCell(r, 3).value).toBe(dec.getCell(r, 22).value);
    }
  });

  it("refuses to overwrite either file without --force, and writes neither", () => {
    const other = workspace();
    try {
      writeFileSync(join(other.dir, XLSX), "old");
      const r = run(["report", "annual", "--year", "2021", ...AS_OF], { cwd: other.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("--force");
      expect(existsSync(join(other.dir, DOCX))).toBe(false);
      expect(hasStack(r.stderr)).toBe(false);
    } finally {
      other.cleanup();
    }
  });
});

describe("wenping report annual: a year under way", () => {
  it("prints a month not yet reached like the others, its figures empty (not 0)", async () => {
    const { dir, cleanup } = workspace();
    try {
      const r = run(["report", "annual", "--year", "2021", "--as-of", "2021-11-05"], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const months = (await readWorkbook(join(dir, XLSX))).getWorksheet("分月统计")!;
      const [nov, dec] = [15, 16];
      expect([months.getCell(nov, 2).value, months.getCell(dec, 2).value]).toEqual(["11月", "12月"]);
      expect(rowValues(months, dec, 26).slice(2)).toEqual(Array(24).fill(null));
      expect(months.getRow(dec).height).toBe(months.getRow(nov).height);
      for (let c = 1; c <= 26; c++) {
        const [a, b] = [months.getCell(nov, c), months.getCell(dec, c)];
        expect({ alignment: b.alignment, border: b.border, font: b.font, numFmt: b.numFmt }, `column ${c}`).toEqual({
          alignment: a.alignment,
          border: a.border,
          font: a.font,
          numFmt: a.numFmt,
        });
      }
    } finally {
      cleanup();
    }
  }, 120_000);
});

describe("wenping report annual: nothing to supervise", () => {
  it("writes one bordered row 无 under 督导清单's labels, so the printed list does not look cut off", async () => {
    const { dir, cleanup } = tempCopy(join(FIXTURES, "report"));
    try {
      for (const f of readdirSync(join(dir, "records"))) rmSync(join(dir, "records", f));
      const r = run(["report", "annual", "--year", "2021", "--as-of", "2021-11-05"], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const list = (await readWorkbook(join(dir, XLSX))).getWorksheet("督导清单")!;
      expect(list.getCell(1, 1).value).toBe("重大决策社会稳定风险评估督导清单");
      expect(list.getCell(3, 1).value).toBe("序号");
      expect(rowValues(list, 4, 7)).toEqual(Array(7).fill("无")); // one cell merged across the table
      expect(list.getCell(4, 7).isMerged).toBe(true);
      expect(list.getCell(4, 1).border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
      expect(list.getCell(4, 1).alignment).toMatchObject({ horizontal: "center" });
      expect(list.rowCount).toBe(4);
    } finally {
      cleanup();
    }
  }, 120_000);
});

describe("wenping report annual: refusals", () => {
  it("is blocked by an unreadable record with the monthly report's message, unless --allow-invalid", async () => {
    const { dir, cleanup } = workspace();
    try {
      writeFileSync(join(dir, "records", "BAD.yaml"), "id: [unclosed\n");
      const monthly = run(["report", "monthly", "--month", "2021-12", ...AS_OF], { cwd: dir });
      const r = run(["report", "annual", "--year", "2021", ...AS_OF], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(monthly.stderr);
      expect(existsSync(join(dir, DOCX))).toBe(false);
      const allowed = run(["report", "annual", "--year", "2021", ...AS_OF, "--allow-invalid"], { cwd: dir });
      expect(allowed.code, allowed.stderr).toBe(0);
      // Left out, and said so in the summary: the figures do not silently drop a record.
      const text = (await readDocx(join(dir, DOCX))).paragraphs.join("\n");
      expect(text).toContain("另有 1 个记录文件格式有误,未计入上述数字:records/BAD.yaml");
    } finally {
      cleanup();
    }
  }, 120_000);

  it("refuses a year not begun and a malformed year, in the user's language", () => {
    const { dir, cleanup } = workspace();
    try {
      const future = run(["report", "annual", "--year", "2030", ...AS_OF, "--lang", "en"], { cwd: dir });
      expect(future.code).toBe(2);
      expect(future.stderr).toContain("has not begun");
      const bad = run(["report", "annual", "--year", "21", ...AS_OF], { cwd: dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain("--year");
    } finally {
      cleanup();
    }
  });
});

describe("wenping draft", () => {
  it("drafts a seven-step item's report: every step's date, the consultation figures, every reviewer", async () => {
    const { dir, cleanup } = workspace();
    try {
      const r = run(["draft", "BXMZ-2021-007", ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const doc = await readDocx(join(dir, "BXMZ-2021-007-社会稳定风险评估报告.docx"));
      const text = doc.paragraphs.join("\n");
      const steps = doc.tables.find((t) => t[0]?.[1] === "步骤");
      expect(steps?.slice(1).map((row) => [row[1], row[2]])).toEqual([
        ["制定方案", "2021年3月5日"],
        ["听取意见", "2021年3月12日"],
        ["分析论证", "2021年3月19日"],
        ["确定风险", "2021年3月22日"],
        ["编制报告", "2021年3月26日"],
        ["组织评审", "2021年3月30日"],
        ["审查报备", "2021年4月2日"],
      ]);
      expect(text).toContain("通过问卷调查、座谈会听取意见");
      expect(text).toContain("共听取 120 人意见,其中支持 103 人(85.8%),反对 6 人(5.0%),其他 11 人(9.2%)");
      expect(text).toContain("受托机构:辽宁某某社会风险评估有限公司(备案编号 LN-WP-2020-013),采购方式:公开招标");
      expect(text).toContain("合法性:合法");
      expect(text).toContain("风险等级为中风险");
      const reviewers = doc.tables.find((t) => t[0]?.[1] === "专家");
      expect(reviewers?.slice(1)).toEqual([["1", "张某", "法律", "某律师事务所", "否", "否"]]);
      const measures = doc.tables.find((t) => t[0]?.[1] === "措施");
      expect(measures?.[1]).toEqual(["1", "开展政策解读", "社会救助科", "2021年5月30日", "2021年5月20日"]);
      for (const blank of ["主要意见和建议", "评审意见", "九、评估结论"]) expect(text).toContain(blank);
    } finally {
      cleanup();
    }
  });

  it("a reviewer whose conflict of interest is not recorded is shown as —, not 否", async () => {
    const { dir, cleanup } = workspace();
    try {
      const file = join(dir, "records", "BXMZ-2021-007.yaml");
      const text = readFileSync(file, "utf8");
      expect(text).toContain("conflict_of_interest: false, ");
      writeFileSync(file, text.replace("conflict_of_interest: false, ", ""));
      const r = run(["draft", "BXMZ-2021-007", ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const doc = await readDocx(join(dir, "BXMZ-2021-007-社会稳定风险评估报告.docx"));
      const reviewers = doc.tables.find((t) => t[0]?.[1] === "专家");
      expect(reviewers?.slice(1)).toEqual([["1", "张某", "法律", "某律师事务所", "—", "否"]]);
    } finally {
      cleanup();
    }
  });

  it("counts the experts who reviewed: a recused one is listed but said apart", async () => {
    const { dir, cleanup } = workspace();
    try {
      const file = join(dir, "records", "BXMZ-2021-007.yaml");
      const line = "        - { expert: E001, conflict_of_interest: false, recused: false }\n";
      const text = readFileSync(file, "utf8");
      expect(text).toContain(line);
      writeFileSync(
        file,
        text.replace(line, `${line}        - { expert: E003, conflict_of_interest: true, recused: true }\n`),
      );
      const r = run(["draft", "BXMZ-2021-007", ...AS_OF], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const doc = await readDocx(join(dir, "BXMZ-2021-007-社会稳定风险评估报告.docx"));
      expect(doc.paragraphs.join("\n")).toContain("评审专家 1 人(另有 1 人回避)");
      expect(doc.tables.find((t) => t[0]?.[1] === "专家")?.slice(1)).toHaveLength(2);
    } finally {
      cleanup();
    }
  });

  it("tells a simple-procedure item to use wenping form", () => {
    const { dir, cleanup } = workspace();
    try {
      const r = run(["draft", "BXMZ-R01", ...AS_OF], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("wenping form BXMZ-R01");
      expect(readdirSync(dir).some((n) => n.endsWith(".docx"))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe("wenping status in December", () => {
  it("reminds from December 1st that the year's summary is due, and says when it is written", () => {
    const { dir, cleanup } = workspace();
    try {
      const november = run(["status", "--as-of", "2021-11-30"], { cwd: dir });
      expect(november.stdout).not.toContain("年度稳评工作总结");
      const december = run(["status", "--as-of", "2021-12-01"], { cwd: dir });
      expect(december.stdout).toContain("2021年度稳评工作总结应于年底前完成:尚未生成,请运行 wenping report annual");
      expect(december.stdout).toContain("政策类占比");
      writeFileSync(join(dir, DOCX), "");
      const json = JSON.parse(run(["status", "--as-of", "2021-12-01", "--format", "json"], { cwd: dir }).stdout);
      expect(json.annual).toEqual({ year: 2021, written: true });
    } finally {
      cleanup();
    }
  });
});
