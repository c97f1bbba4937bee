/**
 * Whether a terminal screen (tmux capture) shows a prompt with `text` being asked: the last question line ("?")
 * stands below every answered one ("✔") and holds the text. Waiting only for the text is not enough: a question
 * asked again, or a heading, shows it before the prompt listens, and keys sent then are dropped as typed ahead
 * (@inquirer discards keys typed before a prompt starts on a terminal).
 */
export function asked(screen: string, text: string): boolean {
  const lines = screen.split("\n").map((l) => l.trimStart());
  const question = lines.findLastIndex((l) => l.startsWith("?"));
  const answered = lines.findLastIndex((l) => l.startsWith("✔"));
  return question > answered && (lines[question] ?? "").includes(text);
}
