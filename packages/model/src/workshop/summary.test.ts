import { describe, expect, it } from 'vitest';
import { exportWorkshopSummary } from './summary';
import { orderingBoard } from './testBoard';

describe('exportWorkshopSummary', () => {
  const board = orderingBoard();
  board.contexts[0]!.canvas.classification = { domain: 'core', businessModel: ['revenue'], evolution: 'customBuilt' };
  board.contexts[0]!.canvas.ubiquitousLanguage = [{ term: 'Order', definition: 'What a customer *wants*' }];
  board.contexts[0]!.canvas.inbound = [{ collaborator: 'Customer', relationship: '', messageKind: 'command', message: 'Place Order' }];
  board.snap.manualEntries = [{ id: 'm1', contextId: 'ctx2', section: 'risks', text: 'Oven capacity' }];
  board.snap.dismissedIds = ['snap:ctx2:apis:c2'];
  board.boris.notes = { 'svc:ctx1': 'Owns the menu too' };
  const md = exportWorkshopSummary(board, {
    votes: [
      { participantId: 'ann', targetId: 'h3' },
      { participantId: 'bob', targetId: 'h3' },
      { participantId: 'bob', targetId: 'h2' }, // resolved: not listed
      { participantId: 'cy', targetId: 'e1' }, // an event: not a hotspot
    ],
  });

  it('lists goals and non-goals with key results', () => {
    expect(md).toContain('# Workshop summary: Food ordering\n');
    expect(md).toContain('### Goals\n\n- Order in under a minute\n  - Key result: 90% of orders &lt; 60 s');
    expect(md).toContain('### Non-goals\n\n- Loyalty points');
  });

  it('shows each context with its canvas and the context map', () => {
    expect(md).toContain('### Ordering\n\n**Purpose:** Take orders "fast" and right.');
    expect(md).toContain('**Strategic classification:** domain: core; business model: revenue; evolution: custom built');
    expect(md).toContain('- **Order**: What a customer \\*wants\\*');
    expect(md).toContain('**Inbound communication**\n\n- Customer: command Place Order');
    expect(md).toContain('### Kitchen\n\n_Canvas not filled in._');
    expect(md).toContain('- Ordering → Kitchen: upstream/downstream (upstream OHS, PL; downstream ACL) — Kitchen listens to orders');
  });

  it('lists slices with their events in order', () => {
    expect(md).toContain('### Happy order (happy path)\n\n1. Order Placed (Ordering)\n2. Cooking Started (Kitchen)');
  });

  it('lists Boris edges for the board and per slice, with notes', () => {
    expect(md).toContain('### Whole board\n\n- Ordering → topic Order Placed (async: Order Placed)');
    expect(md).toContain('- topic Order Placed → Kitchen (async: Start cooking)');
    expect(md).toContain('- Kitchen → Payment Provider (sync: Charge Card)');
    expect(md).toContain('- Note on Ordering: Owns the menu too');
    expect(md).toContain('### Slice: Happy order');
  });

  it('writes every SNAP-E sheet, marking manual entries and leaving out dismissed ones', () => {
    expect(md).toContain('### Kitchen\n\n#### APIs\n\n_Nothing yet._');
    expect(md).toContain('- Oven capacity _(manual)_');
    expect(md).toContain('#### Stories\n\n- As a Customer I want to Place Order so that Order Placed');
  });

  it('ranks open hotspots by votes and escapes hostile text', () => {
    const hotspots = md.slice(md.indexOf('## Open hotspots'));
    expect(hotspots).toBe(
      [
        '## Open hotspots',
        '',
        '- **1.** \\# Boom &lt;script>alert(1)&lt;/script> — 2 votes (Kitchen)',
        '- **2.** What if the kitchen is closed? — 0 votes (Kitchen)',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/^# Boom/m);
  });

  it('copes with an empty board', () => {
    const empty = exportWorkshopSummary({ ...orderingBoard(), goals: [], stickies: [], links: [], contexts: [], relationships: [], slices: [] });
    expect(empty).toContain('_No bounded contexts yet._');
    expect(empty).toContain('_No thin slices yet._');
    expect(empty).toContain('_No open hotspots._');
  });
});
