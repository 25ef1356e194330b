import type { BorisEdge, BorisNode, Sticky } from '@stormscape/model';
import { codeNameOf, contextName, deriveBoris, sameNameKey, targetsOfCommand } from '@stormscape/model';
import { displayName } from '../naming/words';
import type { BoardStructure } from './structure';

/**
 * What the team decided on the Boris diagram (reference §1, §4), as code generation
 * reads it: the derived diagram with people's overrides applied (`deriveBoris`).
 *
 * - A visible **sync** edge from service A to service B (or an external system) for a
 *   command gives A an outbound client for it, whoever issues the command in A (a policy,
 *   or a UI such as a desk screen).
 * - A derived sync edge the team **switched to async** or **hid** means A does not call it
 *   synchronously: no client, and a policy in A issuing the command gets a visible TODO
 *   instead of the call (and `generate` warns); messaging for it is people's code.
 * - A sync edge a person **added** between two services gives the caller a client for the
 *   callee's command its label names; a label naming none is a warning, not a guess.
 * - Async edges people added, hid or switched to sync are reported (warnings), not acted
 *   on: subscriptions follow the policies and read models on the board.
 */

/** Why a sync call a policy issues is not made. */
export type DroppedCall = 'hidden' | 'async';
export interface BorisCalls {
  /** Per calling context: commands it calls synchronously, in edge order. */
  readonly callsFrom: ReadonlyMap<string, readonly Sticky[]>;
  /** Per calling context: commands whose sync call the team hid or made asynchronous. */
  readonly droppedFrom: ReadonlyMap<string, ReadonlyMap<string, DroppedCall>>;
  readonly warnings: readonly string[];
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Commands of the callee node an added edge's label names (same name or code name). */
function commandsNamed(structure: BoardStructure, callee: BorisNode, label: string): Sticky[] {
  const key = sameNameKey(label);
  if (!key) return [];
  const named = (command: Sticky) => sameNameKey(command.text) === key || sameNameKey(codeNameOf(command)) === key;
  const out: Sticky[] = [];
  for (const command of structure.index.board.stickies) {
    if (command.kind !== 'command' || !named(command)) continue;
    const handledIn = structure.groupOfCommand.get(command.id)?.contextId;
    const onExternal = targetsOfCommand(structure.index, command.id).some((t) => callee.sourceIds.includes(t.id));
    if ((callee.kind === 'service' && handledIn === callee.contextId) || (callee.kind === 'external' && onExternal)) out.push(command);
  }
  return out;
}

export function borisCalls(structure: BoardStructure): BorisCalls {
  const { index } = structure;
  const diagram = deriveBoris(index);
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n] as const));
  const callsFrom = new Map<string, Sticky[]>();
  const droppedFrom = new Map<string, Map<string, DroppedCall>>();
  const warnings: string[] = [];
  const label = (node: BorisNode | undefined) => (node ? `"${node.label}"` : 'a node that is gone');
  const describe = (edge: BorisEdge) => `Boris edge ${label(nodes.get(edge.from))} → ${label(nodes.get(edge.to))}${edge.label ? ` ("${edge.label}")` : ''}`;

  for (const edge of diagram.edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    const caller = from?.kind === 'service' ? from.contextId : null;
    if (edge.derivedMode === 'async') {
      if (!edge.derived && !edge.hidden) warnings.push(`${describe(edge)} was added by hand; code generation does not act on added async edges (subscriptions follow the board's policies and read models).`);
      else if (edge.derived && edge.hidden) warnings.push(`${describe(edge)} is hidden on Boris, but the board still has the flow, so it is generated; remove the policy or read model link to drop it.`);
      else if (edge.derived && edge.mode === 'sync') warnings.push(`${describe(edge)} is switched to sync on Boris, but events still travel on their topic; code generation does not turn a subscription into a call.`);
      continue;
    }
    if (caller === null || !to || (to.kind !== 'service' && to.kind !== 'external')) continue;
    if (edge.derived) {
      const command = edge.sourceIds.map((id) => index.stickyById.get(id)).find((s): s is Sticky => s?.kind === 'command');
      if (!command) continue; // a read-model query edge: no client is generated for queries
      if (edge.hidden || edge.mode === 'async') {
        const why: DroppedCall = edge.hidden ? 'hidden' : 'async';
        const dropped = droppedFrom.get(caller) ?? new Map<string, DroppedCall>();
        dropped.set(command.id, why);
        droppedFrom.set(caller, dropped);
        warnings.push(`${contextName(index, caller)}: the call "${displayName(command)}" is ${why === 'hidden' ? 'hidden' : 'made asynchronous'} on Boris, so no sync client for it is generated and its issuers get a TODO.`);
      } else push(callsFrom, caller, command);
      continue;
    }
    if (edge.hidden) continue;
    const named = commandsNamed(structure, to, edge.label);
    if (named.length === 0) warnings.push(`${describe(edge)} was added by hand, but its label names no command of ${label(to)}, so no client is generated for it; name the command in the label.`);
    for (const command of named) push(callsFrom, caller, command);
  }
  return { callsFrom, droppedFrom, warnings };
}
