import { existsSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "fast-string-width";
import JSZip from "jszip";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { csvCell } from "../../src/report/ledger.js";
import { ROOT, run, tempCopy } from "../helpers/cli.js";
import { readWorkbook, rowValues } from "../helpers/workbook.js";

// Every test runs on its own fresh copy of the fixture (tests never write into the repository), so each starts
// cold: no facts cache under .wenping/ until its first run writes one; later runs in the same test are warm.
const FIXTURE = join(ROOT, "test", "fixtures", "report");
let workspace = "";
let cleanup: () => void = () => {};
beforeEach(() => {
  const copy = tempCopy(FIXTURE);
  workspace = copy.dir;
  cleanup = copy.cleanup;
});
afterEach(() => cleanup());

describe("wenping ledger (cold)", () => {
  it("CSV is UTF-8 with a BOM, one row per item with its derived state", () => {
    const r = run(["ledger", "--format", "csv", "-w", workspace, "--as-of", "2021-06-03"]);
    expect(r.code).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = r.stdout.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "事项编号,事项名称,单位,类别,状态,纳入计划清单日期,评估程序,评估方式,已完成步骤,风险等级,完成日期,决策结果,决策日期,最近跟踪日期",
    );
    expect(lines).toHaveLength(12);
    expect(lines.find((l) => l.startsWith("BXMZ-R09,"))).toContain(",已列入清单,");
    expect(lines.find((l) => l.startsWith("BXMZ-R01,"))).toContain(",跟踪中,");
    expect(lines.find((l) => l.startsWith("BXMZ-R02,"))).toContain(",已决策,");
    expect(lines.find((l) => l.startsWith("BXMZ-R04,"))).toContain(",已评估,");
    // A formula-like title is neutralised (OWASP CSV injection).
    expect(lines.find((l) => l.startsWith("BXMZ-R11,"))).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
  });

  it.each([
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["a,b", '"a,b"'],
    ["普通文字", "普通文字"],
  ])("csvCell(%j) is %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it("JSON keeps the record's own values; --year filters", () => {
    const r = run(["ledger", "--format", "json", "--year", "2020", "-w", workspace, "--as-of", "2021-06-03"]);
    const rows = JSON.parse(r.stdout) as { id: string; state: string; procedure: string }[];
    expect(rows.map((x) => x.id)).toEqual([
      "BXMZ-R01",
      "BXMZ-R02",
      "BXMZ-R03",
      "BXMZ-R04",
      "BXMZ-R05",
      "BXMZ-R06",
      "BXMZ-R07",
      "BXMZ-R08",
      "BXMZ-R10",
      "BXMZ-R11",
    ]);
    expect(rows[5]).toMatchObject({ state: "assessed", procedure: "simple" });
  });

  it("xlsx is written to a file and reads back", async () => {
    expect(run(["ledger", "--as-of", "2021-06-03"], { cwd: workspace }).code).toBe(0);
    const sheet = (await readWorkbook(join(workspace, "稳评台账.xlsx"))).getWorksheet("台账")!;
    expect(sheet.getCell(1, 1).value).toBe("重大决策社会稳定风险评估台账");
    expect([...new Set(rowValues(sheet, 2, 14).filter(Boolean))]).toEqual([
      "填报单位:本溪市民政局",
      "截至:2021年6月3日",
    ]);
    expect(rowValues(sheet, 3, 3)).toEqual(["事项编号", "事项名称", "单位"]);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(18); // BXMZ-2026-001 on one line
    expect(sheet.rowCount).toBe(14);
  });

  it("xlsx prints landscape, one page wide, the column labels repeated (the sheet's own XML, read without exceljs)", async () => {
    expect(run(["ledger", "--as-of", "2021-06-03"], { cwd: workspace }).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(workspace, "稳评台账.xlsx")));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // Without <pageSetUpPr fitToPage="1"/> Excel and LibreOffice ignore fitToWidth and print at 100 %, two pages wide.
    expect(sheetXml).toMatch(/<sheetPr>.*<pageSetUpPr fitToPage="1"\/>.*<\/sheetPr>/);
    const setup = sheetXml.match(/<pageSetup [^>]*>/)?.[0] ?? "";
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain("!$3:$3</definedName>");
  });

  it("xlsx in English names its sheet, title and heading lines in English (read back as XML, not by exceljs)", async () => {
    expect(run(["ledger", "--lang", "en", "--as-of", "2021-06-03", "-o", "ledger.xlsx"], { cwd: workspace }).code).toBe(
      0,
    );
    const zip = await JSZip.loadAsync(readFileSync(join(workspace, "ledger.xlsx")));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual(["ledger"]);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const texts = [...sheetXml.matchAll(/<c [^>]*t="str"[^>]*><v>([^<]*)<\/v>/g)].map((m) => m[1]);
    expect(texts.slice(0, 3)).toEqual(["Risk assessment ledger", "Organisation: 本溪市民政局", "As of: 2021-06-03"]);
    expect(sheetXml).not.toMatch(/台账|填报单位|截至/);
  });
});

