import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, run, tempCopy } from "../helpers/cli.js";
import { readWorkbook } from "../helpers/workbook.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

describe("wenping form", () => {
  it("writes the simple-procedure filing form with every field of docs/reference/commands.md and blank signature boxes", async () => {
    const copy = tempCopy(join(ROOT, "examples"));
    cleanup = copy.cleanup;
    // Typed in lower case, as a clerk may: ids are upper case by format, so it is the same item.
    const r = run(["form", "bxmz-2026-009", "--as-of", "2026-11-05"], { cwd: copy.dir });
    expect(r.code, r.stderr).toBe(0);
    const sheet = (await readWorkbook(join(copy.dir, "简易程序报备表-BXMZ-2026-009.xlsx"))).worksheets[0]!;
    const fields = new Map<string, string>();
    sheet.eachRow((row) => {
      fields.set(String(row.getCell(1).value), String(row.getCell(2).value ?? ""));
    });
    const labels =
      "填报单位 事项名称 责任单位 事项概况 主要风险 化解措施 评估方式 专题会议 风险等级 评估结论 报备日期".split(" ");
    for (const label of labels) expect(fields.has(label), label).toBe(true);
    expect(fields.get("事项名称")).toBe("全市养老服务月集中宣传活动");
    expect(fields.get("责任单位")).toBe("养老服务科");
    expect(fields.get("风险等级")).toBe("低风险");
    expect(fields.get("报备日期")).toBe("2026年10月16日");
    expect(fields.get("专题会议")).toContain("2026年10月12日");
    expect(fields.get("单位负责人")?.trim()).toMatch(/^（签字）\s+年\s+月\s+日$/);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToHeight: 1 });
  });

  it("refuses an item that is not on the simple procedure, and one that does not exist (exit 2)", () => {
    const ex = join(ROOT, "examples");
    const ordinary = run(["form", "BXMZ-2026-007", "-w", ex, "--out", "x.xlsx"]);
    expect(ordinary.code).toBe(2);
    expect(ordinary.stderr).toContain("不是简易程序");
    const unassessed = run(["form", "BXMZ-2026-014", "-w", ex, "--out", "x.xlsx"]);
    expect(unassessed.code).toBe(2);
    expect(unassessed.stderr).toContain("尚未评估");
    expect(unassessed.stderr).not.toContain("不是简易程序");
    const missing = run(["form", "BXMZ-1999-001", "-w", ex]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("没有找到事项 BXMZ-1999-001");
  });
});
