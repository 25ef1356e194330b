import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator } from '@playwright/test';
import { createBoardViaApi, editPath } from '../fixtures/api';
import type { CreatedBoard } from '../fixtures/api';
import { dentistBoard } from '../fixtures/boardFile';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

// Issue 9, friction: context map (draggable nodes, validated patterns); the Generate
// step's diagrams laid out like their views.

async function join(browser: Browser, created: CreatedBoard, name: string) {
  const p = await joinAs(browser, editPath(created), name);
  return { ...p, ws: new WorkshopPage(p.board.page) };
}

/** Top-left corner of a context's box on the drawn map (SVG units). */
const boxOf = (map: Locator, id: string) =>
  map.locator(`g.context[data-id="${id}"] rect`).evaluate((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('y'))]);

/** The two ends of a relationship's line on the drawn map. */
const lineOf = (map: Locator, id: string) =>
  map.locator(`g.relationship[data-id="${id}"] line`).evaluate((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));

const seriousViolations = async (ws: WorkshopPage) => {
  const results = await new AxeBuilder({ page: ws.page }).include('.ws-view').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
};

test.describe('context map, arranged by people', () => {
  test('a dragged context is shared and kept on reload, its line follows; arrow keys move it; the Generate export draws the same map', async ({ browser }) => {
    test.setTimeout(150_000);
    const created = await dentistBoard('Dentist map drag')
      .context('patients', 'Patients', [], 1900)
      .relationship('r1', 'upstreamDownstream', 'scheduling', 'billing', ['OHS'], ['ACL'])
      .import();
    const alice = await join(browser, created, 'Alice');
    const bob = await join(browser, created, 'Bob');
    await alice.ws.openPhase('Context map');
    await bob.ws.openPhase('Context map');
    const mapA = alice.ws.view.getByTestId('context-map');
    const mapB = bob.ws.view.getByTestId('context-map');
    await expect(mapA.locator('g.context')).toHaveCount(3);
    await expect(mapB.locator('g.context')).toHaveCount(3);

    const start = await boxOf(mapA, 'billing');
    const scheduling = await boxOf(mapA, 'scheduling');
    const lineBefore = await lineOf(mapA, 'r1');
    expect(await boxOf(mapB, 'billing')).toEqual(start);

    // Alice drags Billing down by 160 px.
    const box = (await mapA.locator('g.context[data-id="billing"] rect').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await alice.ws.page.mouse.move(x, y);
    await alice.ws.page.mouse.down();
    await alice.ws.page.mouse.move(x, y + 80, { steps: 5 });
    await alice.ws.page.mouse.move(x, y + 160, { steps: 5 });
    await alice.ws.page.mouse.up();
    const moved = await boxOf(mapA, 'billing');
    expect(moved[1]).toBeGreaterThan(start[1]! + 100);

    // Bob sees it there, the line ends on the moved box, the other contexts stay put.
    await expect.poll(() => boxOf(mapB, 'billing')).toEqual(moved);
    expect(await boxOf(mapB, 'scheduling')).toEqual(scheduling);
    const line = await lineOf(mapB, 'r1');
    expect(line).not.toEqual(lineBefore);
    const [, , x2, y2] = line as [number, number, number, number];
    expect(x2).toBeGreaterThanOrEqual(moved[0]! - 0.5);
    expect(x2).toBeLessThanOrEqual(moved[0]! + 190.5);
    expect(y2).toBeGreaterThanOrEqual(moved[1]! - 0.5);
    expect(y2).toBeLessThanOrEqual(moved[1]! + 70.5);
    expect(await lineOf(mapA, 'r1')).toEqual(line);

    // A reload keeps it.
    await bob.ws.page.reload();
    await bob.ws.openPhase('Context map');
    await expect.poll(() => boxOf(mapB, 'billing')).toEqual(moved);

    // The keyboard moves a focused context too (Shift for bigger steps).
    await mapA.getByRole('button', { name: /^Billing: drag it/ }).focus();
    await alice.ws.page.keyboard.press('ArrowRight');
    await alice.ws.page.keyboard.press('Shift+ArrowDown');
    const keyed = [moved[0]! + 10, moved[1]! + 50];
    await expect.poll(() => boxOf(mapB, 'billing')).toEqual(keyed);
    await expect(mapA.getByRole('button', { name: /^Billing: drag it/ })).toBeFocused();

    // The view's export and the Generate step's draw the same map.
    const { text: viewSvg } = await alice.ws.download('Context map SVG');
    expect(viewSvg).toContain(`<g class="context" data-id="billing"><rect x="${keyed[0]}" y="${keyed[1]}"`);
    await alice.ws.openPhase('Generate');
    const { text: generateSvg } = await alice.ws.download('Context map SVG');
    expect(generateSvg).toBe(viewSvg);

    // "Arrange automatically" hands it back to the layout, for everyone.
    await bob.ws.view.getByRole('button', { name: 'Arrange automatically' }).click();
    await expect.poll(() => boxOf(mapB, 'billing')).toEqual(start);
    await expect(bob.ws.view.getByRole('button', { name: 'Arrange automatically' })).toHaveCount(0);
    await alice.context.close();
    await bob.context.close();
  });
});

test.describe('context map, validated patterns', () => {
  test('the editor offers only valid patterns and says why the others are off; stored invalid ones are reported and fixable', async ({ page, board }) => {
    // r1 as an old file may hold it: ACL on the upstream, ACL and Conformist together downstream.
    const created = await dentistBoard('Dentist patterns')
      .context('patients', 'Patients', [], 1900)
      .relationship('r1', 'upstreamDownstream', 'scheduling', 'billing', ['ACL'], ['ACL', 'CF'])
      .relationship('r2', 'upstreamDownstream', 'patients', 'scheduling')
      .import();
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await ws.openPhase('Context map');

    const old = ws.view.getByRole('listitem', { name: 'Relationship Scheduling → Billing' });
    await expect(old.getByRole('alert')).toContainText('Anticorruption Layer (ACL) is built by the downstream side, not the upstream (ACL on Scheduling)');
    await expect(old.getByRole('alert')).toContainText('Conformist (CF) and Anticorruption Layer (ACL) exclude each other');
    await old.getByRole('button', { name: 'Fix (remove the patterns rule M1 refuses)' }).click();
    await expect(old.getByRole('alert')).toHaveCount(0);
    await expect(old.getByRole('group', { name: /Billing \(downstream/ }).getByRole('checkbox', { name: 'ACL' })).toBeChecked();
    await expect(old.getByRole('group', { name: /Scheduling \(upstream/ }).getByRole('checkbox', { name: 'ACL' })).not.toBeChecked();

    const fresh = ws.view.getByRole('listitem', { name: 'Relationship Patients → Scheduling' });
    const upstream = fresh.getByRole('group', { name: /Patients \(upstream/ });
    const downstream = fresh.getByRole('group', { name: /Scheduling \(downstream/ });
    // Each side lists every pattern; the wrong side's are off, with the reason beside them.
    await expect(upstream.getByRole('checkbox')).toHaveCount(4);
    await expect(upstream.getByRole('checkbox', { name: 'ACL' })).toBeDisabled();
    await expect(upstream.getByRole('checkbox', { name: 'ACL' })).toHaveAccessibleDescription(/built by the downstream side/);
    await expect(downstream.getByRole('checkbox', { name: 'OHS' })).toBeDisabled();
    await expect(downstream.getByRole('checkbox', { name: 'OHS' })).toHaveAccessibleDescription(/offered by the upstream side/);
    // The boxes are controlled by the shared document, which re-renders them a moment after the
    // write: click, then wait for the tick (Playwright's check() reads the state right away).
    await upstream.getByRole('checkbox', { name: 'OHS' }).click();
    await expect(upstream.getByRole('checkbox', { name: 'OHS' })).toBeChecked();
    await downstream.getByRole('checkbox', { name: 'CF' }).click();
    await expect(downstream.getByRole('checkbox', { name: 'CF' })).toBeChecked();
    // Conformist and ACL exclude each other.
    await expect(downstream.getByRole('checkbox', { name: 'ACL' })).toBeDisabled();
    await expect(downstream.getByRole('checkbox', { name: 'ACL' })).toHaveAccessibleDescription(/exclude each other/);
    await expect(ws.view.getByTestId('context-map').locator('g.relationship text')).toContainText(['U · OHS', 'D · CF']);

    // Shared Kernel is symmetric: the kind menu says what it removes, and then no pattern is offered.
    const kind = fresh.getByRole('combobox', { name: 'Kind of Patients → Scheduling' });
    await expect(kind.locator('option[value="sharedKernel"]')).toHaveText('Shared Kernel (removes OHS, CF)');
    await kind.selectOption('sharedKernel');
    const symmetric = ws.view.getByRole('listitem', { name: 'Relationship Patients – Scheduling' });
    await expect(symmetric.getByRole('checkbox')).toHaveCount(0);
    await expect(symmetric).toContainText('Shared Kernel is symmetric: neither context is upstream or downstream');
    await expect(symmetric.getByRole('alert')).toHaveCount(0);

    expect(await seriousViolations(ws)).toEqual([]);
  });
});

test.describe('Generate step diagrams', () => {
  test('the Boris SVG of the Generate step is the Boris view’s (ELK layered), not a second layout', async ({ page, board }) => {
    test.setTimeout(120_000);
    const created = await createBoardViaApi('Boris export', 'library-lending');
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await ws.openPhase('Boris');
    await ws.view.getByLabel('Filter by slice').selectOption({ label: 'Whole board' });
    await expect(ws.borisCanvas).toHaveAttribute('data-layout', 'done');
    await expect.poll(() => ws.borisNodes.count()).toBeGreaterThan(30);
    const { text: viewSvg } = await ws.download('Boris SVG');
    await ws.openPhase('Generate');
    const { text: generateSvg } = await ws.download('Boris SVG');
    expect(generateSvg).toBe(viewSvg);
  });
});
