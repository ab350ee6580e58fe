import { startPrometheus } from './prometheusHarness';

jest.setTimeout(60_000);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function prometheusPids(): number[] {
  const { execFileSync } = require('child_process');
  try {
    return execFileSync('pgrep', ['-x', 'prometheus'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

describe('startPrometheus', () => {
  it('serves backfilled data and leaves no process or directory behind', async () => {
    const before = new Set(prometheusPids());
    const prometheus = await startPrometheus({
      openMetrics: {
        text: '# TYPE g gauge\ng{a="b"} 42 1790000000\n# EOF\n',
      },
    });
    const started = prometheusPids().filter(p => !before.has(p));
    expect(started).toHaveLength(1);

    const res = await fetch(
      `${prometheus.baseUrl}/api/v1/query?query=g&time=1790000000`,
    );
    const body = await res.json();
    expect(body.data.result[0].value).toEqual([1790000000, '42']);

    await prometheus.stop();
    expect(isAlive(started[0])).toBe(false);
    await prometheus.stop(); // idempotent
  });

  it('explains invalid OpenMetrics instead of starting', async () => {
    await expect(
      startPrometheus({ openMetrics: { text: 'g 1 1790000000\n' } }),
    ).rejects.toThrow(/promtool backfill failed: .*EOF/s);
  });
});
