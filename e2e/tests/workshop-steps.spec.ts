import type { Browser, Locator, Page } from '@playwright/test';
import { createBoardViaApi, editPath } from '../fixtures/api';
import type { CreatedBoard } from '../fixtures/api';
import { dentistBoard } from '../fixtures/boardFile';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

// Issue 9, the workshop steps: context map, Boris, facilitation, Generate, Goals.

async function join(browser: Browser, created: CreatedBoard, name: string) {
  const p = await joinAs(browser, editPath(created), name);
  return { ...p, ws: new WorkshopPage(p.board.page) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every pair (label text, node) whose on-screen boxes intersect. */
async function labelsUnderNodes(labels: Locator, nodes: Locator): Promise<string[]> {
  const labelBoxes = await labels.evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', box: e.getBoundingClientRect().toJSON() as Box })));
  const nodeBoxes = await nodes.evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', box: e.getBoundingClientRect().toJSON() as Box })));
  const out: string[] = [];
  for (const l of labelBoxes) for (const n of nodeBoxes) if (overlap(l.box, n.box)) out.push(`"${l.text}" under "${n.text}"`);
  return out;
}

/** The same check on an exported SVG document, laid out by the browser. */
async function svgLabelsUnderNodes(page: Page, svg: string, labelSelector: string, nodeSelector: string): Promise<string[]> {
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return labelsUnderNodes(page.locator(labelSelector), page.locator(nodeSelector));
}

test.describe('context map', () => {
  test('one relationship per pair: a second one is refused, an old duplicate is flagged and drawn once; labels clear of nodes', async ({ page, board }) => {
    // An OHS/PL → ACL relationship plus a contradictory Shared Kernel one for the same pair,
    // as boards made before the rule still have.
    const created = await dentistBoard('Dentist map')
      .context('patients', 'Patients', [], 1900)
      .relationship('r1', 'upstreamDownstream', 'scheduling', 'billing', ['OHS', 'PL'], ['ACL'])
      .relationship('r2', 'sharedKernel', 'billing', 'scheduling')
      .import();
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await ws.openPhase('Context map');

    const map = ws.view.getByTestId('context-map');
    await expect(map.locator('g.relationship')).toHaveCount(1);
    await expect(map).not.toContainText('SACL');
    await expect(map.locator('g.relationship text')).toHaveText(['U · OHS · PL', 'D · ACL']);
    const duplicate = ws.view.getByRole('listitem', { name: 'Relationship Billing – Scheduling' });
    await expect(duplicate.getByRole('alert')).toContainText('Scheduling and Billing have 2 relationships');
    expect(await labelsUnderNodes(map.locator('g.relationship text'), map.locator('g.context rect'))).toEqual([]);

    // The editor refuses a second relationship for a pair that has one (either direction).
    const form = ws.view.getByRole('form', { name: 'New relationship' });
    await form.getByRole('combobox').nth(0).selectOption({ label: 'Billing' });
    await form.getByRole('combobox').nth(1).selectOption({ label: 'Scheduling' });
    await expect(form.getByRole('button', { name: 'Add relationship' })).toBeDisabled();
    await expect(form).toContainText('Billing and Scheduling already have a relationship');
    // A new pair is fine, once.
    await form.getByRole('combobox').nth(1).selectOption({ label: 'Patients' });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    await expect(ws.view.getByTestId('relationship')).toHaveCount(3);
    await form.getByRole('combobox').nth(0).selectOption({ label: 'Patients' });
    await form.getByRole('combobox').nth(1).selectOption({ label: 'Billing' });
    await expect(form.getByRole('button', { name: 'Add relationship' })).toBeDisabled();
    await expect(map.locator('g.relationship')).toHaveCount(2);

    // The exports draw the same single relationship, labels clear of the contexts.
    const { text: svg } = await ws.download('Context map SVG');
    expect(svg.match(/class="relationship"/g)).toHaveLength(2);
    await ws.openPhase('Generate');
    const { text: cml } = await ws.download('Context Mapper (.cml)');
    expect(cml).toContain('Scheduling [U,OHS,PL]->[D,ACL] Billing');
    expect(cml).not.toContain('[SK]');
    expect(await svgLabelsUnderNodes(page, svg, 'g.relationship text', 'g.context rect')).toEqual([]);
  });
});

test.describe('Boris', () => {
  test('edge labels sit clear of the nodes on screen and in the SVG export (largest example)', async ({ page, board }) => {
    const created = await createBoardViaApi('Boris labels', 'food-delivery');
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await ws.openPhase('Boris');
    await ws.view.getByLabel('Filter by slice').selectOption({ label: 'Whole board' });
    // Until ELK answers for the whole board, its nodes stand where the first slice's layout
    // (or the fallback grid) put them: wait for the layered layout before reading positions.
    await expect(ws.borisCanvas).toHaveAttribute('data-layout', 'done');
    await expect(ws.borisNodes.first()).toBeVisible();
    await expect.poll(() => ws.borisEdgeLabels.count()).toBeGreaterThan(20);
    await ws.borisCanvas.getByRole('button', { name: 'Fit view' }).click();
    expect(await labelsUnderNodes(ws.borisEdgeLabels, ws.borisNodes)).toEqual([]);
    const { text: svg } = await ws.download('Boris SVG');
    expect(await svgLabelsUnderNodes(page, svg, 'g.edge text', 'g.node > rect')).toEqual([]);
  });
});

/** Every drawn Boris edge path that is not made of straight horizontal and vertical segments. */
async function curvedEdges(canvas: Locator): Promise<string[]> {
  return canvas.locator('.react-flow__edge-path').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? '').filter((d) => !/^M[\d.,\s-]+(L[\d.,\s-]+)*$/.test(d.trim())));
}

