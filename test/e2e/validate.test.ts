import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasStack, ROOT, run, tempCopy, tempDir } from "../helpers/cli.js";

const FIXTURES = join(ROOT, "test", "fixtures");
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A workspace with the fixture config and the given records. */
function workspace(records: Record<string, string | Buffer>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  writeFileSync(join(dir, "wenping.yaml"), readFileSync(join(FIXTURES, "wenping.yaml")));
  for (const [name, content] of Object.entries(records)) {
    mkdirSync(join(dir, "records", name, ".."), { recursive: true });
    writeFileSync(join(dir, "records", name), content);
  }
  return dir;
}

const record = (id: string, extra = "") => `schema: wenping/decision-item@1
id: ${id}
title: 事项
unit: JZK
category: other
domain: other
initial_risk: low
listed_on: 2021-06-01
${extra}`;

const SIMPLE_MEDIUM = `assessment:
  assessor: third_party
  procedure: simple
  third_party: { agency: LN-WP-2020-013, procurement: inquiry }
  filed_on: 2021-06-08
  risk_level: medium
`;

describe("wenping validate", () => {
  it("passes the bundled example workspace", () => {
    const r = run(["validate", "--workspace", "examples", "--as-of", "2026-11-05"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("个通过");
  });

  it("reports file:line:column, the code, a Chinese message, a hint and a caret; exit 1", () => {
    const dir = workspace({
      "BXMZ-2021-001.yaml": record("BXMZ-2021-001", SIMPLE_MEDIUM),
      "BXMZ-2021-002.yaml": record("BXMZ-2021-002"),
    });
    const r = run(["validate"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("records/BXMZ-2021-001.yaml:11:14  错误  WP004  简易程序仅适用于低风险事项");
    expect(r.stdout).toContain("提示:");
    expect(r.stdout).toMatch(/> 11 \|\s+procedure: simple\n\s+\|\s{14}\^/);
    expect(r.stdout).toContain("检查了 2 个文件:1 个通过,1 个错误,0 个警告");
  });

  it("prints the JSON document of docs/reference/commands.md", () => {
    const dir = workspace({
      "BXMZ-2021-001.yaml": record("BXMZ-2021-001", SIMPLE_MEDIUM),
      "BXMZ-2021-002.yaml": record("BXMZ-2021-002"),
    });
    const r = run(["validate", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ files: 2, valid: 1, errors: 1, warnings: 0 });
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([
      "records/BXMZ-2021-001.yaml",
      "records/BXMZ-2021-002.yaml",
    ]);
    expect(json.files[0]).toMatchObject({ valid: false });
    expect(json.files[0].problems[0]).toMatchObject({
      code: "WP004",
      severity: "error",
      path: "/assessment/procedure",
      line: 11,
      column: 14,
    });
    expect(Object.keys(json.files[0].problems[0]).sort()).toEqual([
      "code",
      "column",
      "hint",
      "line",
      "message",
      "path",
      "severity",
    ]);
  });

  it("exits 0 on warnings, 1 with --strict", () => {
    const dir = workspace({
      "BXMZ-2021-001.yaml": record("BXMZ-2021-001", "mitigation: [{ measure: 走访, due: 2021-07-01 }]\n"),
    });
    expect(run(["validate", "--as-of", "2021-08-01"], { cwd: dir }).code).toBe(0);
    const strict = run(["validate", "--as-of", "2021-08-01", "--strict", "--format", "json"], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).files[0]).toMatchObject({
      valid: true,
      problems: [{ code: "WP017", severity: "warning" }],
    });
  });

  it("reads a record from stdin with -", () => {
    const dir = workspace({});
    const r = run(["validate", "-", "--format", "json"], {
      cwd: dir,
      input: record("BXMZ-2021-009", SIMPLE_MEDIUM),
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({
      file: "<stdin>",
      problems: [{ code: "WP004", line: 11 }],
    });
  });

  it("speaks English with --lang en or WENPING_LANG=en", () => {
    const dir = workspace({ "BXMZ-2021-001.yaml": record("BXMZ-2021-001", SIMPLE_MEDIUM) });
    for (const r of [
      run(["validate", "--lang", "en"], { cwd: dir }),
      run(["validate"], { cwd: dir, env: { WENPING_LANG: "en" } }),
    ]) {
      expect(r.stdout).toContain("error  WP004  the simple procedure is for low-risk items only");
      expect(r.stdout).toContain("checked 1 file: 0 valid, 1 error, 0 warnings");
    }
  });

  it("checks every file even when some are broken, GBK or binary", () => {
    const dir = workspace({
      "a/BXMZ-2021-001.yaml": "id: [broken\n",
      "a/BXMZ-2021-002.yaml": Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xb5, 0xf7, 0xd5, 0xfb, 0x0a]),
      "b/BXMZ-2021-003.yaml": record("BXMZ-2021-003"),
      "b/BXMZ-2021-004.yml": record("BXMZ-2021-004", SIMPLE_MEDIUM),
      "notes.txt": "not a record",
    });
    const r = run(["validate", "--format", "json"], { cwd: join(dir, "records", "b") });
    const json = JSON.parse(r.stdout);
    expect(
      json.files.map((f: { file: string; problems: { code: string }[] }) => [f.file, f.problems.map((p) => p.code)]),
    ).toEqual([
      ["records/a/BXMZ-2021-001.yaml", ["YAML"]],
      ["records/a/BXMZ-2021-002.yaml", ["ENCODING"]],
      ["records/b/BXMZ-2021-003.yaml", []],
      ["records/b/BXMZ-2021-004.yml", ["WP004"]],
    ]);
    expect(r.code).toBe(1);
  });

  it("takes files, folders and globs, and finds duplicate ids with records not named", () => {
    const dir = workspace({
      "x/BXMZ-2021-001.yaml": record("BXMZ-2021-001"),
      "y/BXMZ-2021-001.yaml": record("BXMZ-2021-001"),
      "y/BXMZ-2021-002.yaml": record("BXMZ-2021-002"),
    });
    const files = (args: string[]) =>
      JSON.parse(run(["validate", "--format", "json", ...args], { cwd: dir }).stdout).files;
    expect(files(["records/x/BXMZ-2021-001.yaml"])).toMatchObject([{ valid: false, problems: [{ code: "WP001" }] }]);
    expect(files(["records/y"]).map((f: { file: string }) => f.file)).toEqual([
      "records/y/BXMZ-2021-001.yaml",
      "records/y/BXMZ-2021-002.yaml",
    ]);
    expect(files(["records/**/*-002.yaml"]).map((f: { file: string }) => f.file)).toEqual([
      "records/y/BXMZ-2021-002.yaml",
    ]);
  });

  it("says commander's usage errors in Chinese, naming the option, the value and what is allowed", () => {
    const lang = run(["validate", "--lang", "fr"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain("取值不对:--lang fr(可选:zh、en)");
    expect(lang.stderr).not.toMatch(/argument|invalid|Allowed/);
    const missing = run(["next"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("缺少参数 id");
    expect(run(["valdate"]).stderr).toContain("不认识的命令 valdate(是否应为 validate?)");
  });

  it("is a usage error (exit 2) for a path that does not exist, a bad --as-of or no workspace", () => {
    const dir = workspace({});
    const missing = run(["validate", "records/nope.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到 records/nope.yaml");
    const badDate = run(["validate", "--as-of", "2021-13-01"], { cwd: dir });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("YYYY-MM-DD");
    const { dir: empty, cleanup } = tempDir();
    cleanups.push(cleanup);
    const none = run(["validate"], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("wenping.yaml");
    const unknown = run(["validate", "--frobnicate"], { cwd: dir });
    expect(unknown.code).toBe(2);
    for (const r of [missing, badDate, none, unknown]) expect(hasStack(r.stderr)).toBe(false);
  });

  it("checks wenping.yaml first: an invalid one is exit 2 with its problems", () => {
    const dir = workspace({ "BXMZ-2021-001.yaml": record("BXMZ-2021-001") });
    writeFileSync(
      join(dir, "wenping.yaml"),
      "schema: wenping/workspace@1\norganization: 局\nunits:\n  - { code: JZK, nme: 救助科 }\n",
    );
    const text = run(["validate"], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("wenping.yaml:4:");
    const json = run(["validate", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ file: "wenping.yaml", valid: false });
  });

  it("init makes a workspace with an empty records/ and a sample nothing counts, and refuses to init twice", () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const init = run(["init", "ws"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("records 目录是空的");
    expect(init.stdout).toContain("编号从 001 开始");
    const ws = join(dir, "ws");
    expect(readdirSync(join(ws, "records"))).toEqual([]);
    const [sample] = readdirSync(join(ws, "样例"));
    expect(init.stdout).toContain(`样例/${sample}`);
    expect(readdirSync(ws).filter((name) => name.startsWith("."))).toEqual([".vscode"]); // no staging left
    expect(run(["validate", "--strict"], { cwd: ws }).code).toBe(0);
    expect(run(["validate", "--strict", `样例/${sample}`], { cwd: ws }).code).toBe(0);
    const status = JSON.parse(run(["status", "--format", "json"], { cwd: ws }).stdout);
    expect(JSON.stringify(status)).not.toContain("SAMPLE");
    expect(JSON.parse(readFileSync(join(ws, ".vscode", "settings.json"), "utf8"))["yaml.schemas"]).toBeDefined();
    expect(run(["init", "ws"], { cwd: dir }).code).toBe(2);
    const asOf = run(["init", "other", "--as-of", "2021-06-01"], { cwd: dir });
    expect(asOf.code).toBe(2); // init has no "today" to set
    expect(existsSync(join(dir, "other"))).toBe(false);
  });

  it("init refuses a folder inside another workspace's records/, whose files would be counted there", () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(run(["init", "ws"], { cwd: dir }).code).toBe(0);
    for (const inner of ["ws/records", "ws/records/2026/sub"]) {
      const r = run(["init", inner], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("records 目录里");
      expect(existsSync(join(dir, inner, "wenping.yaml"))).toBe(false);
    }
    expect(run(["init", "ws/elsewhere"], { cwd: dir }).code).toBe(0);
  });

  it("init and schema --out that cannot write say in words that nothing was written (exit 2)", () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    writeFileSync(join(dir, "a-file"), "x");
    const init = run(["init", "a-file/ws"], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("路径中有一段是文件,不是文件夹");
    expect(init.stderr).toContain("没有写入任何文件");
    expect(hasStack(init.stderr)).toBe(false);
    const schema = run(["schema", "--out", "a-file"], { cwd: dir });
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain("没有写入任何文件");
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });

  it("schema prints both schemas and --out writes them", () => {
    const r = run(["schema"]);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["decision-item.schema.json", "workspace.schema.json"]);
    const { dir, cleanup } = tempCopy(join(FIXTURES, "valid"));
    cleanups.push(cleanup);
    expect(run(["schema", "--out", "s"], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "s", "workspace.schema.json"), "utf8")).title).toContain("wenping.yaml");
  });

  it("answers the same when the files are stat-ed in a helper thread (large archives), cached or not", () => {
    const dir = workspace({
      "2021/BXMZ-2021-001.yaml": record("BXMZ-2021-001"),
      "2021/BXMZ-2021-002.yaml": record("BXMZ-2021-002"),
      "2021/BXMZ-2021-003.yaml": record("BXMZ-2021-003", "sensitive: [mass_involvement]\n"),
    });
    const check = (thread: string) =>
      run(["validate", "-w", dir, "--format", "json", "--as-of", "2021-07-01"], {
        env: { WENPING_STAT_THREAD: thread },
      });
    const plain = check("never");
    expect(check("always")).toEqual(plain); // from the cache the first run wrote
    writeFileSync(join(dir, "records", "2021", "BXMZ-2021-002.yaml"), record("BXMZ-2021-002", "category: polcy\n"));
    const threaded = check("always");
    expect(threaded.code).toBe(1);
    expect(threaded).toEqual(check("never"));
    expect(JSON.parse(threaded.stdout).files[1].problems.length).toBeGreaterThan(0);
  });
});
