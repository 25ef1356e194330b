import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Board, Finding, Level } from '@stormscape/model';
import { LEVELS, lintBoard, parseBoardFile } from '@stormscape/model';
import { TARGETS, generateProject, planProject } from '../generateProject';
import type { Target } from '../generateProject';
import { CodegenError } from '../plan/buildPlan';
import { generateSpecs } from '../specs/generateSpecs';
import { readTemplatesDir } from '../node/templatesDir';
import { writeProject } from '../node/writeProject';
import type { Args } from './args';
import { UsageError, parseArgs, single } from './args';

export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

export const USAGE = `Usage: stormscape <command> <board.storm.json> [options]

Commands:
  generate <board> --out <dir> [--target typescript|spring] [--templates <dir>] [--context <name-or-id>]...
      One service folder per bounded context (openapi.yaml, asyncapi.yaml, a runnable
      service with tests and a Dockerfile) plus <dir>/README.md. Each context is generated
      as the target decided for it on the board (TypeScript where undecided); --target
      overrides that for every context. typescript: Fastify; src/generated/ is rewritten,
      src/handlers/ and src/main.ts are created once. spring: Spring Boot 3 Maven projects
      (and <dir>/pom.xml building them all); the generated/ packages are rewritten,
      handlers/ and Application.java are created once.
  lint <board> [--level design|process|bigPicture]
      The model's findings (codegen rules on); exit 1 when there are errors.
  openapi <board> --context <name-or-id>     Print that context's OpenAPI 3.1 document.
  asyncapi <board> --context <name-or-id>    Print that context's AsyncAPI 3.0 document.

Exit codes: 0 ok, 1 lint errors, 2 unreadable or invalid input or usage.
`;

/** Exit code 2 with a message: bad usage or input. */
class InputError extends Error {
  override readonly name = 'InputError';
}

function loadBoard(args: Args, io: Io): Board {
  const file = args.positional[0];
  if (!file) throw new UsageError('which board? give the path of a .storm.json file');
  if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = parseBoardFile(text);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${e.path}: ${e.message}${e.expected ? ` (expected ${e.expected})` : ''}`);
    throw new InputError(`${file} is not a valid board file:\n${lines.join('\n')}`);
  }
  return result.board;
}

function generate(args: Args, io: Io): number {
  const out = single(args, 'out');
  if (!out) throw new UsageError('generate needs --out <dir>');
  // Absent: each context's decision on the board.
  const target = single(args, 'target');
  if (target !== undefined && !TARGETS.includes(target as Target)) throw new UsageError(`unknown --target ${target} (known: ${TARGETS.join(', ')})`);
  const templatesDir = single(args, 'templates');
  const board = loadBoard(args, io);
  let templates: Record<string, string> | undefined;
  if (templatesDir) {
    try {
      templates = readTemplatesDir(resolve(io.cwd, templatesDir));
    } catch (error) {
      throw new InputError(`cannot read templates from ${templatesDir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const contexts = args.options.get('context') ?? [];
  const quiet = args.flags.has('quiet');
  const started = Date.now();
  const files = generateProject(board, {
    ...(target === undefined ? {} : { target: target as Target }),
    contexts,
    ...(templates ? { templates } : {}),
    onProgress: ({ done, total, context }) => {
      if (!quiet) io.stderr.write(`[${done}/${total}] ${context}\n`);
    },
  });
  const report = writeProject(resolve(io.cwd, out), files);
  const lintLine = lintSummary(lintBoard(board, { level: 'design', forCodegen: true }));
  if (lintLine) io.stderr.write(`warning: ${lintLine}; see \`stormscape lint ${args.positional[0] ?? ''}\`\n`);
  for (const warning of planProject(board, { contexts }).warnings) io.stderr.write(`warning: ${warning}\n`);
  for (const orphan of report.orphans) io.stderr.write(`note: ${orphan} no longer matches the board; delete it if you no longer need it\n`);
  io.stderr.write(
    `wrote ${report.written.length} files to ${out} in ${Date.now() - started} ms` +
      `${report.kept.length > 0 ? `, kept ${report.kept.length} hand-written` : ''}` +
      `${report.removed.length > 0 ? `, removed ${report.removed.length} stale` : ''}\n`,
  );
  return 0;
}

/**
 * What the design-level lint says, in one line: errors and warnings counted by rule ("1 warning
 * (A3 ×1)"). Generate's own warnings name open values; a lint finding often says why one is
 * open (A3: a look-alike of the aggregate's identity), so the user learns to run `lint`.
 */
export function lintSummary(findings: readonly Finding[]): string | null {
  const parts: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const counts = new Map<string, number>();
    for (const f of findings) if (f.severity === severity) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    const rules = [...counts].map(([rule, n]) => `${rule} ×${n}`).join(', ');
    parts.push(`${total} ${severity}${total > 1 ? 's' : ''} (${rules})`);
  }
  return parts.length === 0 ? null : `design-level lint: ${parts.join(', ')}`;
}

function lint(args: Args, io: Io): number {
  const level = (single(args, 'level') ?? 'design') as Level;
  if (!LEVELS.includes(level)) throw new UsageError(`unknown --level ${level} (known: ${LEVELS.join(', ')})`);
  const board = loadBoard(args, io);
  const findings = lintBoard(board, { level, forCodegen: true });
  for (const f of findings) io.stdout.write(`${f.severity.padEnd(7)} ${f.ruleId.padEnd(3)} ${f.message}${f.ids.length > 0 ? ` [${f.ids.join(', ')}]` : ''}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  io.stderr.write(`${findings.length} findings, ${errors} errors\n`);
  return errors > 0 ? 1 : 0;
}

function spec(args: Args, io: Io, kind: 'openapi' | 'asyncapi'): number {
  const context = single(args, 'context');
  if (!context) throw new UsageError(`${kind} needs --context <name-or-id>`);
  const board = loadBoard(args, io);
  const [specs] = generateSpecs(board, { contexts: [context] });
  if (!specs) throw new InputError(`no context ${context}`);
  io.stdout.write(specs[kind]);
  return 0;
}

/** Runs the CLI; returns the exit code. Never writes anything when the input is invalid. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.stdout.write(USAGE);
      return args.command === undefined && !args.flags.has('help') ? 2 : 0;
    }
    switch (args.command) {
      case 'generate':
        return generate(args, io);
      case 'lint':
        return lint(args, io);
      case 'openapi':
      case 'asyncapi':
        return spec(args, io, args.command);
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`stormscape: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof CodegenError) {
      io.stderr.write(`stormscape: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
