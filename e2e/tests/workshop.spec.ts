import type { Browser, BrowserContext } from '@playwright/test';
import { BoardPage } from '../fixtures/BoardPage';
import { createBoardViaApi, editPath } from '../fixtures/api';
import type { CreatedBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

/** A sticky on the board canvas by id. */
const onCanvas = (board: BoardPage, id: string) => board.page.locator(`.board-main .react-flow__node[data-id="${id}"]`);

/** One participant with their own browser context (own storage, own participant id). */
async function join(browser: Browser, created: CreatedBoard, name: string): Promise<{ ctx: BrowserContext; board: BoardPage; ws: WorkshopPage }> {
  const ctx = await browser.newContext();
  await ctx.addInitScript((n) => window.localStorage.setItem('stormscape.userName', n), name);
  const page = await ctx.newPage();
  const board = new BoardPage(page);
  await board.open(editPath(created));
  return { ctx, board, ws: new WorkshopPage(page) };
}

// What reference §4 derives for a slice of "Order Confirmed" then "Ticket Accepted" on
// the food delivery example: Ordering publishes Order Confirmed to Kitchen; Kitchen
// publishes Ticket Accepted to Delivery and Payments; plus the sync calls of the
// policies and UIs involved.
const SLICE_NODES = ['Delivery', 'Kitchen', 'Kitchen Display', 'Order Confirmed', 'Ordering', 'Payment Provider', 'Payments', 'Ticket Accepted'];
const SLICE_EDGES = [
  'Accept Ticket (sync)',
  'Capture Card Payment (sync)',
  'Capture payment when the kitchen accepts (async)',
  'Create a delivery when the kitchen accepts (async)',
  'Open a ticket for every confirmed order (async)',
  'Order Confirmed (async)',
  'Ticket Accepted (async)',
];

test('slice, Boris (move, annotate, survives storm changes), SNAP-E manual risk', async ({ browser }) => {
  test.setTimeout(180_000); // two participants, many steps, on a shared machine
  const created = await createBoardViaApi('Workshop flow', 'food-delivery');
  const alice = await join(browser, created, 'Alice');
  const bob = await join(browser, created, 'Bob');
  const { ws } = alice;

  // A named slice: one event picked on the canvas, one from the list.
  await ws.openPhase('Thin slices');
  const slice = await ws.newSlice('Kitchen handover');
  await alice.board.fitView();
  // By id (the example's ids are stable slugs): zoomed out, stickies are text-less tiles.
  await onCanvas(alice.board, 'fd-evt-order-confirmed').click();
  await ws.addEventFromList(slice, 'Ticket Accepted');
  await expect(ws.sliceEvents(slice)).toHaveText(['Order Confirmed', 'Ticket Accepted']);
  await expect(onCanvas(alice.board, 'fd-evt-ticket-accepted')).toHaveCSS('outline-style', 'solid');
  // The radio shows the shared document, which answers a moment after the click: wait for it
  // rather than expecting the state to change within the click (Playwright's check()).
  await slice.getByRole('radio', { name: 'unhappy path' }).click();
  await expect(slice.getByRole('radio', { name: 'unhappy path' })).toBeChecked();
  await slice.getByRole('button', { name: 'Move Ticket Accepted earlier' }).click();
  await expect(ws.sliceEvents(slice)).toHaveText(['Ticket Accepted', 'Order Confirmed']);
  await slice.getByRole('button', { name: 'Move Ticket Accepted later' }).click();
  await expect(ws.sliceEvents(slice)).toHaveText(['Order Confirmed', 'Ticket Accepted']);

  // Boris for the slice matches the derivation.
  await ws.openPhase('Boris');
  await ws.view.getByLabel('Filter by slice').selectOption({ label: 'Kitchen handover (unhappy)' });
  await expect(ws.borisNodes).toHaveCount(SLICE_NODES.length);
  expect(await ws.borisLabels()).toEqual([...SLICE_NODES].sort());
  expect(await ws.borisEdges()).toEqual(SLICE_EDGES);

  // Move a node and annotate it; the other participant sees both.
  const before = await ws.borisPosition('Kitchen');
  await ws.dragBorisNode('Kitchen', 0, 140);
  await expect.poll(() => ws.borisPosition('Kitchen')).not.toBe(before);
  const moved = await ws.borisPosition('Kitchen');
  await ws.borisNode('Kitchen').click();
  await expect(ws.borisDetails).toContainText('Kitchen');
  await expect(ws.borisDetails.getByRole('list', { name: 'Source stickies' })).toContainText('Kitchen');
  await ws.borisDetails.getByLabel('Annotation').fill('Owns the ticket lifecycle');
  await ws.borisDetails.getByLabel('Annotation').press('Tab');
  await expect(ws.borisNode('Kitchen').getByLabel('has a note')).toBeVisible();
  // Clicking an edge reveals its source stickies.
  await ws.borisEdgeLabels.filter({ hasText: 'Open a ticket for every confirmed order' }).click();
  await expect(ws.borisDetails.getByRole('list', { name: 'Source stickies' })).toContainText('Open a ticket for every confirmed order');
  await expect(ws.borisDetails.getByRole('list', { name: 'Source stickies' })).toContainText('Order Confirmed');

  await bob.ws.openPhase('Boris');
  await bob.ws.view.getByLabel('Filter by slice').selectOption({ label: 'Kitchen handover (unhappy)' });
  await expect.poll(() => bob.ws.borisPosition('Kitchen')).toBe(moved);
  await expect(bob.ws.borisNode('Kitchen').getByLabel('has a note')).toBeVisible();

  // Bob changes the storm on the canvas: Alice's Boris follows, keeping the move and the note.
  await bob.ws.openPhase('Design');
  await bob.board.fitView();
  await onCanvas(bob.board, 'fd-evt-order-confirmed').click();
  await bob.board.page.keyboard.press('Enter');
  await expect(bob.board.page.locator('.sticky-editor')).toBeFocused();
  await bob.board.page.keyboard.press('ControlOrMeta+a');
  await bob.board.page.keyboard.type('Order Accepted');
  await bob.board.page.keyboard.press('Enter');
  await expect(onCanvas(bob.board, 'fd-evt-order-confirmed')).toContainText('Order Accepted');
  await expect(ws.borisNode('Order Accepted')).toHaveCount(1);
  await expect(ws.borisNode('Order Confirmed')).toHaveCount(0);
  expect(await ws.borisPosition('Kitchen')).toBe(moved);
  await expect(ws.borisNode('Kitchen').getByLabel('has a note')).toBeVisible();

  // SNAP-E: derived entries are marked; a manual risk is shared.
  await ws.openPhase('SNAP-E');
  const kitchen = ws.view.getByRole('article', { name: 'SNAP-E sheet: Kitchen' });
  await expect(kitchen.locator('.snap-badge', { hasText: 'derived' }).first()).toBeVisible();
  await kitchen.getByLabel('New entry in Risks of Kitchen').fill('Printer jams at peak time');
  await kitchen.getByRole('button', { name: 'Add to Risks of Kitchen' }).click();
  const risks = kitchen.getByRole('region', { name: 'Risks of Kitchen' });
  await expect(risks.getByLabel('Entry in Risks of Kitchen', { exact: true })).toHaveValue('Printer jams at peak time');
  // Edits in the views are undoable like edits on the canvas.
  const undo = ws.page.getByRole('group', { name: 'Undo in this view' });
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(risks.getByLabel('Entry in Risks of Kitchen', { exact: true })).toHaveCount(0);
  await undo.getByRole('button', { name: 'Redo' }).click();
  await expect(risks.getByLabel('Entry in Risks of Kitchen', { exact: true })).toHaveValue('Printer jams at peak time');
  await bob.ws.openPhase('SNAP-E');
  await expect(
    bob.ws.view.getByRole('article', { name: 'SNAP-E sheet: Kitchen' }).getByRole('region', { name: 'Risks of Kitchen' }).getByLabel('Entry in Risks of Kitchen', { exact: true }),
  ).toHaveValue('Printer jams at peak time');

  await alice.ctx.close();
  await bob.ctx.close();
});

test('a shared timer, dot voting with two participants, silent writing and follow me', async ({ browser }) => {
  test.setTimeout(180_000);
  const created = await createBoardViaApi('Workshop facilitation', 'food-delivery');
  const alice = await join(browser, created, 'Alice');
  const bob = await join(browser, created, 'Bob');

  // Alice facilitates and starts the timer; Bob sees it run.
  await alice.ws.facilitate();
  await expect(bob.board.page.getByTestId('facilitator')).toHaveText('Facilitator: Alice');
  await alice.board.page.getByRole('button', { name: 'Start timer' }).click();
  await expect(bob.ws.timer).toHaveAttribute('data-running', 'true');
  await expect(bob.ws.timer).not.toHaveText('10:00');
  await expect(bob.ws.timer).toHaveText(/^9:[0-5]\d$/);
  await alice.board.page.getByRole('button', { name: 'Pause' }).click();
  await expect(bob.ws.timer).toHaveAttribute('data-running', 'false');

  // The facilitator's step is everyone's step.
  await alice.ws.openPhase('Big picture');
  await expect(bob.ws.phases.getByRole('button', { name: 'Big picture', exact: true })).toHaveAttribute('aria-current', 'step');
  await expect(bob.board.page.getByTestId('phase-guidance')).toContainText('domain event');

  // Dot voting: both see both participants' dots and the same ranking.
  const menu = 'Menu versions: what do open baskets see after a republish?';
  await alice.ws.openVoting();
  await bob.ws.openVoting();
  const hotspots = await alice.ws.dock.getByTestId('vote-candidate').locator('.ws-grow').allTextContents();
  const other = hotspots.find((h) => h !== menu);
  if (!other) throw new Error('the example needs two open hotspots');
  await alice.ws.addDot(menu);
  await alice.ws.addDot(menu);
  await bob.ws.addDot(menu);
  await bob.ws.addDot(other);
  for (const p of [alice, bob]) {
    await expect(p.ws.voteCount(menu)).toHaveText('3');
    await expect(p.ws.voteCount(other)).toHaveText('1');
    await expect(p.ws.dock.getByTestId('ranking').locator('li').first()).toContainText(menu);
  }
  await expect(alice.ws.dock.getByTestId('dots-left')).toHaveText('You have 1 of 3 dots left.');
  await bob.ws.addDot(other);
  await expect(bob.ws.dock.getByTestId('dots-left')).toHaveText('You have 0 of 3 dots left.');
  await expect(bob.ws.candidate(menu).getByRole('button', { name: /^Add a dot to / })).toBeDisabled();
  await expect(alice.ws.voteCount(other)).toHaveText('2');

  // Silent writing: Bob's new sticky stays hidden from Alice until she reveals all.
  await alice.board.page.getByRole('button', { name: 'Silent writing' }).click();
  await expect(bob.board.page.getByTestId('silent-writing')).toBeVisible();
  await bob.board.addByShortcut('h', 'Quiet question', await bob.board.canvasPoint(0.3, 0.85));
  const quiet = await bob.board.page.locator('.board-main .react-flow__node-sticky.selected').getAttribute('data-id');
  if (!quiet) throw new Error('the new sticky is not selected');
  await expect(onCanvas(bob.board, quiet)).toBeVisible();
  await expect(bob.board.page.getByTestId('silent-writing')).toContainText('1 yours');
  await expect(alice.board.page.getByTestId('silent-writing')).toContainText('1 from others hidden');
  await alice.board.fitView();
  await expect(onCanvas(alice.board, quiet)).toBeHidden();
  await alice.board.page.getByRole('button', { name: 'Reveal all' }).click();
  await expect(alice.board.page.getByTestId('silent-writing')).toHaveCount(0);
  await alice.board.fitView();
  await expect(onCanvas(alice.board, quiet)).toBeVisible();

  // Follow me: Bob's view follows Alice's until he moves.
  await alice.board.page.getByRole('button', { name: 'Follow me' }).click();
  await expect(bob.board.page.getByTestId('following')).toContainText('Following');
  const viewport = (p: BoardPage) => p.page.locator('.board-main .react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const bobBefore = await viewport(bob.board);
  await alice.board.page.getByRole('button', { name: 'Zoom in' }).click();
  await alice.board.page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => viewport(bob.board)).not.toBe(bobBefore);
  const zoomOf = (t: string) => Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? 'NaN');
  await expect.poll(async () => Math.abs(zoomOf(await viewport(bob.board)) - zoomOf(await viewport(alice.board)))).toBeLessThan(0.01);

  await alice.ctx.close();
  await bob.ctx.close();
});

