import { createBoardViaApi, editPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

test('board history: a named version restored for both participants, and undo still works', async ({ browser }) => {
  const created = await createBoardViaApi('History');
  const { context: ctxA, board: a } = await joinAs(browser, editPath(created), 'Alice');
  const { context: ctxB, board: b } = await joinAs(browser, editPath(created), 'Bob');

  await a.addByShortcut('e', 'Order Placed', await a.canvasPoint(0.3, 0.3));
  await b.addByShortcut('e', 'Order Paid', await b.canvasPoint(0.6, 0.3));
  await expect(a.sticky('Order Paid')).toHaveCount(1);
  await expect(b.sticky('Order Placed')).toHaveCount(1);

  // Alice saves a named version; it is listed with who changed how much.
  await a.page.getByText('History', { exact: true }).click();
  const historyA = a.page.getByRole('group', { name: 'History' });
  await historyA.getByLabel('Version name').fill('after big picture');
  await historyA.getByRole('button', { name: 'Save version' }).click();
  const saved = historyA.getByRole('listitem').filter({ hasText: 'after big picture' });
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('Alice');
  await expect(saved).toContainText('Bob');

  // More edits after the version, by both.
  await a.addByShortcut('e', 'Refund Issued', await a.canvasPoint(0.3, 0.6));
  await b.addByShortcut('e', 'Order Shipped', await b.canvasPoint(0.6, 0.6));
  await expect(a.sticky('Order Shipped')).toHaveCount(1);
  await expect(b.sticky('Refund Issued')).toHaveCount(1);

  // Preview is read-only and shows the version, not the live board.
  await saved.getByRole('button', { name: 'Preview' }).click();
  const preview = historyA.getByRole('region', { name: 'Preview of after big picture' });
  await expect(preview.getByRole('listitem')).toHaveText(['Order Paid', 'Order Placed']);
  await expect(preview.locator('input, textarea, [contenteditable="true"]')).toHaveCount(0);

  // Restore, with confirmation.
  await saved.getByRole('button', { name: 'Restore' }).click();
  const confirm = a.page.getByRole('dialog', { name: 'Restore this version?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  for (const board of [a, b]) {
    await expect(board.sticky('Refund Issued')).toHaveCount(0);
    await expect(board.sticky('Order Shipped')).toHaveCount(0);
    await expect(board.sticky('Order Placed')).toHaveCount(1);
    await expect(board.sticky('Order Paid')).toHaveCount(1);
  }
  // Nothing is destroyed: the state before the restore is a version too.
  const backup = historyA.getByRole('listitem').filter({ hasText: 'Before restoring "after big picture"' });
  await expect(backup).toHaveCount(1);

  // A named version can be deleted, after confirmation; cancelling keeps it. The board stays.
  await backup.getByRole('button', { name: 'Delete' }).click();
  const confirmDelete = a.page.getByRole('dialog', { name: 'Delete this version?' });
  await confirmDelete.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(backup).toHaveCount(1);
  await backup.getByRole('button', { name: 'Delete' }).click();
  await confirmDelete.getByRole('button', { name: 'Delete' }).click();
  await expect(backup).toHaveCount(0);
  await expect(saved).toHaveCount(1);
  await expect(a.sticky('Order Placed')).toHaveCount(1);

  // Undo after the restore takes back only Bob's own new edit, for both.
  await b.addByShortcut('e', 'Late Idea', await b.canvasPoint(0.5, 0.8));
  await expect(a.sticky('Late Idea')).toHaveCount(1);
  await b.undo();
  for (const board of [a, b]) {
    await expect(board.sticky('Late Idea')).toHaveCount(0);
    await expect(board.sticky('Order Placed')).toHaveCount(1);
    await expect(board.sticky('Order Paid')).toHaveCount(1);
  }

  // Who changed how much names people, not just sessions present now: after Bob has left and
  // Alice reloads, the version still credits both (recorded by the server from presence).
  await ctxB.close();
  await a.page.reload();
  await a.page.getByText('History', { exact: true }).click();
  const savedAgain = a.page.getByRole('group', { name: 'History' }).getByRole('listitem').filter({ hasText: 'after big picture' });
  await expect(savedAgain).toContainText(/Alice \d+/);
  await expect(savedAgain).toContainText(/Bob \d+/);

  await ctxA.close();
});
