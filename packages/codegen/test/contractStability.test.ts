import type { Board, Sticky } from '@stormscape/model';
import { canonicaliseBoard, checkBoardIntegrity } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { buildPlan } from '../src/plan/buildPlan';

/**
 * The board plus a context "Yard" that nobody talks to but that reuses names from the
 * board (an aggregate, command and event named like an existing context's, and a policy
 * hearing its own event), with ids that sort before every existing id, in canonical
 * (saved-file) order, so Yard's records come first.
 */
function withUnrelatedYard(board: Board): Board {
  const next = structuredClone(board);
  const text = (id: string) => next.stickies.find((s) => s.id === id)?.text ?? '';
  const aggregate = next.stickies.find((s) => s.kind === 'aggregate' && next.links.some((l) => l.kind === 'produces' && l.from === s.id)) as Sticky;
  const command = next.links.find((l) => l.kind === 'invokedOn' && l.to === aggregate.id)?.from ?? '';
  const event = next.links.find((l) => l.kind === 'produces' && l.from === aggregate.id)?.to ?? '';
  const sticky = (id: string, kind: Sticky['kind'], stickyText: string): Sticky => ({
    id, kind, text: stickyText, description: '', position: { x: -1000, y: -1000 }, size: { width: 120, height: 80 }, laneId: null,
  });
  const added = [
    sticky('aa-yard-agg', 'aggregate', aggregate.text),
    sticky('aa-yard-cmd', 'command', text(command)),
    sticky('aa-yard-evt', 'event', text(event)),
    sticky('aa-yard-pol', 'policy', `When ${text(event)}`),
    sticky('aa-yard-cmd2', 'command', 'Stack Container'),
  ];
  next.stickies.push(...added);
  next.links.push(
    { id: 'aa-yard-l1', kind: 'invokedOn', from: 'aa-yard-cmd', to: 'aa-yard-agg', label: '' },
    { id: 'aa-yard-l2', kind: 'produces', from: 'aa-yard-agg', to: 'aa-yard-evt', label: '' },
    { id: 'aa-yard-l3', kind: 'activates', from: 'aa-yard-evt', to: 'aa-yard-pol', label: '' },
    { id: 'aa-yard-l4', kind: 'issues', from: 'aa-yard-pol', to: 'aa-yard-cmd2', label: '' },
    { id: 'aa-yard-l5', kind: 'invokedOn', from: 'aa-yard-cmd2', to: 'aa-yard-agg', label: '' },
  );
  const template = next.contexts[0] as Board['contexts'][number];
  next.contexts.unshift({ ...structuredClone(template), id: 'aa-yard', name: 'Yard', memberIds: added.map((s) => s.id) });
  return canonicaliseBoard(next);
}

describe('stable contract names', () => {
  for (const example of EXAMPLES) {
    it(`${example.id}: adding an unrelated context that reuses its names changes no existing service`, () => {
      const before = generateProject(canonicaliseBoard(example.board));
      const board = withUnrelatedYard(example.board);
      expect(checkBoardIntegrity(board)).toEqual([]);
      const after = generateProject(board);
      const slugs = buildPlan(example.board).contexts.map((c) => `${c.slug}/`);
      const existing = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([path]) => slugs.some((s) => path.startsWith(s))));
      const a = existing(after);
      const b = existing(before);
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [path, content] of b) expect(a.get(path), path).toBe(content);
      // Yard itself was generated, with its own (same-named) contract.
      expect([...after.keys()].some((p) => p.startsWith('yard/openapi.yaml'))).toBe(true);
    });
  }
});