describe("wenping status", () => {
  it("JSON has this year against last year, the shares and targets, the next report and the alerts (cold, then warm)", () => {
    const s = JSON.parse(run(["status", "--format", "json", "--as-of", "2021-06-03"], { cwd: workspace }).stdout);
    // June 2021 so far: R10 completes 2021-06-01, so YTD is May's 6 plus 1.
    expect(s).toMatchObject({ ytd: 7, lastYtd: 3, policyTarget: 0.3, thirdPartyTarget: 0.5 });
    expect(s.policyShare).toBeCloseTo(3 / 7);
    expect(s.report).toEqual({ month: "2021-05", due: "2021-06-07", written: false, early: false, overdue: false });
    expect(s.alerts.map((a: { code: string }) => a.code)).toEqual(["PENDING"]);
    writeFileSync(join(workspace, "重大决策社会稳定风险评估情况统计表-2021-05.xlsx"), "x");
    const after = JSON.parse(run(["status", "--format", "json", "--as-of", "2021-06-03"], { cwd: workspace }).stdout);
    expect(after.report).toEqual({ month: "2021-06", due: "2021-07-07", written: false, early: false, overdue: false });
    const late = JSON.parse(run(["status", "--format", "json", "--as-of", "2021-07-08"], { cwd: workspace }).stdout);
    expect(late.report).toMatchObject({ month: "2021-06", overdue: true });
  });

  // `report monthly --month 2021-05` run on May 31st lacks what is completed that evening: not the table to send.
  it("a table written before its month ended is not taken as written: it is named as early, and overdue after the 7th", () => {
    const file = join(workspace, "重大决策社会稳定风险评估情况统计表-2021-05.xlsx");
    writeFileSync(file, "x");
    const lastEvening = new Date(2021, 4, 31, 20, 0);
    utimesSync(file, lastEvening, lastEvening);
    const status = (asOf: string) => run(["status", "--format", "json", "--as-of", asOf], { cwd: workspace });
    const early = JSON.parse(status("2021-06-03").stdout);
    expect(early.report).toEqual({ month: "2021-05", due: "2021-06-07", written: false, early: true, overdue: false });
    expect(JSON.parse(status("2021-06-08").stdout).report).toMatchObject({
      month: "2021-05",
      early: true,
      overdue: true,
    });
    const text = run(["status", "--as-of", "2021-06-03"], { cwd: workspace }).stdout;
    expect(text).toContain("2021年5月统计表应于 2021年6月7日 前报送局办公室:已有的表是月底前生成的,不全");
    expect(text).not.toContain("已生成");
    const nextMorning = new Date(2021, 5, 1, 8, 0);
    utimesSync(file, nextMorning, nextMorning);
    expect(JSON.parse(status("2021-06-03").stdout).report).toMatchObject({ month: "2021-06", early: false });
  });

  it("text shows the bars and the items needing attention (cold)", () => {
    const r = run(["status", "-w", workspace, "--as-of", "2021-06-03"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/政策类占比\s+█+░+ 42\.9%/);
    expect(r.stdout).toContain("BXMZ-R09");
    expect(r.stdout).toContain("待评估");
    expect(r.stdout).not.toContain("PENDING");
  });

  it.each(["zh", "en"])("the two bars start in the same column (%s)", (lang) => {
    const r = run(["status", "-w", workspace, "--as-of", "2021-06-03", "--lang", lang]);
    const bars = r.stdout.split("\n").filter((l) => /[█░]{20}/.test(l));
    expect(bars).toHaveLength(2);
    const column = (l: string) => stringWidth(l.slice(0, l.search(/[█░]/)));
    expect(column(bars[0]!)).toBe(column(bars[1]!));
  });

  it("leaves the fixture in the repository as it is: the cache is written in the copy", () => {
    expect(run(["status", "-w", workspace, "--as-of", "2021-06-03"]).code).toBe(0);
    expect(existsSync(join(workspace, ".wenping", "cache"))).toBe(true);
    expect(existsSync(join(FIXTURE, ".wenping"))).toBe(false);
  });
});
