import { participantGroups, valuesOf } from "../model/vocabulary.js";
import { defineRule } from "./rule.js";

/** WP013: a self-assessment invites every participant group. */
export const participantsInvited = defineRule("WP013", "warning", "自行评估应邀请各方参与", (item, _c, report) => {
  const a = item.assessment;
  if (a?.assessor !== "self") return;
  const invited = a.participants ?? [];
  const missing = valuesOf(participantGroups).filter((g) => !invited.includes(g));
  if (missing.length === 0) return;
  if (a.participants) report("/assessment/participants", { missing }, { at: "key" });
  else report("/assessment", { missing }, { at: "key" });
});
