import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { freshCopies, hasStack, ROOT, run, tempCopy } from "../helpers/cli.js";
import { contentOf, readWorkbook, rowValues } from "../helpers/workbook.js";

const FIXTURE = join(ROOT, "test", "fixtures", "report");
const ARGS = ["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-05"];
const workspace = freshCopies(FIXTURE);

// The hand-worked figures of test/fixtures/report/README.md: columns 3..26 of 统计表.
// total | policy project activity other | simple ordinary special | self third | low medium high |
// implement after-mitigation not-implement postpone adjust pending | ytd policy% third% last-ytd growth
const EXPECTED: Record<string, unknown[]> = {
  办公室: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, null],
  社会救助科: [2, 2, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 3, 2 / 3, 1 / 3, 1, 2],
  市民政事务服务中心: [3, 0, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 0, 0, 0, 0, 0, 0, 3, 3, 0, 2 / 3, 1, 2],
  合计: [5, 2, 1, 1, 1, 2, 2, 1, 2, 3, 2, 2, 1, 1, 0, 1, 0, 0, 3, 6, 2 / 6, 3 / 6, 2, 2],
};
const LABELS =
  "序号 单位 本月评估事项数 重大政策 重大工程项目 重大活动 其他类 简易程序 普通程序 特殊程序 自行评估 委托第三方 低风险 中风险 高风险 实施 化解后实施 不实施 暂缓实施 调整后再决策 待决策 本年累计评估数 政策类占比 第三方占比 去年同期累计 同比增长".split(
    " ",
  );

