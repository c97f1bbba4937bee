/** Proposes the next free id for a unit and year: the prefix the unit (or the bureau) already uses, number + 1. */

const ID = /^(.+)-(\d{4})-(\d+)$/;

/** E.g. BXMZ-2026-015 when the workspace's items are BXMZ-2026-001 … 014. */
export function nextFreeId(existing: readonly { id: string; unit: string }[], unit: string, year: string): string {
  const parsed = existing.flatMap(({ id, unit: u }) => {
    const m = ID.exec(id);
    return m
      ? [{ prefix: m[1] as string, year: m[2] as string, n: Number(m[3]), width: (m[3] as string).length, unit: u }]
      : [];
  });
  const count = (list: typeof parsed) => {
    const tally = new Map<string, number>();
    for (const p of list) tally.set(p.prefix, (tally.get(p.prefix) ?? 0) + 1);
    return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  // A bureau-wide prefix (BXMZ) serves every unit; one that is a unit's own code (JZK) serves that unit only, or the
  // first unit's code would number every other unit's items.
  const bureauWide = parsed.filter((p) => p.prefix !== p.unit.toUpperCase());
  const prefix = count(parsed.filter((p) => p.unit === unit)) ?? count(bureauWide) ?? unit.toUpperCase();
  const same = parsed.filter((p) => p.prefix === prefix && p.year === year);
  const width = Math.max(3, ...same.map((p) => p.width));
  const taken = new Set(existing.map((e) => e.id));
  let n = Math.max(0, ...same.map((p) => p.n)) + 1;
  let id = `${prefix}-${year}-${String(n).padStart(width, "0")}`;
  while (taken.has(id)) id = `${prefix}-${year}-${String(++n).padStart(width, "0")}`;
  return id;
}
