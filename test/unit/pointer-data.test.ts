/** Answers by pointer: how a draft that no longer fits still offers what was typed (each answer where it belongs). */
import { describe, expect, it } from "vitest";
import { answersByPointer, getAt } from "../../src/util/pointer-data.js";

describe("answersByPointer", () => {
  it("lists each answer once, a multiple choice whole, and every pointer reads back its answer", () => {
    const draft = {
      title: "调整临时救助标准",
      sensitive: ["mass", "livelihood"],
      tracking: [{ date: "2026-05-02", note: "情况稳定" }],
      "a/b~c": { n: 3 },
    };
    const answers = answersByPointer(draft);
    expect(answers).toEqual([
      ["/title", "调整临时救助标准"],
      ["/sensitive", ["mass", "livelihood"]],
      ["/tracking/0/date", "2026-05-02"],
      ["/tracking/0/note", "情况稳定"],
      ["/a~1b~0c/n", 3],
    ]);
    for (const [pointer, value] of answers) expect(getAt(draft, pointer)).toEqual(value);
  });
});