describe("wenping report monthly", () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    const copy = tempCopy(FIXTURE);
    dir = copy.dir;
    out = join(dir, "out.xlsx");
    const r = run([...ARGS, "--out", out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return copy.cleanup;
  });

  it("has the sheets 统计表, 明细, 预警 in order", async () => {
    expect((await readWorkbook(out)).worksheets.map((s) => s.name)).toEqual(["统计表", "明细", "预警"]);
  });

  it("carries every header label of docs/reference/workbook.md, the title block and the due date", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("统计表")!;
    const texts = new Set<string>();
    sheet.eachRow((row) => row.eachCell((cell) => texts.add(String(cell.value))));
    for (const label of LABELS) expect(texts, label).toContain(label);
    expect(sheet.getCell("A1").value).toBe("重大决策社会稳定风险评估情况统计表");
    const block = rowValues(sheet, 2, 26).join(" ");
    expect(block).toContain("本溪市民政局");
    expect(block).toContain("2021年5月");
    expect(block).toContain("2021年6月7日");
  });

  it("has the hand-worked figures, a row per unit in wenping.yaml order and 合计", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("统计表")!;
    const rows: Record<string, unknown[]> = {};
    const order: string[] = [];
    for (let r = 5; r <= 8; r++) {
      const unit = String(sheet.getCell(r, 2).value);
      order.push(unit);
      rows[unit] = rowValues(sheet, r, 26).slice(2);
    }
    expect(order).toEqual(["办公室", "社会救助科", "市民政事务服务中心", "合计"]);
    for (const [unit, want] of Object.entries(EXPECTED)) {
      const got = rows[unit]!;
      want.forEach((w, i) => {
        if (typeof w === "number" && !Number.isInteger(w)) expect(got[i], `${unit} col ${i + 3}`).toBeCloseTo(w, 10);
        else expect(got[i], `${unit} col ${i + 3}`).toBe(w);
      });
    }
  });

  it("stores shares and growth as numbers with a percent format, counts as plain numbers", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("统计表")!;
    expect(typeof sheet.getCell("W8").value).toBe("number");
    expect(sheet.getCell("W8").numFmt).toMatch(/%/);
    expect(sheet.getCell("Z8").numFmt).toMatch(/%/);
    expect(sheet.getCell("C8").numFmt ?? "General").not.toMatch(/%/);
  });

  it("prints on A4 landscape, one page wide, header rows repeated, with merged multi-level headers", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("统计表")!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe("3:4");
    const merges = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges);
    expect(merges).toEqual(expect.arrayContaining(["A1", "A3", "D3"]));
    expect(sheet.getCell("D3").value).toBe("事项类别");
    expect(sheet.getCell("A5").font?.name).toBe("宋体");
  });

  it("lists the month's items in 明细, with dates that do not shift", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("明细")!;
    // Title, then 填报单位 / 统计月份 / 报出日期, then the header row.
    expect(sheet.getCell(1, 1).value).toBe("重大决策社会稳定风险评估事项明细表");
    expect([...new Set(rowValues(sheet, 2, 11).filter(Boolean))]).toEqual([
      "填报单位:本溪市民政局",
      "统计月份:2021年5月",
      "报出日期:2021年6月3日",
    ]);
    expect(rowValues(sheet, 3, 11)).toEqual([
      "事项编号",
      "事项名称",
      "单位",
      "类别",
      "评估程序",
      "评估方式",
      "第三方机构",
      "风险等级",
      "完成日期",
      "决策结果",
      "决策日期",
    ]);
    const ids = Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getCell(i + 4, 1).value);
    expect(ids).toEqual(["BXMZ-R01", "BXMZ-R02", "BXMZ-R03", "BXMZ-R04", "BXMZ-R11"]);
    const r02 = rowValues(sheet, 5, 11);
    expect(r02.slice(2, 8)).toEqual([
      "社会救助科",
      "重大政策",
      "普通程序",
      "委托第三方",
      "辽宁某某社会风险评估有限公司",
      "高风险",
    ]);
    expect((r02[8] as Date).toISOString()).toBe("2021-05-28T00:00:00.000Z");
    expect(r02[9]).toBe("不实施");
    expect(rowValues(sheet, 6, 11)[9]).toBe("待决策"); // decided after the as-of date
  });

  it("keeps a formula-like title inert text", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("明细")!;
    const cell = sheet.getCell(8, 2);
    expect(cell.value).toBe('=HYPERLINK("http://x","点我")');
    expect(cell.formula).toBeUndefined();
    expect(cell.type).toBe(3); // ValueType.String
  });

  it("lists in 预警 the item listed but not assessed", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet("预警")!;
    expect(sheet.getCell(1, 1).value).toBe("重大决策社会稳定风险评估预警事项表");
    expect(rowValues(sheet, 4, 8)).toEqual([
      1,
      "BXMZ-R09",
      "事项R09",
      "办公室",
      "待评估",
      "警告",
      "已列入计划清单 63 天,尚未完成评估",
      "records/BXMZ-R09.yaml",
    ]);
  });

  it("gives every header label a column wide enough for one line (no 重大政/策 in any reader)", async () => {
    const wb = await readWorkbook(out);
    // About 1.9 width units per Chinese character at 10 points, whatever the font.
    const check = (sheet: ExcelJS.Worksheet, rows: number[], labels: readonly string[]) => {
      const seen: string[] = [];
      for (const row of rows) {
        sheet.getRow(row).eachCell((cell, col) => {
          const label = String(cell.value);
          if (!labels.includes(label) || cell.master !== cell) return;
          seen.push(label);
          expect(sheet.getColumn(col).width ?? 0, label).toBeGreaterThanOrEqual(label.length * 1.9);
        });
      }
      expect(seen.sort()).toEqual([...labels].sort());
    };
    check(wb.getWorksheet("统计表")!, [3, 4], LABELS);
    check(wb.getWorksheet("明细")!, [3], ["事项编号", "事项名称", "评估程序", "第三方机构", "完成日期", "决策结果"]);
    check(wb.getWorksheet("预警")!, [3], ["事项编号", "事项名称", "代码", "级别", "问题"]);
  });

  it("leaves out of a past month's 预警 the items listed after that month", async () => {
    const dir = workspace();
    const march = join(dir, "march.xlsx");
    expect(
      run(["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-03", "--out", march], { cwd: dir }).code,
    ).toBe(0);
    const ids = (file: string) => async () => {
      const sheet = (await readWorkbook(file)).getWorksheet("预警")!;
      return Array.from({ length: sheet.rowCount - 3 }, (_, i) => sheet.getCell(i + 4, 2).value);
    };
    expect(await ids(march)()).not.toContain("BXMZ-R09"); // listed 2021-04-01
    expect(await ids(out)()).toContain("BXMZ-R09");
  });

  it("gives the same content for the same records and as-of date", async () => {
    const second = join(dir, "second.xlsx");
    expect(run([...ARGS, "--out", second], { cwd: dir }).code).toBe(0);
    expect(contentOf(await readWorkbook(second))).toEqual(contentOf(await readWorkbook(out)));
    const wb = await readWorkbook(second);
    expect(wb.created.toISOString()).toBe("2021-06-03T00:00:00.000Z");
  });
});

