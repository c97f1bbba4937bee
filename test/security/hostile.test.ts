import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasStack, run, tempDir } from "../helpers/cli.js";

const ws = tempDir();
afterAll(() => ws.cleanup());
const MARKER = join(ws.dir, "pwned");

const ok = (id: string, extra = "") =>
  `schema: wenping/decision-item@1\nid: ${id}\ntitle: 事项\nunit: JZK\ncategory: other\ndomain: other\ninitial_risk: low\nlisted_on: 2021-06-01\n${extra}`;

/** file name → [content, the codes its verdict must have ([] = valid)] */
const corpus: Record<string, [string | Buffer, string[]]> = {
  "binary.yaml": [Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), ["ENCODING"]],
  "utf16.yaml": [Buffer.from(`\ufeff${ok("BXMZ-2021-002")}`, "utf16le"), ["ENCODING"]],
  "gbk.yaml": [Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xb5, 0xf7, 0xd5, 0xfb, 0x0a]), ["ENCODING"]],
  "nul.yaml": [`${ok("BXMZ-2021-004")}overview: a\u0000b\n`, ["ENCODING"]],
  "BXMZ-2021-005.yaml": [`\ufeff${ok("BXMZ-2021-005").replace(/\n/g, "\r\n")}`, []],
  "tabs.yaml": ["schema: x\nassessment:\n\tassessor: self\n", ["YAML"]],
  "multi.yaml": [`${ok("BXMZ-2021-007")}---\n${ok("BXMZ-2021-008")}`, ["YAML"]],
  "js-function.yaml": [
    `${ok("BXMZ-2021-009")}overview: !!js/function "function(){require('fs').writeFileSync('${MARKER}','x')}"\n`,
    ["YAML"],
  ],
  "python.yaml": [`${ok("BXMZ-2021-010")}overview: !!python/object/apply:os.system ["touch ${MARKER}"]\n`, ["YAML"]],
  "merge.yaml": [`base: &b { unit: JZK }\n<<: *b\n${ok("BXMZ-2021-011")}`, ["SCHEMA", "SCHEMA"]],
  "bomb.yaml": [
    `a: &a ["x","x","x","x","x","x","x","x","x","x"]\n${Array.from(
      { length: 9 },
      (_, i) =>
        `l${i}: &l${i} [${Array(10)
          .fill(i === 0 ? "*a" : `*l${i - 1}`)
          .join(",")}]`,
    ).join("\n")}\n`,
    ["YAML"],
  ],
  "deep.yaml": [`${"[".repeat(20_000)}${"]".repeat(20_000)}`, ["YAML"]],
  "BXMZ-2021-014.yaml": [ok("BXMZ-2021-014", `overview: ${"长".repeat(300_000)}\n`), []],
  "huge.yaml": [`overview: ${"x".repeat(2 * 1024 * 1024)}\n`, ["IO"]],
  "BXMZ-2021-016.yaml": [
    JSON.stringify({
      schema: "wenping/decision-item@1",
      id: "BXMZ-2021-016",
      title: "JSON 也可以",
      unit: "JZK",
      category: "other",
      domain: "other",
      initial_risk: "low",
      listed_on: "2021-06-01",
    }),
    [],
  ],
  "traversal.yaml": [ok("../../etc/passwd"), ["SCHEMA"]],
  "空格 和 中文.yaml": [ok("BXMZ-2021-018"), ["WP002"]],
  "escape.yaml": [ok("BXMZ-2021-019").replace("title: 事项", 'title: "\\e[31m红色\\e]0;title\\a"'), ["SCHEMA"]],
  "proto.yaml": [`__proto__: { polluted: true }\n${ok("BXMZ-2021-020")}`, ["SCHEMA"]],
  "key-escape.yaml": [`${ok("BXMZ-2021-021")}"\\e[2J\\e[31mx": 1\n`, ["SCHEMA"]],
};

describe("a hostile corpus gets a verdict per file: no crash, hang, stack trace, control byte or code run", () => {
  it("answers every file right, within the time bound", () => {
    writeFileSync(
      join(ws.dir, "wenping.yaml"),
      "schema: wenping/workspace@1\norganization: 局\nunits: [{ code: JZK, name: 救助科 }]\n",
    );
    const records = join(ws.dir, "records");
    mkdirSync(join(records, "loop"), { recursive: true });
    for (const [name, [content]] of Object.entries(corpus)) writeFileSync(join(records, name), content);
    symlinkSync("..", join(records, "loop", "up")); // a folder link loop
    symlinkSync("self.yaml", join(records, "self.yaml")); // a file link to itself
    const started = Date.now();
    const r = run(["validate", "--format", "json", "--as-of", "2021-12-31", "--no-cache"], { cwd: ws.dir });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(hasStack(r.stderr)).toBe(false);
    const json = JSON.parse(r.stdout) as { files: { file: string; problems: { code: string }[] }[] };
    const verdicts = Object.fromEntries(
      json.files.map((f) => [f.file.replace("records/", ""), f.problems.map((p) => p.code).sort()]),
    );
    for (const [name, [, codes]] of Object.entries(corpus)) expect(verdicts[name], name).toEqual([...codes].sort());
    expect(verdicts["self.yaml"]).toEqual(["IO"]);
    expect(existsSync(MARKER)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.code).toBe(2); // the looping link cannot be read: unreadable input
  });

  it("never reads a file far over the limit into memory (a sparse 1.5 GB file), cached or not", () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(
        join(dir, "wenping.yaml"),
        "schema: wenping/workspace@1\norganization: 局\nunits: [{ code: JZK, name: 救助科 }]\n",
      );
      mkdirSync(join(dir, "records"));
      const huge = join(dir, "records", "huge.yaml");
      writeFileSync(huge, "");
      truncateSync(huge, 1.5 * 1024 ** 3);
      for (const args of [["--no-cache"], [], [], ["--format", "text"]]) {
        const started = Date.now();
        const r = run(["validate", "--format", "json", ...args], { cwd: dir });
        expect(Date.now() - started).toBeLessThan(5_000);
        if (args.includes("text")) {
          expect(r.stdout).toContain("records/huge.yaml:1:1  错误  IO");
          continue;
        }
        expect(JSON.parse(r.stdout).files).toMatchObject([{ file: "records/huge.yaml", problems: [{ code: "IO" }] }]);
        expect(JSON.parse(r.stdout).files[0].problems[0].message).toContain("1536.0 MB");
      }
    } finally {
      cleanup();
    }
  });

  it("prints no raw escape or control bytes in the text report", () => {
    const r = run(["validate", "--as-of", "2021-12-31"], { cwd: ws.dir, env: { FORCE_COLOR: "0" } });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the point
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
    expect(hasStack(r.stderr)).toBe(false);
  });
});