test('download the workshop summary and the Context Mapper file', async ({ browser }) => {
  const created = await createBoardViaApi('Workshop exports', 'food-delivery');
  const alice = await join(browser, created, 'Alice');
  const { ws } = alice;
  await ws.openVoting();
  await ws.addDot('Menu versions: what do open baskets see after a republish?');

  await ws.openPhase('Generate');
  const summary = await ws.download('Summary (Markdown)');
  expect(summary.download.suggestedFilename()).toBe('workshop-exports-summary.md');
  const md = summary.text;
  expect(md).toMatch(/^# Workshop summary: Workshop exports\n/);
  for (const heading of ['## Goals', '## Bounded contexts', '## Thin slices', '## Boris', '## SNAP-E sheets', '## Open hotspots']) expect(md).toContain(`\n${heading}\n`);
  expect(md).toContain('Hot food at the door within 35 minutes of ordering');
  expect(md).toContain('### Kitchen');
  expect(md).toContain('### Order to doorstep (happy path)');
  expect(md).toMatch(/- Ordering → topic Order Confirmed \(async: Order Confirmed\)/);
  expect(md).toContain('#### Risks');
  expect(md).toMatch(/- \*\*1\.\*\* Menu versions: what do open baskets see after a republish\? — 1 vote \(Catalogue\)/);

  const cml = await ws.download('Context Mapper (.cml)');
  expect(cml.download.suggestedFilename()).toBe('workshop-exports.cml');
  expect(cml.text).toContain('ContextMap WorkshopExportsContextMap {');
  const contained = /^ {2}contains (.*)$/m.exec(cml.text)?.[1]?.split(', ').sort();
  expect(contained).toEqual(['Catalogue', 'Delivery', 'Kitchen', 'Ordering', 'Payments']);
  expect(cml.text).toMatch(/^BoundedContext Ordering \{$/m);
  expect(cml.text).toMatch(/^ {2}Aggregate OrderAggregate \{$/m);
  expect(cml.text).toMatch(/^ {2}\w+ \[(U|U,S)[,A-Z]*\]->\[(D|D,C)[,A-Z]*\] \w+$/m);

  await alice.ctx.close();
});
