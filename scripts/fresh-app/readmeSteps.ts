/*
 * The install steps as the README documents them, read from README.md
 * itself: the check performs what a user reads, and fails when the README
 * stops saying it in a form it understands.
 */
import { parse } from 'yaml';

export interface ReadmeSteps {
  /** `yarn --cwd <workspace> add <package>` lines. */
  dependencies: Array<{ workspace: string; name: string }>;
  /** `backend.add(import('<package>'));` lines for packages/backend/src/index.ts. */
  backendFeatures: string[];
  /** The first YAML block of "Configure", for app-config.yaml. */
  config: Record<string, any>;
}

const INSTALL_HEADING = 'Install in your Backstage';
const CONFIGURE_HEADING = 'Configure';

/** The text of the `## <heading>` section, up to the next `## `. */
function section(readme: string, heading: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The bodies of the fenced code blocks of `text` in one of `languages`. */
function codeBlocks(text: string, languages: string[]): string[] {
  const blocks: string[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const [, language, body] of text.matchAll(fence)) {
    if (languages.includes(language)) blocks.push(body);
  }
  return blocks;
}

function matchingLines(blocks: string[], pattern: RegExp) {
  return blocks.flatMap(block =>
    block
      .split('\n')
      .map(line => pattern.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null),
  );
}

export function readReadmeSteps(readme: string): ReadmeSteps {
  const install = section(readme, INSTALL_HEADING);
  const dependencies = matchingLines(
    codeBlocks(install, ['sh', 'bash']),
    /^yarn --cwd (\S+) add (\S+)$/,
  ).map(([, workspace, name]) => ({ workspace, name }));
  if (dependencies.length === 0) {
    throw new Error(
      `"${INSTALL_HEADING}" has no \`yarn --cwd <workspace> add <package>\` line`,
    );
  }
  const backendFeatures = matchingLines(
    codeBlocks(install, ['ts']),
    /^backend\.add\(import\('([^']+)'\)\);$/,
  ).map(([, name]) => name);
  if (backendFeatures.length === 0) {
    throw new Error(`"${INSTALL_HEADING}" has no \`backend.add(...)\` line`);
  }
  const [configYaml] = codeBlocks(section(readme, CONFIGURE_HEADING), ['yaml']);
  const config = configYaml === undefined ? undefined : parse(configYaml);
  if (typeof config?.slo?.prometheus?.baseUrl !== 'string') {
    throw new Error(
      `the first YAML block of "${CONFIGURE_HEADING}" does not set slo.prometheus.baseUrl`,
    );
  }
  return { dependencies, backendFeatures, config };
}
