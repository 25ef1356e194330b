/** Parsed command line: a command, positional arguments and options (repeatable). */
export interface Args {
  readonly command: string | undefined;
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['out', 'target', 'templates', 'context', 'level']);
const FLAGS = new Set(['help', 'quiet', 'json', 'force']);

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--name value`, `--name=value`, `-h`; throws UsageError on anything unknown. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (FLAGS.has(name)) {
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, options, flags };
}

/** The single value of an option, or undefined; throws when given twice. */
export function single(args: Args, name: string): string | undefined {
  const values = args.options.get(name) ?? [];
  if (values.length > 1) throw new UsageError(`--${name} may be given only once`);
  return values[0];
}
