/** The entry point: runs the program, prints user errors as one clear line, and alone sets the exit code. */
import { CommanderError } from "commander";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UserError } from "../errors.js";
import { configErrorEntry, formatProblemsText } from "../format/problems-text.js";
import { resolveLang, ui } from "../i18n/index.js";
import { fsCode } from "../util/fs-error.js";
import { version } from "../util/version.js";
import { ConfigError } from "../workspace/config-error.js";
import { fsFailure } from "./fs-failure.js";
import { buildProgram } from "./program.js";

/** `--lang` from the raw arguments, so even usage errors speak the user's language. */
function langFromArgv(argv: readonly string[]) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i === -1 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return resolveLang(value) ?? resolveLang(undefined) ?? "zh";
}

/** Runs wenping with the given arguments (without node and script) and returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const lang = langFromArgv(args);
  const text = ui(lang);
  const verbose = args.includes("--verbose") || Boolean(process.env.DEBUG);
  let code = EXIT_OK;
  try {
    const program = buildProgram(lang, version, (c) => {
      code = c;
    });
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (error) {
    // --help and --version end here too, with nothing more to say.
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT_OK;
    // Colours load only when there is something to say (a scripted success never pays for them).
    const { chalkStderr } = await import("chalk");
    if (error instanceof CommanderError) {
      // Help already shown (e.g. `wenping` or `wenping report` alone): a usage error, with nothing more to say.
      if (error.code === "commander.help" || error.code === "commander.helpDisplayed") return EXIT_USAGE;
      // Commander speaks English; the common usage errors are said in the user's language, naming what it named.
      const detail = error.message.replace(/^error: /, "");
      // "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are zh, en." → --lang fr(可选:zh、en)
      const invalid = /'(-[^' ]+)[^']*' argument '([^']*)' is invalid\.(?: Allowed choices are (.+)\.)?/.exec(detail);
      const named = invalid
        ? text.invalidChoice(invalid[1] ?? "", invalid[2] ?? "", invalid[3]?.split(", ") ?? [])
        : (detail
            .match(/'[^']*'/g)
            ?.join(" ")
            .replaceAll("'", "") ?? detail);
      const suggestion = /Did you mean (.+?)\?/.exec(detail)?.[1];
      const said = text.usage[error.code]
        ? `${text.usage[error.code]?.(named)}${suggestion ? text.didYouMean(suggestion) : ""}`
        : detail;
      process.stderr.write(`${chalkStderr.red(said)}\n${text.usageHelp}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      const entry = configErrorEntry(error, lang);
      process.stderr.write(`${[error.message, ...formatProblemsText([entry], text, chalkStderr)].join("\n")}\n`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      process.stderr.write(`${chalkStderr.red(error.message)}\n${error.details.map((d) => `${d}\n`).join("")}`);
      return error.exitCode;
    }
    // The file system's own refusals (EACCES, ENOTDIR, ENAMETOOLONG, …) are the user's to fix, not bugs.
    const fs = fsFailure(error, text);
    if (fs) {
      process.stderr.write(`${chalkStderr.red(fs)}\n`);
      if (verbose) process.stderr.write(`${(error as Error).stack}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`${chalkStderr.red(text.internalError)}\n`);
    if (verbose) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

/**
 * Output that could not be written is never "done": a closed pipe (`wenping validate | head`) ends quietly,
 * any other failure (a full disk under `> 台账.csv`, /dev/full) is said on stderr and is exit 2 (issue 12).
 */
let outputFailed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  if (outputFailed) return;
  outputFailed = true;
  process.exitCode = EXIT_USAGE;
  const text = ui(langFromArgv(process.argv.slice(2)));
  process.stderr.write(`${text.fs.stdout(text.fs.reason(fsCode(error) ?? "UNKNOWN"))}\n`);
});
// Nowhere left to say anything: the exit code alone tells.
process.stderr.on("error", () => {
  outputFailed = true;
  process.exitCode = EXIT_USAGE;
});

const code = await main(process.argv.slice(2));
process.exitCode = outputFailed ? EXIT_USAGE : code;
