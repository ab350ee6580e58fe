/*
 * Report helpers shared by the benchmark scripts (`yarn bench:*`): each
 * script renders Markdown tables and replaces its own marked section of a
 * document, leaving the rest of the file alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';

export const num = (n: number) => n.toLocaleString('en-US');
export const yesNo = (ok: boolean) => (ok ? 'yes' : 'no');

/** A Markdown table laid out the way Prettier lays it out. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/**
 * Replaces the part of `file` between `<!-- bench:<name>:start -->` and
 * `<!-- bench:<name>:end -->`, appending the section when it is missing.
 */
export function writeMarkedSection(
  file: string,
  name: string,
  markdown: string,
) {
  const startMarker = `<!-- bench:${name}:start -->`;
  const endMarker = `<!-- bench:${name}:end -->`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${startMarker}\n\n${markdown.trim()}\n\n${endMarker}`;
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start >= 0 && end > start) {
    text = text.slice(0, start) + block + text.slice(end + endMarker.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  writeFileSync(file, text);
}

/** CPU, cores, memory, OS and Node.js of the machine a benchmark ran on. */
export function machineParts(): string[] {
  const cpu = existsSync('/proc/cpuinfo')
    ? readFileSync('/proc/cpuinfo', 'utf8').match(
        /^model name\s*:\s*(.*)$/m,
      )?.[1]
    : undefined;
  return [
    `CPU ${
      cpu ?? os.cpus()[0]?.model ?? 'unknown'
    }, ${os.availableParallelism()} CPUs (nproc)`,
    `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    `${os.type()} ${os.release()}`,
    `Node.js ${process.version}`,
  ];
}
