import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaText } from "../../src/commands/schema.js";
import { allSchemas } from "../../src/schema/definitions.js";
import { problemsOf } from "../helpers/check.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BASE = `schema: wenping/decision-item@1
id: BXMZ-2021-001
title: 调整标准
unit: JZK
category: other
domain: other
initial_risk: low
listed_on: 2021-06-01
`;

describe("the shipped schemas", () => {
  it.each(Object.entries(allSchemas()))(
    "schemas/%s is what the builder makes (run npm run schemas)",
    (name, schema) => {
      expect(readFileSync(join(ROOT, "schemas", name), "utf8")).toBe(schemaText(schema));
    },
  );

  it("every property has a Chinese title, every enum value an explanation", () => {
    const walk = (node: unknown, path: string): string[] => {
      if (typeof node !== "object" || node === null) return [];
      const n = node as Record<string, unknown>;
      const out: string[] = [];
      for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof child.title !== "string" || !/[\u4e00-\u9fff]/.test(child.title)) out.push(`${path}/${key}`);
      }
      if (Array.isArray(n.enum) && (!Array.isArray(n.enumDescriptions) || n.enumDescriptions.length !== n.enum.length))
        out.push(path);
      // Conditions (if/then) restate properties already described; they are not shown to editors.
      for (const [key, child] of Object.entries(n))
        if (!["if", "then"].includes(key)) out.push(...walk(child, `${path}/${key}`));
      return out;
    };
    for (const schema of Object.values(allSchemas())) expect(walk(schema, "")).toEqual([]);
  });
});

describe("schema problems are one clear message each", () => {
  it("a key indented one level too deep is told where it belongs", () => {
    const text = `${BASE}assessment:\n  assessor: self\n  procedure: simple\n  meeting:\n    date: 2021-06-02\n    filed_on: 2021-06-03\n`;
    const [p, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "SCHEMA", path: "/assessment/meeting/filed_on", line: 14 });
    expect(p?.hint).toContain("filed_on 是 assessment 下的字段");
    // A key no enclosing object has keeps the list of what is allowed here.
    const [other] = problemsOf(text.replace("    filed_on:", "    zzz_unknown:"));
    expect(other?.hint).toContain("此处可用的字段");
  });

  it("an enum names the allowed values in Chinese and English", () => {
    const [p, ...rest] = problemsOf(BASE.replace("category: other", "category: polcy"));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "SCHEMA", path: "/category", line: 5, column: 11 });
    expect(p?.message).toContain("polcy");
    expect(p?.hint).toContain("policy(重大政策)");
    const [en] = problemsOf(BASE.replace("category: other", "category: polcy"), { lang: "en" });
    expect(en?.hint).toContain("policy (major policy)");
  });

  it.each(["2021年4月20日", "2021/4/20", "2021-4-20", "2021-02-30"])(
    "a date written %s says the expected form",
    (value) => {
      const [p, ...rest] = problemsOf(BASE.replace("listed_on: 2021-06-01", `listed_on: ${value}`));
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ code: "SCHEMA", path: "/listed_on", line: 8 });
      expect(p?.message).toContain("纳入计划清单日期");
      expect(p?.hint).toContain("YYYY-MM-DD");
      expect(p?.hint).toContain("2021-04-20");
    },
  );

  it("an unknown key names it, suggests the nearest known one and points at the key", () => {
    const [p] = problemsOf(`${BASE}assesment: {}\n`);
    expect(p).toMatchObject({ code: "SCHEMA", path: "/assesment", line: 9, column: 1 });
    expect(p?.message).toContain("assesment");
    expect(p?.hint).toContain("assessment");
  });

  it("a Chinese label used as a key suggests the key it stands for", () => {
    const [p] = problemsOf(`${BASE}事项概况: 说明\n`);
    expect(p?.hint).toContain("overview");
  });

  it("a third-party assessor without third_party is one problem, not an if/then cascade", () => {
    const problems = problemsOf(`${BASE}assessment:\n  assessor: third_party\n  procedure: ordinary\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "SCHEMA", line: 9 });
    expect(problems[0]?.message).toContain("third_party");
  });

  it("a missing required field is named with its Chinese label", () => {
    const [p] = problemsOf(BASE.replace("title: 调整标准\n", ""));
    expect(p?.message).toContain("事项名称(title)");
  });

  it("control characters in text are refused", () => {
    const [p] = problemsOf(BASE.replace("title: 调整标准", 'title: "调整\\u001b[31m标准"'));
    expect(p).toMatchObject({ code: "SCHEMA", path: "/title" });
  });
});

describe("examples/", () => {
  it("every example record is valid against the schema and the rules", () => {
    const dir = join(ROOT, "examples", "records");
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(dir, file));
      const errors = problemsOf(text, { asOf: "2026-11-05" }).filter((p) => p.code === "SCHEMA" || p.code === "YAML");
      expect(errors, file).toEqual([]);
    }
  });
});
