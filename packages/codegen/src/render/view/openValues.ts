import { commentText, str } from '../tsCode';

/**
 * Values the board leaves open. Generated code never invents them (no '', 0, nil UUID,
 * epoch or 'XXX'): each becomes a member of an `…Open` interface that the default takes,
 * and the hand-written file that calls the default supplies it, starting as a
 * `// TODO(stormscape): map …` line plus a `notMapped(…)` call that throws (501
 * problem+json) with a message naming what is missing. `generate` warns about each.
 */
export interface OpenValue {
  /** Member name inside its group (a property name). */
  readonly member: string;
  /** Nested under this member of the open object (a policy's command), if any. */
  readonly group: string | null;
  /** TypeScript type of the value. */
  readonly type: string;
  /** What it fills, for people: `OrderCancelled.cancelledBy`. */
  readonly what: string;
  /** Why it is open, one sentence. */
  readonly why: string;
}

export class OpenValues {
  readonly values: OpenValue[] = [];

  /**
   * @param params parameter list of each member, e.g. `current: Order` or `event: OrderPlacedEvent`
   * @param args   what the default passes, e.g. `current`
   * @param owner  for messages: "Cancel Order" or "Policy Take payment"
   */
  constructor(
    readonly params: string,
    readonly args: string,
    readonly owner: string,
    private readonly awaits = true,
  ) {}

  /** The expression that asks for one open value (declaring it once). */
  use(member: string, type: string, what: string, why: string, group: string | null = null): string {
    let found = this.values.find((v) => v.member === member && v.group === group);
    if (found && found.type !== type) {
      let n = 2;
      while (this.values.some((v) => v.member === `${member}${n}` && v.group === group)) n += 1;
      return this.use(`${member}${n}`, type, what, why, group);
    }
    if (!found) {
      found = { member, group, type, what, why };
      this.values.push(found);
    }
    const call = `open.${group === null ? '' : `${group}.`}${member}(${this.args})`;
    return this.awaits ? `(await ${call})` : call;
  }

  /** Whether any open value's type mentions `name` (for type imports). */
  mentions(name: string): boolean {
    return this.values.some((v) => new RegExp(`\\b${name}\\b`).test(v.type));
  }

  get empty(): boolean {
    return this.values.length === 0;
  }

  /** Members of the `…Open` interface (nested groups as object types). */
  interfaceBody(): string {
    const lines: string[] = [];
    const member = (v: OpenValue, indent: string) => [`${indent}/** ${commentText(`${v.what}: ${v.why}`)} */`, `${indent}${v.member}(${this.params}): ${v.type} | Promise<${v.type}>;`];
    for (const v of this.values.filter((x) => x.group === null)) lines.push(...member(v, '  '));
    for (const group of this.groups()) {
      lines.push(`  ${group}: {`);
      for (const v of this.values.filter((x) => x.group === group)) lines.push(...member(v, '    '));
      lines.push('  };');
    }
    return lines.join('\n');
  }

  /** The object literal a hand-written file passes: one TODO per value, each throwing until people map it. */
  todoLiteral(indent: string): string {
    const lines = ['{'];
    const entry = (v: OpenValue, pad: string) => [
      `${pad}// TODO(stormscape): map ${commentText(v.what)} (${commentText(v.why)}).`,
      `${pad}${v.member}: () => notMapped(${str(`${this.owner}: ${v.what}`)}),`,
    ];
    for (const v of this.values.filter((x) => x.group === null)) lines.push(...entry(v, `${indent}  `));
    for (const group of this.groups()) {
      lines.push(`${indent}  ${group}: {`);
      for (const v of this.values.filter((x) => x.group === group)) lines.push(...entry(v, `${indent}    `));
      lines.push(`${indent}  },`);
    }
    lines.push(`${indent}}`);
    return lines.join('\n');
  }

  /** One `generate` warning per open value. */
  warnings(where: string): string[] {
    return this.values.map((v) => `${where}: ${this.owner}: ${v.what} is not mapped (${v.why}); the hand-written file has a TODO(stormscape) that throws until it is.`);
  }

  private groups(): string[] {
    return [...new Set(this.values.map((v) => v.group).filter((g): g is string => g !== null))];
  }
}
