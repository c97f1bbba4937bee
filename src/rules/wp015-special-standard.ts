import { defineRule } from "./rule.js";

/** WP015: the special procedure names the industry standard it follows. */
export const specialNeedsStandard = defineRule("WP015", "error", "特殊程序须注明行业标准", (item, _c, report) => {
  const a = item.assessment;
  if (a?.procedure === "special" && !a.standard?.trim()) report("/assessment/procedure");
});
