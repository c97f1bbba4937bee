/** Types of reference.mjs for the test that holds docs/reference/generated/ to the code. */
export function generatedReference(code: {
  decisionItemSchema: () => Record<string, unknown>;
  workspaceSchema: () => Record<string, unknown>;
  rules: readonly { code: string; severity: string; title: string; asOfDependent?: boolean }[];
  uniqueIds: { code: string; severity: string; title: string };
  messages: Record<string, unknown>;
  labels: unknown;
}): Record<string, string>;
