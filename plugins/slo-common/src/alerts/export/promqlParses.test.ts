import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fleet, matrix } from './__fixtures__/specs';
import { exportOpenSlo } from './openslo';
import { exportPrometheusOperatorRule } from './prometheusOperator';
import { exportPyrra } from './pyrra';
import { exportSloth } from './sloth';

/**
 * The schemas cannot parse PromQL, promtool can: every query the exports
 * write goes into a rule file (as a recording rule) for
 * `promtool check rules`, and so do the PrometheusRule's groups.
 */

function promtoolCheck(groups: unknown[]): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slo-export-'));
  try {
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ groups }));
    const run = spawnSync('promtool', ['check', 'rules', file], {
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sloth's template for a 5-minute window, as Go's text/template prints it. */
const renderSloth = (query: string) =>
  query
    .split('{{ "{{" }}')
    .map(part => part.split('{{.window}}').join('5m'))
    .join('{{');

function exportedQueries(): string[] {
  const specs = [...matrix().map(c => c.spec), ...fleet()];
  // One spec per export: the matrix repeats SLO names across windows.
  const sloth = specs
    .flatMap(spec => exportSloth({ specs: [spec] }).documents)
    .flatMap(d =>
      d.slos.flatMap(s => [s.sli.events.error_query, s.sli.events.total_query]),
    );
  const openslo = specs
    .flatMap(spec => exportOpenSlo({ specs: [spec] }).documents)
    .filter(d => d.kind === 'SLI')
    .flatMap(d => {
      const m = d.spec.ratioMetric as Record<string, any>;
      return ['good', 'bad', 'total'].flatMap(k =>
        m[k] ? [m[k].metricSource.spec.query as string] : [],
      );
    });
  const pyrra = specs.flatMap(spec => {
    const { indicator } = exportPyrra({ specs: [spec] }).documents[0].spec;
    return Object.values(indicator).flatMap((i: Record<string, any>) => [
      ...(i.metric ? [i.metric] : []),
      ...['errors', 'total', 'success'].flatMap(k =>
        i[k] ? [i[k].metric] : [],
      ),
    ]);
  });
  return [...sloth.map(renderSloth), ...openslo, ...pyrra];
}

describe('exported PromQL parses (promtool check rules)', () => {
  it('every Sloth, OpenSLO and Pyrra query', () => {
    const queries = exportedQueries();
    // 24 specs: 48 Sloth and 48 OpenSLO queries; Pyrra takes 2 selectors
    // for the 15 ratio and classic-latency specs, 1 for the other 9: 39.
    expect(queries).toHaveLength(135);
    const rules = queries.map((expr, i) => ({
      record: `export:query${i}`,
      expr,
    }));
    const result = promtoolCheck([{ name: 'exported-queries', rules }]);
    expect(result.output).toContain('SUCCESS');
    expect(result.ok).toBe(true);
  });

  it('the PrometheusRule groups of a fleet', () => {
    const [doc] = exportPrometheusOperatorRule({ specs: fleet() }).documents;
    const result = promtoolCheck(doc.spec.groups);
    expect(result.output).toContain(
      `SUCCESS: ${doc.spec.groups.reduce(
        (n, g) => n + g.rules.length,
        0,
      )} rules found`,
    );
  });

  it('fails on a broken query, so the check is real', () => {
    const result = promtoolCheck([
      { name: 'broken', rules: [{ record: 'x:y', expr: 'sum(rate(x[5m])' }] },
    ]);
    expect(result.ok).toBe(false);
  });
});
