import { describe, expect, it } from "vitest";
import { parseCount, readLooseDate } from "../../src/util/loose-date.js";
import { problemsOf } from "../helpers/check.js";

describe("dates as clerks type them", () => {
  it.each([
    ["2026-4-20", { date: "2026-04-20" }],
    ["2026/4/20", { date: "2026-04-20" }],
    ["2026年4月20日", { date: "2026-04-20" }],
    ["20260420", { date: "2026-04-20" }],
    ["２０２６－０４－２０", { date: "2026-04-20" }],
    ["2024/2/29", { date: "2024-02-29" }],
    ["2026-13-01", { problem: "month", month: 13 }],
    ["2026-0-01", { problem: "month", month: 0 }],
    ["2026/2/30", { problem: "day", month: 2, day: 30 }],
    ["2025-2-29", { problem: "day", month: 2, day: 29 }],
    ["2026-04-31", { problem: "day", month: 4, day: 31 }],
    ["2026-4", { problem: "form" }],
    ["明天", { problem: "form" }],
  ])("%s", (typed, read) => {
    expect(readLooseDate(typed)).toEqual(read);
  });
});

describe("counts as clerks type them", () => {
  it.each([
    ["912", 912],
    ["９１２", 912],
    [" 0 ", 0],
    ["-1", undefined],
    ["1.5", undefined],
    ["十", undefined],
  ])("%s", (typed, count) => {
    expect(parseCount(typed)).toBe(count);
  });
});

describe("a record's impossible date names the month or day", () => {
  const record = (listed: string) => `schema: wenping/decision-item@1
id: BXMZ-2021-140
title: 日期
unit: JZK
category: other
domain: other
initial_risk: low
listed_on: ${listed}
`;
  it.each([
    ["2021-13-01", "没有 13 月"],
    ["2021-02-30", "2 月没有 30 日"],
    ["2021-2-3x", "不是有效的日期"],
  ])("%s", (listed, said) => {
    const problems = problemsOf(record(listed));
    expect(problems.map((p) => p.code)).toEqual(["SCHEMA"]);
    expect(problems[0]?.message).toContain(said);
    expect(problems[0]?.line).toBe(8);
  });
});
