import { afterEach, describe, expect, it, vi } from "vitest";
import { progressReporter } from "../../src/cli/progress.js";
import { EXIT_INTERRUPTED, EXIT_TERMINATED, UserError } from "../../src/errors.js";
import { ui } from "../../src/i18n/index.js";

const text = ui("zh");
const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("progress on stderr", () => {
  it("is silent when stderr is not a terminal (pipes, scripts, CI)", () => {
    expect(progressReporter(text, stream(false).stream)).toBeUndefined();
  });

  it("says nothing during the first second, then shows the count, and clears the line at the end", () => {
    vi.useFakeTimers({ now: 0 });
    const { written, stream: s } = stream(true);
    const report = progressReporter(text, s);
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
    ["SIGINT", EXIT_INTERRUPTED],
    ["SIGTERM", EXIT_TERMINATED],
  ] as const)(
    "%s (Ctrl-C, or a kill) clears the line, and the next call throws 已中断 with exit %i for the entry point",
    (signal, code) => {
      vi.useFakeTimers({ now: 0 });
      const { written, stream: s } = stream(true);
      const report = progressReporter(text, s);
      vi.setSystemTime(1500);
      report?.(500, 1000);
      process.emit(signal, signal);
      expect(written.at(-1)).toBe("\r\u001b[2K");
      let thrown: unknown;
      try {
        report?.(600, 1000);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(UserError);
      expect((thrown as UserError).exitCode).toBe(code);
      expect((thrown as UserError).message).toBe("已中断");
    },
  );
});
