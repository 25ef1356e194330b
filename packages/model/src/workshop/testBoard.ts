// A small, valid design-level board for the workshop tests (not exported by the package).
import type { Board } from '../schema/Board';
import { emptyCanvas } from '../schema/BoundedContext';
import type { Link, LinkKind } from '../schema/Link';
import { KIND_STYLES } from '../schema/notation';
import type { StickyKind } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import { emptyBoard } from '../emptyBoard';

export function sticky(id: string, kind: StickyKind, text: string, extra: Partial<Sticky> = {}): Sticky {
  return {
    id,
    kind,
    text,
    description: '',
    position: { x: 0, y: 0 },
    size: { ...KIND_STYLES[kind].defaultSize },
    laneId: null,
    ...extra,
  };
}

export function link(id: string, kind: LinkKind, from: string, to: string, label = ''): Link {
  return { id, kind, from, to, label };
}

/** Food ordering: Ordering publishes "Order Placed", Kitchen reacts and calls Payments. */
export function orderingBoard(): Board {
  const board = emptyBoard('Food ordering');
  board.goals = [
    { id: 'g1', kind: 'goal', text: 'Order in under a minute', keyResults: ['90% of orders < 60 s'] },
    { id: 'g2', kind: 'nonGoal', text: 'Loyalty points', keyResults: [] },
  ];
  board.stickies = [
    sticky('a1', 'actor', 'Customer'),
    sticky('c1', 'command', 'Place Order', { outcomes: [{ eventId: 'e1', kind: 'success' }] }),
    sticky('ag1', 'aggregate', 'Order', {
      fields: [
        { name: 'order id', type: 'uuid', list: false, required: true, description: '' },
        { name: 'lines', type: 'string', list: true, required: false, description: '' },
        { name: 'total', type: 'money', list: false, required: true, description: '' },
        { name: 'key', type: 'string', list: false, required: false, description: '' },
      ],
    }),
    sticky('e1', 'event', 'Order Placed', {
      fields: [{ name: 'orderId', type: 'uuid', list: false, required: true, description: '' }],
    }),
    sticky('p1', 'policy', 'Start cooking', { policyMode: 'automated' }),
    sticky('c2', 'command', 'Start Cooking', { outcomes: [{ eventId: 'e2', kind: 'success' }] }),
    sticky('ag2', 'aggregate', 'Ticket'),
    sticky('e2', 'event', 'Cooking Started'),
    sticky('c3', 'command', 'Charge Card', { outcomes: [{ eventId: 'e3', kind: 'success' }] }),
    sticky('x1', 'externalSystem', 'Payment Provider'),
    sticky('e3', 'event', 'Card Charged'),
    sticky('h1', 'hotspot', 'What if the kitchen is closed?'),
    sticky('h2', 'hotspot', 'Refunds?', { resolved: true }),
    sticky('h3', 'hotspot', '# Boom <script>alert(1)</script>'),
  ];
  board.links = [
    link('l1', 'issues', 'a1', 'c1'),
    link('l2', 'invokedOn', 'c1', 'ag1'),
    link('l3', 'produces', 'ag1', 'e1'),
    link('l4', 'activates', 'e1', 'p1'),
    link('l5', 'issues', 'p1', 'c2'),
    link('l6', 'invokedOn', 'c2', 'ag2'),
    link('l7', 'produces', 'ag2', 'e2'),
    link('l8', 'invokedOn', 'c3', 'x1'),
    link('l9', 'produces', 'x1', 'e3'),
    link('l10', 'annotates', 'h1', 'e2'),
  ];
  board.contexts = [
    {
      id: 'ctx1',
      name: 'Ordering',
      colour: '#336699',
      position: { x: 0, y: 0 },
      size: { width: 800, height: 400 },
      memberIds: ['a1', 'c1', 'ag1', 'e1', 'h2'],
      canvas: { ...emptyCanvas(), purpose: 'Take orders "fast"\nand right.', domainRoles: ['Execution'] },
    },
    {
      id: 'ctx2',
      name: 'Kitchen',
      colour: '#993366',
      position: { x: 900, y: 0 },
      size: { width: 800, height: 400 },
      memberIds: ['p1', 'c2', 'ag2', 'e2', 'c3', 'h1', 'h3'],
      canvas: emptyCanvas(),
    },
  ];
  board.relationships = [
    {
      id: 'r1',
      kind: 'upstreamDownstream',
      upstreamId: 'ctx1',
      downstreamId: 'ctx2',
      upstreamPatterns: ['OHS', 'PL'],
      downstreamPatterns: ['ACL'],
      description: 'Kitchen listens to orders',
    },
  ];
  board.slices = [
    { id: 's1', name: 'Happy order', colour: '#22AA55', path: 'happy', eventIds: ['e1', 'e2'] },
  ];
  return board;
}
