/** Builds the commander program: each action turns its options into a typed object and calls a command's run function. */
import { Command, Option } from "commander";
import { helpText, type Lang } from "../i18n/index.js";
import { type GlobalOptions, resolveContext } from "./context.js";
import { helpLayout, localizeHelp } from "./help-layout.js";
import { readStdin } from "./stdin.js";

/** What an action hands back to the entry point. */
export type ExitCode = number;

/** The program; `done` receives the exit code of the command that ran. */
export function buildProgram(lang: Lang, version: string, done: (code: ExitCode) => void): Command {
  const h = helpText(lang);
  const program = new Command("wenping")
    .description(h.program)
    .version(version, "-V, --version", h.version)
    .helpOption("-h, --help", h.help)
    .helpCommand(false)
    .configureHelp(helpLayout(lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      outputError: () => {},
      writeOut: (text) => process.stdout.write(localizeHelp(text, lang)),
      writeErr: (text) => process.stderr.write(localizeHelp(text, lang)),
    });

  const withPlace = (command: Command): Command =>
    command
      .option("-w, --workspace <dir>", h.workspace)
      .addOption(new Option("--lang <lang>", h.lang).choices(["zh", "en"]));
  // Top-level help lists where and in which language every command works.
  withPlace(program);
  /** The options of commands that read a workspace; `init` makes one, so "today" and the cache mean nothing to it. */
  const withGlobals = (command: Command, reads = true): Command => {
    withPlace(command);
    if (reads) command.option("--as-of <date>", h.asOf);
    command.option("--verbose", h.verbose);
    if (reads) command.option("--no-cache", h.noCache);
    return command.helpOption("-h, --help", h.help);
  };

  const context = (command: Command) => resolveContext(command.optsWithGlobals<GlobalOptions>());

  /** `-o/--out` and `-f/--force`: the commands that write a file. */
  const writes = (command: Command, outHelp = h.out): Command =>
    command.option("-o, --out <file>", outHelp).option("-f, --force", h.force);
  /** `--answers` and `--no-input`: the wizard's commands, when a script answers. */
  const scripted = (command: Command, answersHelp = h.answers): Command =>
    command.option("--answers <file>", answersHelp).option("--no-input", h.noInput);

  withGlobals(program.command("validate").argument("[paths...]", h.validatePaths).description(h.validate))
    .addOption(new Option("--format <format>", h.format).choices(["text", "json"]).default("text"))
    .option("--strict", h.strict)
    .option("--max-problems <n>", h.maxProblems)
    .action(
      async (
        paths: string[],
        opts: { format: "text" | "json"; strict?: boolean; maxProblems?: string },
        command: Command,
      ) => {
        const { runValidate } = await import("../commands/validate.js");
        const { format, maxProblems } = opts;
        done(
          await runValidate({
            context: context(command),
            paths,
            format,
            strict: opts.strict === true,
            maxProblems,
            readStdin,
          }),
        );
      },
    );

  withGlobals(program.command("init").argument("[dir]", h.initDir).description(h.init), false).action(
    async (dir: string | undefined, _opts: unknown, command: Command) => {
      const { runInit } = await import("../commands/init.js");
      done(await runInit({ context: context(command), dir: dir ?? "." }));
    },
  );

  withGlobals(program.command("schema").description(h.schema))
    .option("--out <dir>", h.schemaOut)
    .action(async (opts: { out?: string }, command: Command) => {
      const { runSchema } = await import("../commands/schema.js");
      // An empty --out "" means no folder, as if not given.
      done(await runSchema({ context: context(command), out: opts.out || undefined }));
    });

  /** What `report monthly` and `report annual` take besides their period. */
  type ReportFlags = { out?: string; force?: boolean; allowInvalid?: boolean };
  const report = program.command("report").description(h.report).helpOption("-h, --help", h.help).helpCommand(false);
  /** A report subcommand: its period option, then -o/-f and --allow-invalid. */
  const reportCommand = (name: string, description: string, period: string, periodHelp: string, outHelp = h.out) =>
    writes(withGlobals(report.command(name).description(description)).option(period, periodHelp), outHelp).option(
      "--allow-invalid",
      h.allowInvalid,
    );
  const reportFlags = (opts: ReportFlags) => ({
    out: opts.out,
    force: opts.force === true,
    allowInvalid: opts.allowInvalid === true,
  });

  reportCommand("monthly", h.monthly, "--month <YYYY-MM>", h.month).action(
    async (opts: ReportFlags & { month?: string }, command: Command) => {
      const { runReport } = await import("../commands/report.js");
      done(await runReport({ context: context(command), month: opts.month, ...reportFlags(opts) }));
    },
  );

  reportCommand("annual", h.annual, "--year <YYYY>", h.annualYear, h.annualOut).action(
    async (opts: ReportFlags & { year?: string }, command: Command) => {
      const { runAnnual } = await import("../commands/annual.js");
      done(await runAnnual({ context: context(command), year: opts.year, ...reportFlags(opts) }));
    },
  );

  writes(withGlobals(program.command("draft").argument("<id>", h.formId).description(h.draft))).action(
    async (id: string, opts: { out?: string; force?: boolean }, command: Command) => {
      const { runDraft } = await import("../commands/draft.js");
      done(await runDraft({ context: context(command), id, out: opts.out, force: opts.force === true }));
    },
  );

  writes(withGlobals(program.command("form").argument("<id>", h.formId).description(h.form))).action(
    async (id: string, opts: { out?: string; force?: boolean }, command: Command) => {
      const { runForm } = await import("../commands/form.js");
      done(await runForm({ context: context(command), id, out: opts.out, force: opts.force === true }));
    },
  );

  writes(
    withGlobals(program.command("ledger").description(h.ledger))
      .addOption(new Option("--format <format>", h.ledgerFormat).choices(["xlsx", "csv", "json"]).default("xlsx"))
      .option("--year <YYYY>", h.year),
  ).action(
    async (
      opts: { format: "xlsx" | "csv" | "json"; year?: string; out?: string; force?: boolean },
      command: Command,
    ) => {
      const { runLedger } = await import("../commands/ledger.js");
      const { format, year, out } = opts;
      done(await runLedger({ context: context(command), format, year, out, force: opts.force === true }));
    },
  );

  withGlobals(program.command("status").description(h.status))
    .addOption(new Option("--format <format>", h.statusFormat).choices(["text", "json"]).default("text"))
    .action(async (opts: { format: "text" | "json" }, command: Command) => {
      const { runStatus } = await import("../commands/status.js");
      done(await runStatus({ context: context(command), format: opts.format }));
    });

  scripted(withGlobals(program.command("new").description(h.new)))
    .option("--resume", h.resume)
    .action(async (opts: { answers?: string; input: boolean; resume?: boolean }, command: Command) => {
      const { runNew } = await import("../commands/new.js");
      done(
        await runNew({
          context: context(command),
          answers: opts.answers,
          noInput: !opts.input,
          resume: opts.resume === true,
        }),
      );
    });

  scripted(withGlobals(program.command("next").argument("<id>", h.formId).description(h.next))).action(
    async (id: string, opts: { answers?: string; input: boolean }, command: Command) => {
      const { runNext } = await import("../commands/next.js");
      done(await runNext({ context: context(command), id, answers: opts.answers, noInput: !opts.input }));
    },
  );

  scripted(withGlobals(program.command("edit").argument("<id>", h.formId).description(h.edit)), h.editAnswers).action(
    async (id: string, opts: { answers?: string; input: boolean }, command: Command) => {
      const { runEdit } = await import("../commands/edit.js");
      done(await runEdit({ context: context(command), id, answers: opts.answers, noInput: !opts.input }));
    },
  );

  return program;
}
