// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Servers write straight into a log file (their stdout and stderr are the file's descriptor),
// so the log survives a stalled test process and can be quoted in error messages.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Current size of the file, 0 when it does not exist yet: where a new run's output begins. */
export function logSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The file's text from byte `from` on (at most the last `maxBytes` of it). */
export function readLogFrom(file: string, from = 0, maxBytes = 1 << 20): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const size = statSync(file).size;
    const start = Math.max(from, size - maxBytes);
    if (size <= start) return '';
    const buffer = Buffer.alloc(size - start);
    const read = readSync(fd, buffer, 0, buffer.length, start);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The last `lines` lines written since byte `from`, indented for an error message. */
export function logTail(file: string, from = 0, lines = 30): string {
  const text = readLogFrom(file, from, 64 * 1024).trimEnd();
  if (text === '') return '    (the log is empty)';
  return text
    .split('\n')
    .slice(-lines)
    .map((line) => `    ${line}`)
    .join('\n');
}
