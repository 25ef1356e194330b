import AxeBuilder from '@axe-core/playwright';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { BoardFile } from '../fixtures/boardFile';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

// Issue 9, friction: the Big picture step (timeline guide, narrowed palette, where a blank board opens).

test.describe('Big picture step', () => {
  test('a new blank board opens on Big picture: its kinds in the palette, a pivotal event, the timeline guide; accessible', async ({ page, board }) => {
    const created = await createBoardViaApi('Blank storm');
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await expect(ws.phases.getByRole('button', { name: 'Big picture', exact: true })).toHaveAttribute('aria-pressed', 'true');

    const palette = page.getByRole('navigation', { name: 'Palette' });
    await expect(palette.getByRole('button', { name: /^Add Domain event/ })).toBeVisible();
    await expect(palette.getByRole('button', { name: /^Add Hotspot/ })).toBeVisible();
    await expect(palette.getByRole('button', { name: /^Add Command/ })).toHaveCount(0);
    await expect(palette.getByRole('button', { name: /^Add Aggregate/ })).toHaveCount(0);
    await expect(palette.getByRole('button', { name: /^Add Policy/ })).toHaveCount(0);
    const guide = page.getByTestId('timeline-guide');
    await expect(guide).toContainText('Timeline: earlier → later');

    // A pivotal event is an event with its marker, marked on the timeline too.
    await palette.getByRole('button', { name: 'Add Pivotal event' }).click();
    await page.keyboard.type('Treatment Done');
    await page.keyboard.press('Enter');
    await expect(board.sticky('Treatment Done')).toHaveCount(1);
    await expect(board.sticky('Treatment Done').locator('.sticky')).toHaveClass(/is-pivotal/);
    await expect(guide.getByTestId('timeline-pivotal')).toHaveText('◆ Pivotal: Treatment Done');

    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    // Design offers every kind again, and no timeline guide.
    await ws.openPhase('Design');
    await expect(palette.getByRole('button', { name: /^Add Command/ })).toBeVisible();
    await expect(guide).toHaveCount(0);

    // A board made from an example is not blank: it opens on the canvas at design level.
    const example = await createBoardViaApi('Example storm', 'library-lending');
    await board.open(editPath(example));
    await expect(ws.phases.getByRole('button', { name: 'Design', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('an event placed left of the event that leads to it is flagged on the timeline', async ({ page, board }) => {
    // Appointment Booked → policy → Send Invoice → Invoice → Invoice Sent, but Invoice Sent stands far left.
    const created = await new BoardFile('Out of order')
      .sticky({ id: 'booked', kind: 'event', text: 'Appointment Booked', x: 400, y: 0 })
      .sticky({ id: 'billing-policy', kind: 'policy', text: 'Invoice every booked appointment', x: 600, y: 0 })
      .sticky({ id: 'invoice', kind: 'command', text: 'Send Invoice', x: 800, y: 0 })
      .sticky({ id: 'invoice-agg', kind: 'aggregate', text: 'Invoice', x: 1000, y: 0 })
      .sticky({ id: 'invoiced', kind: 'event', text: 'Invoice Sent', x: -300, y: 200 })
      .sticky({ id: 'paid', kind: 'event', text: 'Invoice Paid', x: 1400, y: 0 })
      .link('l4', 'activates', 'booked', 'billing-policy')
      .link('l5', 'issues', 'billing-policy', 'invoice')
      .link('l6', 'invokedOn', 'invoice', 'invoice-agg')
      .link('l7', 'produces', 'invoice-agg', 'invoiced')
      .import();
    await board.open(editPath(created));
    const ws = new WorkshopPage(page);
    await ws.openPhase('Big picture');
    const flags = page.getByTestId('timeline-flag');
    await expect(flags).toHaveCount(1);
    await expect(flags).toHaveAttribute('data-event-id', 'invoiced');
    await expect(flags).toHaveText('⚠ Out of order: “Invoice Sent” follows “Appointment Booked” but is placed left of it');
    await expect(page.getByTestId('timeline-out-of-order')).toHaveText('1 event out of order.');
  });
});