test.describe('Boris, layered (largest example)', () => {
  test('one slice by default, orthogonal routes, labels clear of nodes; a derived hop switched to async is shared and kept', async ({ browser }) => {
    test.setTimeout(150_000);
    const created = await createBoardViaApi('Boris layered', 'library-lending');
    const alice = await join(browser, created, 'Alice');
    const { ws } = alice;
    await ws.openPhase('Boris');
    // The first slice, not the whole-board hairball.
    await expect(ws.view.getByLabel('Filter by slice').locator('option:checked')).toHaveText(/^Hold to pickup/);
    await expect(ws.borisCanvas).toHaveAttribute('data-layout', 'done');
    await expect(ws.borisEdgeLabels).toHaveCount(17);
    await expect(ws.borisNodes).toHaveCount(11);
    await ws.borisCanvas.getByRole('button', { name: 'Fit view' }).click();
    expect(await curvedEdges(ws.borisCanvas)).toEqual([]);
    expect(await labelsUnderNodes(ws.borisEdgeLabels, ws.borisNodes)).toEqual([]);
    // Each topic sits between its publisher and its subscribers (this slice has no cycle through it).
    const centreX = async (label: string) => {
      const box = (await ws.borisNode(label).boundingBox())!;
      return box.x + box.width / 2;
    };
    expect(await centreX('Lending')).toBeLessThan(await centreX('Copy Returned'));
    expect(await centreX('Copy Returned')).toBeLessThan(await centreX('Catalogue'));

    // "Whole board" is still there, laid out the same way.
    await ws.view.getByLabel('Filter by slice').selectOption({ label: 'Whole board' });
    await expect(ws.borisCanvas).toHaveAttribute('data-layout', 'done');
    await expect.poll(() => ws.borisNodes.count()).toBeGreaterThan(30);
    await ws.borisCanvas.getByRole('button', { name: 'Fit view' }).click();
    expect(await curvedEdges(ws.borisCanvas)).toEqual([]);
    expect(await labelsUnderNodes(ws.borisEdgeLabels, ws.borisNodes)).toEqual([]);

    // The example's team switched a derived call to async (a Boris override everyone sees);
    // switching it back and forth reaches the other participant.
    await ws.view.getByLabel('Filter by slice').selectOption('ll-slice-hold-to-pickup');
    const switched = ws.borisEdgeLabels.filter({ hasText: 'Send Pickup Notice (async, switched)' });
    await expect(switched).toHaveAttribute('data-mode', 'async');
    const bob = await join(browser, created, 'Bob');
    await bob.ws.openPhase('Boris');
    await expect(bob.ws.borisEdgeLabels.filter({ hasText: 'Send Pickup Notice (async, switched)' })).toHaveAttribute('data-mode', 'async');
    await switched.click();
    await ws.borisDetails.getByRole('button', { name: 'Back to derived (sync)' }).click();
    await expect(bob.ws.borisEdgeLabels.filter({ hasText: 'Send Pickup Notice (sync)' })).toHaveAttribute('data-mode', 'sync');
    await ws.borisEdgeLabels.filter({ hasText: 'Send Pickup Notice (sync)' }).click();
    await ws.borisDetails.getByRole('button', { name: 'Make it async (via a topic)' }).click();
    await expect(bob.ws.borisEdgeLabels.filter({ hasText: 'Send Pickup Notice (async, switched)' })).toHaveAttribute('data-mode', 'async');
    await alice.context.close();
    await bob.context.close();
  });
});

