#!/usr/bin/env node
// Generates a workspace of N realistic records (~2.4 KB each) from a seed, for benchmarks and tests.
// Usage: node scripts/gen-workspace.mjs <dir> <count> [seed]
// About 2% of records carry a problem (a rule error, a warning or a schema error), as real archives do.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a tiny deterministic PRNG, so the same seed gives the same workspace everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ["BGS", "JZK", "YLK", "SZK", "JCK", "SWZX"];
const CATEGORIES = ["policy", "policy", "project", "activity", "other"];
const DOMAINS = ["basic_livelihood", "elderly_care", "social_organization", "grassroots", "other"];
const TITLES = [
  "调整城乡居民最低生活保障标准",
  "养老服务补贴政策调整",
  "社区服务中心建设",
  "社会组织孵化基地运营",
  "殡葬设施布局规划",
  "特困人员供养机构改革",
  "婚姻登记场所迁址",
  "临时救助审批权限下放",
];
const STEPS = ["plan", "consult", "analyze", "determine_risk", "report", "review", "file"];
const ALL = "[party_government, judicial, npc_deputy, cppcc_member, expert, public_representative]";

const pad = (n, w = 2) => String(n).padStart(w, "0");
const day = (y, doy) => {
  const d = new Date(Date.UTC(y, 0, 1 + doy));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export function generate(dir, count, seed = 42) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  mkdirSync(join(dir, "records"), { recursive: true });
  writeFileSync(
    join(dir, "wenping.yaml"),
    `schema: wenping/workspace@1\norganization: 某省民政厅\nunits:\n${UNITS.map((u) => `  - { code: ${u}, name: 单位${u} }`).join("\n")}\nagencies:\n  - { registration_no: LN-WP-2020-013, name: 辽宁某某社会风险评估有限公司 }\nexperts:\n  - { id: E001, name: 张某, field: 法律, affiliations: [某律师事务所] }\n  - { id: E002, name: 刘某, field: 社会学, affiliations: [某大学] }\n`,
  );
  const perYear = Math.ceil(count / 10);
  for (let i = 0; i < count; i++) {
    const year = 2016 + Math.floor(i / perYear);
    const id = `SZ-${year}-${pad((i % perYear) + 1, 5)}`;
    const unit = pick(UNITS);
    const category = pick(CATEGORIES);
    const start = Math.floor(rnd() * 200);
    const simple = rnd() < 0.35;
    const third = !simple && rnd() < 0.55;
    const risk = simple ? "low" : pick(["low", "medium", "medium", "high"]);
    const problem = rnd() < 0.02 ? pick(["rule", "warning", "schema"]) : undefined;
    let a = `assessment:\n  assessor: ${third ? "third_party" : "self"}\n  procedure: ${simple ? "simple" : "ordinary"}\n`;
    if (category === "project") a += "  in_feasibility_study: true\n";
    a += third
      ? "  third_party:\n    agency: LN-WP-2020-013\n    procurement: competitive_negotiation\n"
      : `  participants: ${ALL}\n`;
    let last = start + 3;
    if (simple) {
      a += `  meeting:\n    date: ${day(year, start + 5)}\n    summary: 召开防范化解稳定风险专题会议,与会人员一致认为风险总体可控,同意按程序报备。\n  filed_on: ${day(year, start + 8)}\n`;
      last = start + 8;
    } else {
      a += "  steps:\n";
      STEPS.forEach((step, k) => {
        last = start + 5 + k * 7;
        a += `    - step: ${step}\n      date: ${day(year, last)}\n      summary: 按照评估方案完成本步骤工作,形成书面材料并归档,相关情况已向领导小组汇报。\n`;
        if (step === "consult")
          a +=
            "      methods: [survey, symposium, interview]\n      respondents: 120\n      support: 103\n      oppose: 6\n";
        if (step === "analyze")
          a +=
            "      findings: { legality: 符合法律法规和政策规定, reasonableness: 兼顾各方利益, feasibility: 财力可以承受, controllability: 风险总体可控 }\n";
        if (step === "review")
          a +=
            "      reviewers:\n        - { expert: E001, conflict_of_interest: false, recused: false }\n        - { expert: E002, conflict_of_interest: false, recused: false }\n";
        if (step === "file") a += "      filed_with: 市委政法委\n";
      });
    }
    a += `  risk_level: ${risk}\n`;
    const outcome =
      risk === "high" ? "adjust_and_redecide" : risk === "medium" ? "implement_after_mitigation" : "implement";
    const decided = day(year, last + 10);
    let rest = `decision:\n  outcome: ${problem === "rule" && risk !== "low" ? "implement" : outcome}\n  decided_on: ${decided}\n  decided_by: 局党组会议\n`;
    rest += `mitigation:\n  - { measure: 开展政策解读和入户走访，建立台账逐户跟进, owner: ${unit}, due: ${day(year, last + 40)}${problem === "warning" ? "" : `, done_on: ${day(year, last + 30)}`} }\n`;
    rest += `tracking:\n  - { date: ${day(year, last + 60)}, risk_level: low, note: 实施平稳，未发现群体性事件苗头，群众反映良好 }\n`;
    const text = `schema: wenping/decision-item@1
id: ${id}
title: ${pick(TITLES)}(第${i + 1}号)
unit: ${unit}
category: ${problem === "schema" ? "polcy" : category}
domain: ${pick(DOMAINS)}
initial_risk: ${simple ? "low" : risk}
listed_on: ${day(year, start)}
overview: 涉及全市约${Math.floor(rnd() * 9000) + 1000}户、${Math.floor(rnd() * 20000) + 2000}人,事项实施后对相关群体的基本生活保障和服务获得感有直接影响,社会关注度较高。
risks:
  - { description: 部分群众对调整幅度和过渡安排有意见, measure: 加强政策解读和个案帮扶 }
  - { description: 基层经办力量不足可能影响落实, measure: 开展业务培训并加强督导 }
${a}${rest}`;
    const folder = join(dir, "records", String(year));
    if (i % perYear === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${id}.yaml`), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error("usage: node scripts/gen-workspace.mjs <dir> <count> [seed]");
    process.exit(2);
  }
  generate(dir, Number(count), seed ? Number(seed) : 42);
}
