import { LoggerService } from '@backstage/backend-plugin-api';
import { mkdir, readFile, rename, writeFile } from 'fs/promises';
import { dirname } from 'path';
import { renderAlertExport } from '../export/renderAlertExport';
import type { AlertSpecSource } from '../specs/types';

export interface AlertRuleSyncOutcome {
  /** False when the file already held exactly these rules. */
  written: boolean;
  slos: number;
  reloaded: boolean;
}

/**
 * Keeps one Prometheus rule file with the rules of every active SLO. The
 * file is replaced atomically (write, then rename) so Prometheus never
 * reads half of it, and Prometheus is asked to reload only on a change.
 */
export class AlertRuleSyncTask {
  static readonly id = 'slo-alert-rule-sync';
  private reloadPending = false;

  constructor(
    private readonly deps: {
      specs: AlertSpecSource;
      path: string;
      reloadUrl?: string;
      logger: LoggerService;
      fetch?: typeof fetch;
    },
  ) {}

  async run(): Promise<AlertRuleSyncOutcome> {
    const { path, logger } = this.deps;
    const entities = await this.deps.specs.specsForFleet();
    const file = renderAlertExport({
      format: 'prometheus',
      entities,
      name: 'every active SLO',
    });
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === file.body && !this.reloadPending) {
      return { written: false, slos: file.sloCount, reloaded: false };
    }
    if (current !== file.body) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, file.body, 'utf8');
      await rename(tmp, path);
      logger.info(`Wrote the rules of ${file.sloCount} SLOs to ${path}`);
    }
    const reloaded = await this.reload();
    return { written: current !== file.body, slos: file.sloCount, reloaded };
  }

  private async reload(): Promise<boolean> {
    const { reloadUrl, logger } = this.deps;
    if (!reloadUrl) return false;
    const doFetch = this.deps.fetch ?? fetch;
    // Until a reload succeeds, every run retries it even without a change.
    this.reloadPending = true;
    const res = await doFetch(reloadUrl, { method: 'POST' });
    if (!res.ok) {
      // Prometheus keeps its previous rules when a reload fails.
      const text = (await res.text()).slice(0, 500);
      throw new Error(
        `Prometheus refused to reload ${reloadUrl}: HTTP ${res.status} ${text}`,
      );
    }
    this.reloadPending = false;
    logger.info(`Prometheus reloaded its rules (${reloadUrl})`);
    return true;
  }
}