test.describe('facilitation', () => {
  test('taking the role keeps your step; a take-over asks, tells, and does not make the new facilitator a follower', async ({ browser }) => {
    test.setTimeout(120_000);
    const created = await createBoardViaApi('Facilitation');
    const alice = await join(browser, created, 'Alice');
    await alice.ws.openPhase('Big picture');
    await alice.ws.facilitate();
    await expect(alice.ws.phases.getByRole('button', { name: 'Big picture', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(alice.ws.phases.locator('[aria-current="step"]')).toHaveText(/Big picture/);
    await expect(alice.board.page.getByRole('button', { name: /^Back to / })).toHaveCount(0);
    await alice.board.page.getByRole('group', { name: 'Facilitation' }).getByRole('button', { name: 'Follow me' }).click();

    const bob = await join(browser, created, 'Bob');
    await expect(bob.board.page.getByTestId('following')).toBeVisible();
    const takeOver = bob.board.page.getByRole('group', { name: 'Facilitation' }).getByRole('button', { name: 'Take over facilitation' });
    // It asks first; cancelling changes nothing.
    await takeOver.click();
    const dialog = bob.board.page.getByRole('dialog');
    await expect(dialog).toContainText('Alice is facilitating');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(bob.board.page.getByTestId('facilitator')).toHaveText('Facilitator: Alice');
    await takeOver.click();
    await bob.board.page.getByRole('dialog').getByRole('button', { name: 'Take over' }).click();
    await expect(bob.board.page.getByTestId('facilitator')).toHaveText('Facilitator: you');
    await expect(bob.board.page.getByTestId('following')).toHaveCount(0);
    await expect(bob.board.page.getByRole('button', { name: /^Back to / })).toHaveCount(0);
    // The previous facilitator is told.
    await expect(alice.board.page.getByTestId('facilitator')).toHaveText('Facilitator: Bob');
    await expect(alice.board.toast).toContainText('Bob took over facilitation');
    await alice.context.close();
    await bob.context.close();
  });

  test('what the dot vote is on is shared and survives a reload', async ({ browser }) => {
    const created = await createBoardViaApi('Voting target', 'food-delivery');
    const alice = await join(browser, created, 'Alice');
    const bob = await join(browser, created, 'Bob');
    await alice.ws.openVoting();
    await bob.ws.openVoting();
    // Shared state: the radio follows the document, a moment after the click.
    await alice.ws.dock.getByRole('radio', { name: 'events' }).click();
    await expect(alice.ws.dock.getByRole('radio', { name: 'events' })).toBeChecked();
    await expect(bob.ws.dock.getByRole('radio', { name: 'events' })).toBeChecked();
    await expect(bob.ws.candidate('Order Placed')).toHaveCount(1);
    await alice.board.page.reload();
    await alice.ws.openVoting();
    await expect(alice.ws.dock.getByRole('radio', { name: 'events' })).toBeChecked();
    await alice.context.close();
    await bob.context.close();
  });

  test('the timer at 0:00 says time is up, stops offering Pause, and alerts', async ({ page, board }) => {
    await page.clock.install();
    const created = await createBoardViaApi('Timer');
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    const timer = page.getByRole('group', { name: 'Timer' });
    await timer.getByLabel('Timer minutes').fill('1');
    await timer.getByLabel('Timer minutes').blur();
    await expect(ws.timer).toHaveText('1:00');
    await timer.getByRole('button', { name: 'Start timer' }).click();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.fastForward(61_000);
    await expect(ws.timer).toHaveText('0:00');
    await expect(page.getByRole('alert').filter({ hasText: 'Time is up' })).toBeVisible();
    await expect(timer.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    await expect(ws.timer).toHaveAttribute('data-running', 'false');
    await timer.getByRole('button', { name: 'Reset' }).click();
    await expect(ws.timer).toHaveText('1:00');
    await expect(page.getByRole('alert').filter({ hasText: 'Time is up' })).toHaveCount(0);
  });
});

test.describe('Generate', () => {
  test('errors block the preview and the zip until people choose to generate anyway; S1 has one severity', async ({ page, board }) => {
    // A command with no aggregate (C1) and a sticky outside every context (S1).
    const created = await dentistBoard('Dentist errors')
      .sticky({ id: 'cancel', kind: 'command', text: 'Cancel Appointment', x: 0, y: 300 })
      .import();
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);

    // Checks at design level and Generate agree on S1.
    await page.getByRole('tab', { name: 'Checks' }).click();
    await page.locator('.lint-panel').getByLabel('Level').selectOption({ label: 'Design' });
    await expect(page.locator('.lint-panel').getByRole('list', { name: 'Errors' })).toContainText('S1');

    await ws.openPhase('Generate');
    await expect(ws.view.getByTestId('codegen-readiness')).toContainText(/^\d+ errors? to fix/);
    await expect(ws.view.locator('.ws-findings').first()).toContainText('S1');
    const panel = ws.view.getByRole('region', { name: 'Generated services' });
    await expect(panel.getByRole('button', { name: /^Download all/ })).toHaveCount(0);
    await expect(panel.getByTestId('spec-preview')).toHaveCount(0);
    const anyway = panel.getByRole('checkbox', { name: /^Generate anyway/ });
    await expect(anyway).not.toBeChecked();
    await anyway.check();
    await expect(panel.getByTestId('spec-preview')).toBeVisible();
    await expect(panel.getByRole('button', { name: /^Download all \(\.zip\), with \d+ errors?$/ })).toBeVisible();
  });

  test('duplicate context names are a Checks warning and Generate tells the two apart', async ({ page, board }) => {
    const created = await dentistBoard('Dentist twins')
      .context('scheduling-2', 'Scheduling', ['patient'], 2000)
      .import();
    await board.open(editPath(created));
    await page.getByRole('tab', { name: 'Checks' }).click();
    await expect(page.locator('.lint-panel').getByRole('list', { name: 'Warnings' })).toContainText('2 bounded contexts are named "Scheduling"');
    const ws = new WorkshopPage(page);
    await ws.openPhase('Generate');
    const panel = ws.view.getByRole('region', { name: 'Generated services' });
    await expect(panel.getByTestId('codegen-status')).toHaveText(/^3 services, \d+ files\./);
    const options = await panel.getByLabel('Context').locator('option').allTextContents();
    expect(options.filter((o) => o.startsWith('Scheduling'))).toHaveLength(2);
    expect(new Set(options).size).toBe(options.length);
  });
});

test.describe('goals', () => {
  test('goal text reaches the other participant while it is typed', async ({ browser }) => {
    const created = await createBoardViaApi('Goals live');
    const alice = await join(browser, created, 'Alice');
    const bob = await join(browser, created, 'Bob');
    await alice.ws.openPhase('Goals');
    await bob.ws.openPhase('Goals');
    await alice.ws.view.getByRole('button', { name: 'Add goal' }).click();
    const field = alice.ws.view.getByLabel('Text of goal');
    await field.click();
    await alice.board.page.keyboard.type('Halve no-shows');
    await expect(field).toBeFocused();
    await expect(bob.ws.view.getByLabel('Text of goal')).toHaveValue('Halve no-shows');
    await alice.context.close();
    await bob.context.close();
  });

  test('a refused link says "an actor", not "a actor"', async ({ board }) => {
    const created = await createBoardViaApi('Wording');
    await board.open(editPath(created));
    await board.addByShortcut('e', 'Appointment Booked', await board.canvasPoint(0.3, 0.4));
    await board.addByShortcut('a', 'Receptionist', await board.canvasPoint(0.6, 0.4));
    await board.connect(board.sticky('Appointment Booked'), board.sticky('Receptionist'));
    await expect(board.toast).toContainText('cannot connect to an actor');
  });
});
