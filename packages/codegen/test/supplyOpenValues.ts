/**
 * Replaces the `notMapped` stand-ins of open values in a hand-written (create-once) file by
 * `values` (TypeScript expressions), as a developer would: the generated file has a
 * TODO(stormscape) that answers 501 for each until it is supplied.
 */
export function supply(files: Map<string, string>, path: string, values: Readonly<Record<string, string>>): void {
  let text = files.get(path);
  if (text === undefined) throw new Error(`no ${path}`);
  for (const [member, value] of Object.entries(values)) {
    const stand = new RegExp(`(\\n\\s*${member}: \\(\\) => )notMapped\\([^\\n]*\\),`);
    if (!stand.test(text)) throw new Error(`${path} has no open value ${member}`);
    text = text.replace(stand, `$1${value},`);
  }
  files.set(path, text);
}
