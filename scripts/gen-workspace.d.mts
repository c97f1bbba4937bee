/** Types for the seeded workspace generator (scripts/gen-workspace.mjs). */
export function generate(dir: string, count: number, seed?: number): void;
