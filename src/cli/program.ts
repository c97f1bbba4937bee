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
        done(
          await runValidate({
            context: context(command),
            paths,
            format: opts.format,
            strict: opts.strict === true,
            ...(opts.maxProblems !== undefined ? { maxProblems: opts.maxProblems } : {}),
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
      done(await runSchema({ context: context(command), ...(opts.out ? { out: opts.out } : {}) }));
    });

  const report = program.command("report").description(h.report).helpOption("-h, --help", h.help).helpCommand(false);
  withGlobals(report.command("monthly").description(h.monthly))
    .option("--month <YYYY-MM>", h.month)
    .option("-o, --out <file>", h.out)
    .option("-f, --force", h.force)
    .option("--allow-invalid", h.allowInvalid)
    .action(
      async (opts: { month?: string; out?: string; force?: boolean; allowInvalid?: boolean }, command: Command) => {
        const { runReport } = await import("../commands/report.js");
        done(
          await runReport({
            context: context(command),
            ...(opts.month !== undefined ? { month: opts.month } : {}),
            ...(opts.out !== undefined ? { out: opts.out } : {}),
            force: opts.force === true,
            allowInvalid: opts.allowInvalid === true,
          }),
        );
      },
    );

  withGlobals(report.command("annual").description(h.annual))
    .option("--year <YYYY>", h.annualYear)
    .option("-o, --out <file>", h.annualOut)
    .option("-f, --force", h.force)
    .option("--allow-invalid", h.allowInvalid)
    .action(
      async (opts: { year?: string; out?: string; force?: boolean; allowInvalid?: boolean }, command: Command) => {
        const { runAnnual } = await import("../commands/annual.js");
        done(
          await runAnnual({
            context: context(command),
            ...(opts.year !== undefined ? { year: opts.year } : {}),
            ...(opts.out !== undefined ? { out: opts.out } : {}),
            force: opts.force === true,
            allowInvalid: opts.allowInvalid === true,
          }),
        );
      },
    );

  withGlobals(program.command("draft").argument("<id>", h.formId).description(h.draft))
    .option("-o, --out <file>", h.out)
    .option("-f, --force", h.force)
    .action(async (id: string, opts: { out?: string; force?: boolean }, command: Command) => {
      const { runDraft } = await import("../commands/draft.js");
      const out = opts.out !== undefined ? { out: opts.out } : {};
      done(await runDraft({ context: context(command), id, ...out, force: opts.force === true }));
    });

  withGlobals(program.command("form").argument("<id>", h.formId).description(h.form))
    .option("-o, --out <file>", h.out)
    .option("-f, --force", h.force)
    .action(async (id: string, opts: { out?: string; force?: boolean }, command: Command) => {
      const { runForm } = await import("../commands/form.js");
      const out = opts.out !== undefined ? { out: opts.out } : {};
      done(await runForm({ context: context(command), id, ...out, force: opts.force === true }));
    });

  withGlobals(program.command("ledger").description(h.ledger))
    .addOption(new Option("--format <format>", h.ledgerFormat).choices(["xlsx", "csv", "json"]).default("xlsx"))
    .option("--year <YYYY>", h.year)
    .option("-o, --out <file>", h.out)
    .option("-f, --force", h.force)
    .action(
      async (
        opts: { format: "xlsx" | "csv" | "json"; year?: string; out?: string; force?: boolean },
        command: Command,
      ) => {
        const { runLedger } = await import("../commands/ledger.js");
        const { format, year, out } = opts;
        done(
          await runLedger({
            context: context(command),
            format,
            ...(year !== undefined ? { year } : {}),
            ...(out !== undefined ? { out } : {}),
            force: opts.force === true,
          }),
        );
      },
    );

  withGlobals(program.command("status").description(h.status))
    .addOption(new Option("--format <format>", h.statusFormat).choices(["text", "json"]).default("text"))
    .action(async (opts: { format: "text" | "json" }, command: Command) => {
      const { runStatus } = await import("../commands/status.js");
      done(await runStatus({ context: context(command), format: opts.format }));
    });

  withGlobals(program.command("new").description(h.new))
    .option("--answers <file>", h.answers)
    .option("--no-input", h.noInput)
    .option("--resume", h.resume)
    .action(async (opts: { answers?: string; input: boolean; resume?: boolean }, command: Command) => {
      const { runNew } = await import("../commands/new.js");
      const answers = opts.answers !== undefined ? { answers: opts.answers } : {};
      done(await runNew({ context: context(command), ...answers, noInput: !opts.input, resume: opts.resume === true }));
    });

  withGlobals(program.command("next").argument("<id>", h.formId).description(h.next))
    .option("--answers <file>", h.answers)
    .option("--no-input", h.noInput)
    .action(async (id: string, opts: { answers?: string; input: boolean }, command: Command) => {
      const { runNext } = await import("../commands/next.js");
      const answers = opts.answers !== undefined ? { answers: opts.answers } : {};
      done(await runNext({ context: context(command), id, ...answers, noInput: !opts.input }));
    });

  withGlobals(program.command("edit").argument("<id>", h.formId).description(h.edit))
    .option("--answers <file>", h.editAnswers)
    .option("--no-input", h.noInput)
    .action(async (id: string, opts: { answers?: string; input: boolean }, command: Command) => {
      const { runEdit } = await import("../commands/edit.js");
      const answers = opts.answers !== undefined ? { answers: opts.answers } : {};
      done(await runEdit({ context: context(command), id, ...answers, noInput: !opts.input }));
    });

  return program;
}
