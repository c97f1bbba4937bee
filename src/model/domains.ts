/** The workspace's domains (领域): those wenping.yaml declares, else the default 民政 list. */
import type { DomainEntry, WorkspaceConfig } from "./types.js";
import { domains as defaults } from "./vocabulary.js";

/** The default list as wenping.yaml entries, in Chinese (the language of the workspace file). */
export const defaultDomains: readonly DomainEntry[] = Object.entries(defaults).map(([code, term]) => ({
  code,
  name: term.zh,
}));

/** The domains a record of this workspace may name, in the order users see them. */
export function domainsOf(config: Pick<WorkspaceConfig, "domains">): readonly DomainEntry[] {
  return config.domains ?? defaultDomains;
}

/** A domain's name in `lang`: the default list has English names, a declared list only its own names. */
export function domainName(config: Pick<WorkspaceConfig, "domains">, code: string, lang: "zh" | "en"): string {
  const declared = config.domains?.find((d) => d.code === code)?.name;
  if (declared !== undefined) return declared;
  const term = (defaults as Record<string, { zh: string; en: string } | undefined>)[code];
  return term ? term[lang] : code;
}