describe("report refusals", () => {
  it("refuses to overwrite without --force (exit 2, old file untouched), overwrites with it", () => {
    const dir = workspace();
    const out = join(dir, "t.xlsx");
    writeFileSync(out, "old");
    const r = run([...ARGS, "--out", out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(run([...ARGS, "--out", out, "--force"], { cwd: dir }).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it("blocks on malformed records (exit 1, nothing written) unless --allow-invalid, which lists them in 预警", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "records", "BXMZ-R12.yaml"), "schema: wenping/decision-item@1\nid: BXMZ-R12\ntitle: [\n");
    const out = join(dir, "t.xlsx");
    const blocked = run([...ARGS, "--out", out], { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain("records/BXMZ-R12.yaml");
    expect(hasStack(blocked.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(run([...ARGS, "--out", out, "--allow-invalid"], { cwd: dir }).code).toBe(0);
    const sheet = (await readWorkbook(out)).getWorksheet("预警")!;
    const codes = Array.from({ length: sheet.rowCount - 3 }, (_, i) => [
      sheet.getCell(i + 4, 5).value,
      sheet.getCell(i + 4, 8).value,
    ]);
    expect(codes).toContainEqual(["YAML", "records/BXMZ-R12.yaml"]);
    expect((await readWorkbook(out)).getWorksheet("统计表")!.getCell("C8").value).toBe(5);
  });

  it("counts items with rule problems and lists the problems in 预警", async () => {
    const dir = workspace();
    const path = join(dir, "records", "BXMZ-R01.yaml");
    const noted = (stderr: string) => Number(/有 (\d+) 个事项存在规则错误/.exec(stderr)?.[1] ?? 0);
    const before = noted(run([...ARGS, "--out", join(dir, "before.xlsx")], { cwd: dir }).stderr);
    writeFileSync(path, readFileSync(path, "utf8").replace("unit: JZK", "unit: XXX"));
    const out = join(dir, "t.xlsx");
    const r = run([...ARGS, "--out", out], { cwd: dir });
    expect(r.code).toBe(0);
    // Counted, but the clerk is told before sending it.
    expect(noted(r.stderr)).toBe(before + 1);
    const wb = await readWorkbook(out);
    const stats = wb.getWorksheet("统计表")!;
    expect(stats.getCell(8, 2).value).toBe("未登记单位");
    expect(stats.getCell(9, 2).value).toBe("合计");
    expect(stats.getCell(9, 3).value).toBe(5);
    const alerts = wb.getWorksheet("预警")!;
    expect(Array.from({ length: alerts.rowCount - 3 }, (_, i) => alerts.getCell(i + 4, 5).value)).toContain("WP003");
  });

  it("rejects a bad --month as a usage error", () => {
    const r = run(["report", "monthly", "--month", "2021-13"], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("YYYY-MM");
  });

  it("refuses a month not yet begun, and warns that a month still running is not complete", () => {
    const dir = workspace();
    const future = run(["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-07"], { cwd: dir });
    expect(future.code).toBe(2);
    expect(future.stderr).toContain("还没有开始");
    expect(existsSync(join(dir, "重大决策社会稳定风险评估情况统计表-2021-07.xlsx"))).toBe(false);
    const running = run(["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-06"], { cwd: dir });
    expect(running.code).toBe(0);
    expect(running.stderr).toContain("尚未结束");
    const past = run(["report", "monthly", "--as-of", "2021-06-03", "--month", "2021-05"], { cwd: dir });
    expect(past.stderr).not.toContain("尚未结束");
  });

  it("status points past a written table to this month's, made once the month is over", () => {
    const dir = workspace();
    expect(run(["report", "monthly", "--as-of", "2021-06-03"], { cwd: dir }).code).toBe(0);
    const status = run(["status", "--as-of", "2021-06-10"], { cwd: dir });
    expect(status.stdout).toContain("2021年6月统计表");
    expect(status.stdout).toContain("本月结束后再生成");
    expect(status.stdout).not.toContain("请运行 wenping report monthly\n");
  });

  it("defaults to the month before the as-of date, with a name that says so", () => {
    const dir = workspace();
    expect(run(["report", "monthly", "--as-of", "2021-06-03"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, "重大决策社会稳定风险评估情况统计表-2021-05.xlsx"))).toBe(true);
  });
});
