import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveContext } from "../../src/cli/context.js";
import { progressReporter } from "../../src/commands/progress.js";

const context = resolveContext({ asOf: "2021-06-01" });
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
};

afterEach(() => vi.useRealTimers());

describe("progress on stderr", () => {
  it("is silent when stderr is not a terminal (pipes, scripts, CI)", () => {
    expect(progressReporter(context, stream(false).stream)).toBeUndefined();
  });

  it("says nothing during the first second, then shows the count, and clears the line at the end", () => {
    vi.useFakeTimers({ now: 0 });
    const { written, stream: s } = stream(true);
    const report = progressReporter(context, s);
    report?.(10, 1000);
    expect(written).toEqual([]);
    vi.setSystemTime(1500);
    report?.(500, 1000);
    expect(written.join("")).toContain("正在读取记录 500/1000");
    report?.(1000, 1000);
    expect(written.at(-1)).toBe("\r\u001b[2K");
  });
});

describe("a signal while the progress line is shown", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s clears the line, says 已中断 and exits %i", (signal, code) => {
    vi.useFakeTimers({ now: 0 });
    const { written, stream: s } = stream(true);
    const report = progressReporter(context, s);
    vi.setSystemTime(1500);
    report?.(500, 1000);
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    try {
      process.emit(signal, signal);
      expect(written.at(-1)).toBe("\r\u001b[2K已中断\n");
      expect(exit).toHaveBeenCalledWith(code);
    } finally {
      exit.mockRestore();
      report?.(1000, 1000);
    }
  });
});
