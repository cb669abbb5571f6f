import type { RunReport } from '@assay/runners';
import { returnedJsonOf } from '../grading/case-values';

const MAX_LINES = 20;

function excerpt(label: string, text: string): string {
  if (!text) return '';
  const lines = text.replace(/\n$/, '').split('\n');
  const shown = lines.slice(0, MAX_LINES).map((l) => `      ${l}`);
  if (lines.length > MAX_LINES) shown.push(`      … ${lines.length - MAX_LINES} more lines`);
  return `    ${label}:\n${shown.join('\n')}\n`;
}

/** The human summary `assay run` prints without --json (print it with printHuman: program output is escaped there). */
export function formatReport(report: RunReport): string {
  let out = `${report.language} on ${report.image} (${report.imageId.slice(7, 19)}), ${report.timeMs} ms\n`;
  if (report.compile) {
    out += report.compile.ok ? `  compiled in ${report.compile.timeMs} ms\n` : `  compile_error after ${report.compile.timeMs} ms\n`;
    if (!report.compile.ok) out += excerpt('compiler', report.compile.output);
  }
  const width = Math.max(4, ...report.cases.map((c) => c.name.length));
  for (const c of report.cases) {
    const mark = c.status === 'ok' ? 'ok ' : 'XX ';
    const memory = c.memoryKb ? `  ${(c.memoryKb / 1024).toFixed(1)} MiB` : '';
    const exit = c.signal ? `  ${c.signal}` : c.exitCode ? `  exit ${c.exitCode}` : '';
    out += `  ${mark}${c.name.padEnd(width)}  ${c.status.padEnd(13)} ${String(c.timeMs).padStart(7)} ms${memory}${exit}\n`;
    const value = returnedJsonOf(c);
    if (value !== undefined) out += `    value: ${value}\n`;
    out += excerpt('stdout', c.stdout) + excerpt('stderr', c.stderr);
  }
  return out;
}
