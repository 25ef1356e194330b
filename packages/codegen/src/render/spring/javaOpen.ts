import { javaIdent, javaString } from '../../naming/javaNames';
import { javaComment } from './javaCode';

/** One value the board leaves open, as a method of a command's `…Open` interface. */
export interface JavaOpenValue {
  readonly method: string;
  readonly type: string;
  readonly what: string;
  readonly why: string;
}

/**
 * The Java side of the TypeScript target's `OpenValues`: generated code never invents a
 * value the board leaves open. Each becomes a method of the command's `…Open` interface;
 * the hand-written handler implements it, starting as a `TODO(stormscape)` that throws
 * `NotMappedException` (501 problem+json) naming what is missing.
 */
export class JavaOpen {
  readonly values: JavaOpenValue[] = [];

  /**
   * @param params parameter list of each method (`Map<String, Object> current` or empty)
   * @param args   what the default passes (`current` or empty)
   * @param owner  for messages: "Cancel Order"
   */
  constructor(
    readonly params: string,
    readonly args: string,
    readonly owner: string,
  ) {}

  use(member: string, type: string, what: string, why: string): string {
    let method = javaIdent(member);
    let found = this.values.find((v) => v.method === method);
    for (let n = 2; found && found.type !== type; n += 1) {
      method = `${javaIdent(member)}${n}`;
      found = this.values.find((v) => v.method === method);
    }
    if (!found) this.values.push({ method, type, what, why });
    return `open.${method}(${this.args})`;
  }

  get empty(): boolean {
    return this.values.length === 0;
  }

  /** Methods of the `…Open` interface. */
  interfaceBody(indent: string): string {
    return this.values.map((v) => `${indent}/** ${javaComment(`${v.what}: ${v.why}`)} */\n${indent}${v.type} ${v.method}(${this.params});`).join('\n');
  }

  /** The implementation a hand-written handler starts with: one TODO per value, each throwing until people map it. */
  todoBody(indent: string): string {
    return this.values
      .map((v) =>
        [
          `${indent}// TODO(stormscape): map ${javaComment(v.what)} (${javaComment(v.why)}).`,
          `${indent}@Override`,
          `${indent}public ${v.type} ${v.method}(${this.params}) {`,
          `${indent}  throw new NotMappedException(${javaString(`${this.owner}: ${v.what}`)});`,
          `${indent}}`,
        ].join('\n'),
      )
      .join('\n');
  }
}
