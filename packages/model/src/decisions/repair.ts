import type { StickyKind } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';

/**
 * `sticky` with the parts of its design decisions that name a missing sticky, or one of
 * the wrong kind, removed (an outcome whose event was deleted, a mapping of a command
 * no longer there, a schedule after a deleted event, a read-model row lookup of a deleted event). The repair half of the decision
 * checks in `checkBoardIntegrity`; returns `sticky` itself when nothing dangles.
 */
export function withoutDanglingDecisions(sticky: Sticky, kindOf: (id: string) => StickyKind | undefined): Sticky {
  const is = (id: string, kind: StickyKind) => kindOf(id) === kind;
  let next = sticky;
  const change = (patch: Partial<Sticky>) => {
    next = { ...next, ...patch };
  };
  if (sticky.outcomes?.some((o) => !is(o.eventId, 'event'))) change({ outcomes: sticky.outcomes.filter((o) => is(o.eventId, 'event')) });
  if (sticky.creatingCommandId !== undefined && !is(sticky.creatingCommandId, 'command')) {
    const { creatingCommandId: _gone, ...rest } = next;
    next = rest;
  }
  const lifecycle = sticky.lifecycle;
  if (lifecycle && (lifecycle.acceptedIn.some((a) => !is(a.commandId, 'command')) || lifecycle.transitions.some((t) => !is(t.eventId, 'event')))) {
    change({
      lifecycle: {
        ...lifecycle,
        acceptedIn: lifecycle.acceptedIn.filter((a) => is(a.commandId, 'command')),
        transitions: lifecycle.transitions.filter((t) => is(t.eventId, 'event')),
      },
    });
  }
  const mappings = sticky.mappings;
  const sourceOk = (source: NonNullable<Sticky['mappings']>[number]['fields'][number]['source']) =>
    source.kind !== 'readModel' || is(source.readModelId, 'readModel');
  if (mappings?.some((m) => !is(m.commandId, 'command') || m.fields.some((f) => !sourceOk(f.source)))) {
    change({
      mappings: mappings.filter((m) => is(m.commandId, 'command')).map((m) => ({ ...m, fields: m.fields.filter((f) => sourceOk(f.source)) })),
    });
  }
  if (sticky.schedule?.kind === 'after' && !is(sticky.schedule.eventId, 'event')) {
    const { schedule: _gone, ...rest } = next;
    next = rest;
  }
  const rowKey = sticky.rowKey;
  if (rowKey?.events.some((e) => !is(e.eventId, 'event'))) change({ rowKey: { ...rowKey, events: rowKey.events.filter((e) => is(e.eventId, 'event')) } });
  return next;
}
