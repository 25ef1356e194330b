import type { NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { Sticky } from '@stormscape/model';
import type { StickyFlowNode } from '../../store/flowTypes';
import { sameStickyProps } from './StickyNode';

const sticky = { id: 's1', kind: 'event', text: 'Order Placed', position: { x: 0, y: 0 }, size: { width: 160, height: 100 } } as unknown as Sticky;
const props = (over: Partial<NodeProps<StickyFlowNode>> = {}) =>
  ({ id: 's1', type: 'sticky', data: { sticky }, selected: false, width: 160, height: 100, positionAbsoluteX: 0, positionAbsoluteY: 0, dragging: false, ...over }) as NodeProps<StickyFlowNode>;

describe('sameStickyProps (what makes a sticky re-render)', () => {
  it('ignores the moves of a drag: React Flow places the node box itself', () => {
    expect(sameStickyProps(props({ dragging: true }), props({ positionAbsoluteX: 40, positionAbsoluteY: -8, dragging: true, data: { sticky } }))).toBe(true);
  });

  it('re-renders for a new sticky record, selection, size, or a drag starting or ending (resize controls hide)', () => {
    expect(sameStickyProps(props(), props({ dragging: true }))).toBe(false);
    expect(sameStickyProps(props(), props({ data: { sticky: { ...sticky, text: 'Order Paid' } } }))).toBe(false);
    expect(sameStickyProps(props(), props({ selected: true }))).toBe(false);
    expect(sameStickyProps(props(), props({ width: 200 }))).toBe(false);
    expect(sameStickyProps(props(), props({ height: 120 }))).toBe(false);
  });
});
