import { createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

// The Thin slices step says per slice whether the generated system can play it end to end
// (the model's sliceDrivability, lint T1), lists why not, and jumps to the sticky at fault.
test('the Thin slices step shows which slices are drivable, why not, and jumps to the sticky at fault', async ({ page, board }) => {
  test.setTimeout(120_000);
  const created = await createBoardViaApi('Slice drivability', 'food-delivery');
  await board.open(editPath(created));
  const ws = new WorkshopPage(page);
  await ws.openPhase('Thin slices');

  const shift = ws.dock.locator('[data-testid="slice"][data-slice-name="Courier rides a shift"]');
  await expect(shift.getByTestId('slice-drivability')).toHaveText(/^Drivable end to end/);
  await expect(shift.getByRole('list', { name: 'Steps of Courier rides a shift' }).locator('li')).toHaveText([
    'Shift Opened — a person issues Open Shift (the test drives it)',
    'Shift Closed — a person issues Close Shift (the test drives it)',
  ]);

  const checkout = ws.dock.locator('[data-testid="slice"][data-slice-name="Card declined at checkout"]');
  await expect(checkout.getByTestId('slice-drivability')).toHaveText(/^Not drivable: 6 reasons/);
  const reasons = checkout.getByRole('list', { name: 'Why Card declined at checkout cannot be driven' });
  const external = reasons.locator('li').filter({ hasText: '"Card Declined" is the outcome of "Authorise Card", invoked on the external system "Payment Provider"' });
  await expect(external).toHaveCount(1);
  await external.getByRole('button', { name: 'Show' }).click();
  // The stickies at fault are selected on the canvas.
  await expect(page.locator('.board-main .react-flow__node.selected')).toHaveCount(3);
  for (const id of ['fd-evt-card-declined', 'fd-cmd-authorise-card', 'fd-ext-payment-provider']) {
    await expect(page.locator(`.board-main .react-flow__node[data-id="${id}"]`)).toHaveClass(/\bselected\b/);
  }

  // Live: without its first event, the refusal slice cannot start.
  const refusal = ws.dock.locator('[data-testid="slice"][data-slice-name="Closing a closed shift"]');
  await expect(refusal.getByTestId('slice-drivability')).toHaveText(/^Drivable end to end/);
  await refusal.getByRole('button', { name: 'Remove Shift Opened from the slice' }).click();
  await expect(refusal.getByTestId('slice-drivability')).toHaveText(/^Not drivable: 1 reason/);
  await expect(refusal.getByRole('list', { name: 'Why Closing a closed shift cannot be driven' }).locator('li')).toHaveText([
    /"Close Shift" acts on an existing "Courier Shift", but no earlier event of the slice creates one/,
  ]);
});
