import { execFile } from 'child_process';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';

/** What a promtool run printed; `ok` is exit code 0. */
export interface PromtoolResult {
  ok: boolean;
  code: number;
  stdout: string;
  stderr: string;
  /** The `FAILED:` blocks (or the whole output when none), for messages. */
  failures: string[];
}

/**
 * Serialises a rule or test file. JSON is valid YAML and promtool reads it,
 * which keeps this helper free of a YAML library (slo-backend declares
 * `yaml` only as a dev dependency).
 */
export function toYaml(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}
`;
}

function run(args: string[], cwd: string): Promise<PromtoolResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'promtool',
      args,
      { cwd, maxBuffer: 32 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const err = error as
          | (NodeJS.ErrnoException & { code?: unknown })
          | null;
        if (err && err.code === 'ENOENT') {
          reject(
            new Error(
              'promtool is not installed: run scripts/test-all.sh, which installs Debian prometheus',
            ),
          );
          return;
        }
        const code = err ? Number((err as { code?: unknown }).code ?? 1) : 0;
        const text = `${stdout}\n${stderr}`;
        const failures = text
          .split(/\n(?=\s*FAILED:)/)
          .filter(block => /FAILED:/.test(block))
          .map(block => block.trim());
        resolve({
          ok: code === 0,
          code,
          stdout,
          stderr,
          failures:
            failures.length > 0 || code === 0 ? failures : [text.trim()],
        });
      },
    );
  });
}

async function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'slo-promtool-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `promtool check rules` on a rule file given as an object. */
export function checkRules(ruleFile: unknown): Promise<PromtoolResult> {
  return withDir(async dir => {
    await writeFile(join(dir, 'rules.yml'), toYaml(ruleFile));
    return run(['check', 'rules', 'rules.yml'], dir);
  });
}

/**
 * `promtool test rules`: writes the rule file as `rules.yml` and the test
 * file (whose `rule_files` is set to it) into a temp dir. Groups are
 * evaluated in file order (`group_eval_order`): without it promtool's order
 * is unspecified, and an alert group evaluated before the recording group it
 * reads sees the previous step's samples, which are out of the lookback
 * window when steps are coarser than 5m.
 */
export function testRules(
  ruleFile: { groups: Array<{ name: string }> },
  testFile: Record<string, unknown>,
): Promise<PromtoolResult> {
  return withDir(async dir => {
    await writeFile(join(dir, 'rules.yml'), toYaml(ruleFile));
    await writeFile(
      join(dir, 'rules.test.yml'),
      toYaml({
        rule_files: ['rules.yml'],
        group_eval_order: ruleFile.groups.map(g => g.name),
        ...testFile,
      }),
    );
    return run(['test', 'rules', 'rules.test.yml'], dir);
  });
}

/** Throws a readable error listing promtool's failures unless it passed. */
export function expectPromtoolOk(result: PromtoolResult, what: string): void {
  if (result.ok) return;
  const shown = result.failures.slice(0, 8).join('\n\n');
  const more =
    result.failures.length > 8
      ? `\n… and ${result.failures.length - 8} more failures`
      : '';
  throw new Error(
    `promtool ${what} failed (exit ${result.code}):\n${shown}${more}`,
  );
}
