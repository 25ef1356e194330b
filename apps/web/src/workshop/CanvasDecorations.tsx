import { tallyVotes, withSliceEvents } from '@stormscape/model';
import { useMemo } from 'react';
import { useBoard } from '../board/BoardRuntime';
import { useSlices } from './useSlices';
import { useFacilitation, useWorkshop, useWorkshopUi } from './WorkshopContext';

const node = (id: string) => `.board-main .react-flow__node[data-id="${CSS.escape(id)}"]`;
const edge = (id: string) => `.board-main .react-flow__edge[data-id="${CSS.escape(id)}"]`;
/** Colours are validated hex by the schema; anything else falls back. */
const safeColour = (c: string) => (/^#[0-9A-Fa-f]{6}$/.test(c) ? c : '#1f5fbf');

/**
 * Decorates the shared canvas without touching its components: a stylesheet keyed on
 * React Flow's `data-id` attributes outlines slice events in their slice's colour,
 * numbers the active slice, badges dot votes, and hides stickies others are writing in
 * silence (with their links).
 */
export function CanvasDecorations() {
  const { me, rt } = useWorkshop();
  const stored = useSlices(rt.session.doc);
  // Entries whose event is gone (deleted while someone picked it) are dropped as docToBoard
  // drops them, so the numbers on the canvas match the Slices list. The selector is a
  // string, so only a change in those entries' kinds re-renders.
  const entryKinds = useBoard((s) => stored.map((slice) => slice.eventIds.map((id) => s.stickies.get(id)?.kind ?? '-').join(' ')).join('\n'));
  const slices = useMemo(() => {
    const stickies = rt.board.store.getState().stickies;
    return stored.map((slice) => withSliceEvents(slice, (id) => stickies.get(id)?.kind));
    // `entryKinds` stands for the stickies read above.
  }, [stored, entryKinds, rt]);
  const { votes, hidden } = useFacilitation();
  const hidesSomething = [...hidden.values()].some((author) => author !== me);
  // Links only matter while something is hidden; otherwise do not re-render on every edit.
  const revision = useBoard((s) => (hidesSomething ? s.revision : 0));
  const activeSliceId = useWorkshopUi((s) => s.activeSliceId);
  const picking = useWorkshopUi((s) => s.pickingSliceId !== null);
  const voting = useWorkshopUi((s) => s.voting);

  const css = useMemo(() => {
    const rules: string[] = [];
    const outlined = new Set<string>();
    for (const slice of slices) {
      const colour = safeColour(slice.colour);
      for (const id of slice.eventIds) {
        if (outlined.has(id)) continue;
        outlined.add(id);
        rules.push(`${node(id)} { outline: 4px solid ${colour}; outline-offset: 4px; border-radius: 4px; }`);
      }
      if (slice.id !== activeSliceId) continue;
      slice.eventIds.forEach((id, i) => {
        rules.push(
          `${node(id)}::before { content: "${i + 1}"; position: absolute; left: -14px; top: -14px; z-index: 5; min-width: 22px; height: 22px; line-height: 18px; text-align: center; font: 700 12px system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 2px solid ${colour}; border-radius: 11px; }`,
        );
      });
    }
    for (const [id, count] of tallyVotes(votes)) {
      rules.push(
        `${node(id)}::after { content: "● ${count}"; position: absolute; right: -12px; top: -12px; z-index: 5; padding: 1px 7px; font: 700 12px system-ui, sans-serif; color: #fff; background: #1b1b1b; border-radius: 10px; }`,
      );
    }
    const gone = [...hidden].filter(([, author]) => author !== me).map(([id]) => id);
    if (gone.length > 0) {
      const goneSet = new Set(gone);
      rules.push(`${gone.map(node).join(', ')} { display: none; }`);
      const links = [...rt.board.store.getState().links.values()].filter((l) => goneSet.has(l.from) || goneSet.has(l.to));
      if (links.length > 0) rules.push(`${links.map((l) => edge(l.id)).join(', ')} { display: none; }`);
    }
    const mine = [...hidden].filter(([, author]) => author === me).map(([id]) => id);
    if (mine.length > 0) rules.push(`${mine.map(node).join(', ')} { opacity: 0.75; }`);
    if (picking) rules.push('.board-main .react-flow__node-sticky:has([data-kind="event"]) { cursor: copy; }');
    if (voting) rules.push('.board-main .react-flow__node-sticky:has([data-kind="event"], [data-kind="hotspot"]) { cursor: cell; }');
    return rules.join('\n');
    // `revision` stands for the links read above.
  }, [slices, revision, votes, hidden, me, activeSliceId, picking, voting, rt]);

  return <style data-testid="workshop-canvas-style">{css}</style>;
}
