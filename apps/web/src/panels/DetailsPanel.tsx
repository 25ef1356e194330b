import { useBoard } from '../board/BoardRuntime';
import { ContextCanvasPanel } from './ContextCanvasPanel';
import { LinkDetails } from './LinkDetails';
import { StickyDetails } from './StickyDetails';

/** Details of what is selected: a sticky, a frame (its canvas), a link, or a count. */
export function DetailsPanel() {
  const selected = useBoard((s) => s.selected);
  const selectedEdges = useBoard((s) => s.selectedEdges);
  const only = selected.size === 1 ? [...selected][0]! : null;
  const onlyKind = useBoard((s) => (only ? (s.stickies.has(only) ? 'sticky' : s.contexts.has(only) ? 'context' : null) : null));
  let body;
  if (only && onlyKind === 'sticky') body = <StickyDetails id={only} />;
  else if (only && onlyKind === 'context') body = <ContextCanvasPanel id={only} />;
  else if (selected.size === 0 && selectedEdges.size === 1) body = <LinkDetails id={[...selectedEdges][0]!} />;
  else if (selected.size > 1) body = <p className="muted">{selected.size} items selected. Use the toolbar to align or distribute them.</p>;
  else body = <p className="muted">Select a sticky, frame or link to see its details. Press a kind&apos;s key (E, C, A…) over the board to add a sticky.</p>;
  return (
    <section className="details-panel" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      {body}
    </section>
  );
}
