import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator } from '@playwright/test';
import { BoardPage } from '../fixtures/BoardPage';
import { baseUrl, editPath, viewPath, workspaceHeaders } from '../fixtures/api';
import type { CreatedBoard } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

// The design-decision editors (issue 11, reference §7): command outcomes, creating
// command, Aggregate Design Canvas, policy field mapping, timed-event schedule, code names.

const field = (name: string) => ({ name, type: 'string', list: false, required: true, description: '' });
const sticky = (id: string, kind: string, text: string, x: number, y: number, extra: object = {}) => ({
  id, kind, text, description: '', position: { x, y }, size: { width: 160, height: 100 }, laneId: null, ...extra,
});
const link = (id: string, kind: string, from: string, to: string) => ({ id, kind, from, to, label: '' });

/**
 * A container-shipping board in file format version 4 with no decision recorded yet: only
 * suggestions exist until someone accepts them — except the read model's row key, which
 * loading migrates (version 6 records the key the code generator used to apply).
 */
async function importShippingBoard(): Promise<CreatedBoard> {
  const board = {
    name: 'Vessel space',
    goals: [],
    stickies: [
      sticky('reserve', 'command', 'Reserve Space', 0, 0, { fields: [field('spaceId')] }),
      sticky('vessel', 'aggregate', 'Vessel', 220, 0),
      sticky('reserved', 'event', 'Space Reserved', 440, 0, { fields: [field('spaceId')] }),
      sticky('refused', 'event', 'Space Refused', 440, 160),
      sticky('confirm-policy', 'policy', 'Confirm every reservation', 660, 0, { policyMode: 'automated' }),
      sticky('confirm', 'command', 'Confirm Space', 880, 0, { fields: [field('spaceId'), field('note')] }),
      sticky('reminder', 'event', 'Reminder Due', 660, 320, { timed: true }),
      sticky('overview', 'readModel', 'Space Overview', 220, 160, { fields: [field('spaceId'), field('status')] }),
    ],
    links: [
      link('l1', 'invokedOn', 'reserve', 'vessel'),
      link('l2', 'produces', 'vessel', 'reserved'),
      link('l3', 'produces', 'vessel', 'refused'),
      link('l4', 'activates', 'reserved', 'confirm-policy'),
      link('l5', 'issues', 'confirm-policy', 'confirm'),
      link('l6', 'updates', 'reserved', 'overview'),
      link('l7', 'updates', 'refused', 'overview'),
    ],
    contexts: [
      {
        id: 'shipping', name: 'Shipping', colour: '#5B8DEF', position: { x: -40, y: -80 }, size: { width: 700, height: 400 }, memberIds: ['reserve', 'vessel', 'reserved', 'refused', 'overview'],
        canvas: { purpose: '', classification: { domain: null, businessModel: [], evolution: null }, domainRoles: [], inbound: [], outbound: [], ubiquitousLanguage: [], businessDecisions: [], assumptions: [], verificationMetrics: [], openQuestions: [] },
      },
    ],
    relationships: [],
    swimlanes: [],
    slices: [],
    boris: { nodePositions: {}, hiddenEdgeIds: [], addedEdges: [], notes: {} },
    snap: { manualEntries: [], dismissedIds: [] },
  };
  const response = await fetch(`${baseUrl()}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...workspaceHeaders() },
    body: JSON.stringify({ format: 'stormscape.board', version: 4, board }),
  });
  if (response.status !== 201) throw new Error(`import board: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

async function openAs(browser: Browser, name: string, path: string): Promise<BoardPage> {
  const context = await browser.newContext();
  await context.addInitScript((n) => window.localStorage.setItem('stormscape.userName', n), name);
  const board = new BoardPage(await context.newPage());
  await board.open(path);
  await board.fitView();
  return board;
}

/** Selects a sticky and returns its details panel. */
async function details(board: BoardPage, text: string, kindLabel: string): Promise<Locator> {
  await board.sticky(text).click();
  const panel = board.page.getByLabel(`${kindLabel} details`);
  await expect(panel).toBeVisible();
  return panel;
}

test('two editors edit outcomes, the aggregate canvas, mappings, schedules and code names live; all of it survives a reload', async ({ browser }) => {
  const created = await importShippingBoard();
  const ann = await openAs(browser, 'Ann', editPath(created));
  const bob = await openAs(browser, 'Bob', editPath(created));

  // Outcomes: the heuristic is shown as a suggestion, nothing is recorded until accepted.
  let a = await details(ann, 'Reserve Space', 'Command');
  await expect(a.getByLabel('Outcome: Space Reserved')).toHaveValue('');
  await expect(a.getByLabel('Outcome: Space Refused')).toHaveValue('');
  await expect(a.getByText('Suggested: Rejection')).toBeVisible();
  let b = await details(bob, 'Reserve Space', 'Command');
  await expect(b.getByLabel('Outcome: Space Reserved')).toHaveValue('');
  await a.getByRole('button', { name: 'Accept all 2 suggestions' }).click();
  await expect(b.getByLabel('Outcome: Space Reserved')).toHaveValue('success');
  await expect(b.getByLabel('Outcome: Space Refused')).toHaveValue('rejection');
  await expect(b.getByLabel('Outcome: Space Refused').locator('option:checked')).toHaveText('Rejection');
  await expect(b.getByRole('checkbox', { name: 'Creates Vessel' })).not.toBeChecked();
  await b.getByRole('button', { name: 'Accept suggestion: this command creates Vessel' }).click();
  await expect(a.getByRole('checkbox', { name: 'Creates Vessel' })).toBeChecked();

  // Code name: the derived one is the placeholder; a bad one is refused with its reason.
  const code = a.getByRole('textbox', { name: 'Code name' });
  await expect(code).toHaveAttribute('placeholder', 'reserveSpace');
  await code.fill('3rd');
  await expect(a.getByRole('alert')).toContainText('starting with a letter');
  await code.fill('reserveVesselSpace');
  await expect(a.getByRole('alert')).toHaveCount(0);
  await expect(b.getByRole('textbox', { name: 'Code name' })).toHaveValue('reserveVesselSpace');

  // Aggregate Design Canvas: Bob adds states, Ann sees them and renames one.
  b = await details(bob, 'Vessel', 'Aggregate');
  const bCanvas = b.getByLabel('Aggregate design canvas');
  for (const state of ['Open', 'Full']) {
    await bCanvas.getByLabel('New state').fill(state);
    await bCanvas.getByRole('button', { name: 'Add state' }).click();
  }
  await bCanvas.getByRole('group', { name: 'Accepted in: Reserve Space' }).getByLabel('Open').check();
  await bCanvas.getByLabel('State after Space Reserved').selectOption({ label: 'Leads to Full' });
  await bCanvas.getByLabel('New invariant').fill('Never more space than the vessel holds');
  await bCanvas.getByLabel('New invariant').press('Enter');
  a = await details(ann, 'Vessel', 'Aggregate');
  const aCanvas = a.getByLabel('Aggregate design canvas');
  await expect(aCanvas.getByRole('textbox', { name: 'State 2', exact: true })).toHaveValue('Full');
  await expect(aCanvas.getByText('creates the aggregate')).toBeVisible();
  await expect(aCanvas.getByRole('textbox', { name: 'Invariant 1', exact: true })).toHaveValue('Never more space than the vessel holds');
  await aCanvas.getByRole('textbox', { name: 'State 2', exact: true }).fill('Fully booked');
  await aCanvas.getByRole('textbox', { name: 'State 2', exact: true }).press('Enter');
  await expect(bCanvas.getByLabel('State after Space Reserved').locator('option:checked')).toHaveText('Leads to Fully booked');
  await expect(bCanvas.getByRole('group', { name: 'Accepted in: Reserve Space' }).getByLabel('Open')).toBeChecked();
  // A duplicate state name is refused, readably, and nothing is written.
  await bCanvas.getByLabel('New state').fill('Open');
  await bCanvas.getByRole('button', { name: 'Add state' }).click();
  await expect(bCanvas.getByRole('alert')).toHaveText('there is already a state "Open"');
  await expect(aCanvas.getByRole('textbox', { name: 'State 3', exact: true })).toHaveCount(0);

  // Policy mapping: a matching name is a suggestion; an unmapped required field says so.
  a = await details(ann, 'Confirm every reservation', 'Policy');
  await expect(a.getByLabel('Source of spaceId')).toHaveValue('eventField');
  await expect(a.getByText('suggested: same name')).toBeVisible();
  await expect(a.getByText('unmapped: a required field with no value')).toBeVisible();
  await a.getByLabel('Source of note').selectOption({ label: 'Constant value' });
  await a.getByLabel('Constant for note').fill('auto');
  b = await details(bob, 'Confirm every reservation', 'Policy');
  await expect(b.getByLabel('Constant for note')).toHaveValue('auto');
  await expect(b.getByText('unmapped: a required field with no value')).toHaveCount(0);

  // Schedule: an invalid cron expression is not saved and says why.
  b = await details(bob, 'Reminder Due', 'Domain event');
  a = await details(ann, 'Reminder Due', 'Domain event');
  await b.getByLabel('Schedule kind').selectOption({ label: 'Cron expression' });
  await b.getByLabel(/Cron expression \(/).fill('61 * * * *');
  await expect(b.getByRole('alert')).toContainText('Not saved: a cron expression of five fields');
  await expect(a.getByLabel('Schedule kind')).toHaveValue('none');
  await b.getByLabel(/Cron expression \(/).fill('0 2 * * *');
  await expect(b.getByRole('alert')).toHaveCount(0);
  await expect(a.getByLabel(/Cron expression \(/)).toHaveValue('0 2 * * *');
  await a.getByLabel('Schedule kind').selectOption({ label: 'A duration after an event' });
  await a.getByLabel('After (ISO 8601 duration)').fill('P14D');
  await a.getByLabel('of the event').selectOption({ label: 'Space Reserved' });
  await expect(b.getByLabel('After (ISO 8601 duration)')).toHaveValue('P14D');

  // Row key: migrated from the old rule (spaceId, found by Space Reserved's field); the
  // refusal has no way to find its row until someone says so.
  a = await details(ann, 'Space Overview', 'Read model');
  b = await details(bob, 'Space Overview', 'Read model');
  const aKey = a.getByLabel('Row key');
  const bKey = b.getByLabel('Row key');
  await expect(aKey.getByRole('checkbox', { name: 'Key field spaceId' })).toBeChecked();
  await expect(aKey.getByRole('checkbox', { name: 'Key field status' })).not.toBeChecked();
  await expect(aKey.getByLabel('How Space Reserved finds its row')).toHaveValue('find');
  await expect(aKey.getByLabel('spaceId from Space Reserved').locator('option:checked')).toHaveText('its field spaceId');
  await expect(aKey.getByLabel('How Space Refused finds its row')).toHaveValue('');
  await expect(aKey.getByText('open: how it finds its row is not recorded')).toBeVisible();
  await aKey.getByLabel('How Space Refused finds its row').selectOption({ label: 'By the key' });
  await expect(aKey.getByText('open: nothing gives the key field "spaceId"')).toBeVisible();
  await aKey.getByLabel('spaceId from Space Refused').selectOption({ label: 'its aggregate’s id' });
  await expect(bKey.getByLabel('spaceId from Space Refused').locator('option:checked')).toHaveText('its aggregate’s id');
  await expect(bKey.getByText(/^open:/)).toHaveCount(0);
  // A second key field is open for every event until each says where it comes from.
  await bKey.getByRole('checkbox', { name: 'Key field status' }).check();
  await expect(aKey.getByText('open: nothing gives the key field "status"')).toHaveCount(2);
  await bKey.getByRole('checkbox', { name: 'Key field status' }).uncheck();
  await expect(aKey.getByText(/^open:/)).toHaveCount(0);

  // Code name of a context.
  await ann.page.locator('.react-flow__node-context .frame-title', { hasText: 'Shipping' }).click();
  const ctx = ann.page.getByLabel('Bounded context canvas');
  await expect(ctx.getByRole('textbox', { name: 'Code name' })).toHaveAttribute('placeholder', 'shipping');
  await ctx.getByRole('textbox', { name: 'Code name' }).fill('shippingLine');

  // Everything is in the shared document: a reload shows it.
  await bob.page.reload();
  await expect(bob.connection).toHaveAttribute('data-status', 'connected');
  await bob.fitView();
  b = await details(bob, 'Reserve Space', 'Command');
  await expect(b.getByLabel('Outcome: Space Refused')).toHaveValue('rejection');
  await expect(b.getByRole('checkbox', { name: 'Creates Vessel' })).toBeChecked();
  await expect(b.getByRole('textbox', { name: 'Code name' })).toHaveValue('reserveVesselSpace');
  b = await details(bob, 'Vessel', 'Aggregate');
  await expect(b.getByRole('textbox', { name: 'State 2', exact: true })).toHaveValue('Fully booked');
  await expect(b.getByRole('textbox', { name: 'Invariant 1', exact: true })).toHaveValue('Never more space than the vessel holds');
  b = await details(bob, 'Confirm every reservation', 'Policy');
  await expect(b.getByLabel('Constant for note')).toHaveValue('auto');
  b = await details(bob, 'Reminder Due', 'Domain event');
  await expect(b.getByLabel('After (ISO 8601 duration)')).toHaveValue('P14D');
  await expect(b.getByLabel('of the event').locator('option:checked')).toHaveText('Space Reserved');
  b = await details(bob, 'Space Overview', 'Read model');
  await expect(b.getByLabel('spaceId from Space Refused').locator('option:checked')).toHaveText('its aggregate’s id');
  await bob.page.locator('.react-flow__node-context .frame-title', { hasText: 'Shipping' }).click();
  await expect(bob.page.getByLabel('Bounded context canvas').getByRole('textbox', { name: 'Code name' })).toHaveValue('shippingLine');

  // Undo is per user: Ann's undo takes back her own last edit (the context code name), not Bob's states.
  await ann.undo();
  await expect(bob.page.getByLabel('Bounded context canvas').getByRole('textbox', { name: 'Code name' })).toHaveValue('');
  b = await details(bob, 'Vessel', 'Aggregate');
  await expect(b.getByRole('textbox', { name: 'State 1', exact: true })).toHaveValue('Open');

  await ann.page.context().close();
  await bob.page.context().close();
});

test('a view-only participant sees the decisions but cannot change them', async ({ browser }) => {
  const created = await importShippingBoard();
  const ann = await openAs(browser, 'Ann', editPath(created));
  const viewer = await openAs(browser, 'Vic', viewPath(created));
  await expect(viewer.page.getByText('View only', { exact: true })).toBeVisible();

  const a = await details(ann, 'Reserve Space', 'Command');
  await a.getByLabel('Outcome: Space Reserved').selectOption({ label: 'Success' });
  const v = await details(viewer, 'Reserve Space', 'Command');
  await expect(v.getByLabel('Outcome: Space Reserved')).toHaveValue('success');
  await expect(v.getByLabel('Outcome: Space Reserved')).toBeDisabled();
  await expect(v.getByRole('checkbox', { name: 'Creates Vessel' })).toBeDisabled();
  await expect(v.getByRole('button', { name: /Accept/ })).toHaveCount(0);
  const code = v.getByRole('textbox', { name: 'Code name' });
  await expect(code).toHaveAttribute('readonly', '');
  await code.click();
  await viewer.page.keyboard.type('hacked');
  await expect(code).toHaveValue('');

  const canvas = (await details(viewer, 'Vessel', 'Aggregate')).getByLabel('Aggregate design canvas');
  await expect(canvas).toBeVisible();
  await expect(canvas.getByRole('button')).toHaveCount(0);
  await expect(canvas.getByLabel('New state')).toHaveCount(0);
  const policy = await details(viewer, 'Confirm every reservation', 'Policy');
  await expect(policy.getByLabel('Source of note')).toBeDisabled();
  const reminder = await details(viewer, 'Reminder Due', 'Domain event');
  await expect(reminder.getByLabel('Schedule kind')).toBeDisabled();
  const overview = await details(viewer, 'Space Overview', 'Read model');
  await expect(overview.getByRole('checkbox', { name: 'Key field spaceId' })).toBeDisabled();
  await expect(overview.getByLabel('How Space Refused finds its row')).toBeDisabled();

  // Nothing the viewer did reached the document.
  const back = await details(ann, 'Reserve Space', 'Command');
  await ann.page.waitForTimeout(300);
  await expect(back.getByRole('textbox', { name: 'Code name' })).toHaveValue('');
  await ann.page.context().close();
  await viewer.page.context().close();
});

test('the decision editors have no serious or critical accessibility violations', async ({ browser }) => {
  const created = await importShippingBoard();
  const ann = await openAs(browser, 'Ann', editPath(created));
  const editors: [string, string][] = [
    ['Reserve Space', 'Command'],
    ['Vessel', 'Aggregate'],
    ['Confirm every reservation', 'Policy'],
    ['Reminder Due', 'Domain event'],
    ['Space Overview', 'Read model'],
  ];
  for (const [text, kind] of editors) {
    const panel = await details(ann, text, kind);
    if (kind === 'Domain event') {
      // With a refused draft and its reason on screen.
      await panel.getByLabel('Schedule kind').selectOption({ label: 'Cron expression' });
      await expect(panel.getByRole('alert')).toBeVisible();
    }
    const results = await new AxeBuilder({ page: ann.page }).include('.side-panel').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${text}: ${v.id}: ${v.help} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  }
  await ann.page.context().close();
});
