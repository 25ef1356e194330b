import { createBoardViaApi, editPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

test('two participants see each other’s edits within a second, and each other’s cursors', async ({ browser }) => {
  const created = await createBoardViaApi('Together');
  const { context: ctxA, board: a } = await joinAs(browser, editPath(created), 'Alice');
  const { context: ctxB, board: b } = await joinAs(browser, editPath(created), 'Bob');

  // Both are listed as here.
  await expect(a.page.getByTestId('presence').locator('li')).toHaveCount(2);
  await expect(b.page.getByTestId('presence').locator('li')).toHaveCount(2);

  await a.addByShortcut('e', 'Payment Received', await a.canvasPoint(0.3, 0.3));
  await expect(b.sticky('Payment Received')).toHaveCount(1, { timeout: 1000 });

  await b.addByShortcut('c', 'Ship Order', await b.canvasPoint(0.6, 0.5));
  await expect(a.sticky('Ship Order')).toHaveCount(1, { timeout: 1000 });

  // Selections show on the other side, in the selector's colour.
  await a.sticky('Ship Order').click();
  await expect(b.sticky('Ship Order').locator('.sticky')).toHaveAttribute('style', /outline/);

  // Cursors: each moves the pointer over the canvas and the other sees it, named.
  const pa = await a.canvasPoint(0.5, 0.7);
  await a.page.mouse.move(pa.x, pa.y);
  await a.page.mouse.move(pa.x + 20, pa.y + 10, { steps: 3 });
  await expect(b.page.locator('[data-testid="remote-cursor"][data-name="Alice"]')).toHaveCount(1, { timeout: 1000 });
  const pb = await b.canvasPoint(0.4, 0.6);
  await b.page.mouse.move(pb.x, pb.y);
  await b.page.mouse.move(pb.x + 20, pb.y + 10, { steps: 3 });
  await expect(a.page.locator('[data-testid="remote-cursor"][data-name="Bob"]')).toHaveCount(1, { timeout: 1000 });

  await ctxA.close();
  await ctxB.close();
});

test('a newcomer is asked for a name, which the others then see', async ({ browser }) => {
  const created = await createBoardViaApi('Names');
  const { context: ctxA, board: a } = await joinAs(browser, editPath(created), 'Alice');
  const { context: ctxB, board: b } = await joinAs(browser, editPath(created));
  const dialog = b.page.getByRole('dialog', { name: 'What is your name?' });
  await dialog.getByLabel('Your name').fill('Grace');
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(a.page.getByTestId('presence').getByText('Grace')).toHaveCount(1);
  await ctxA.close();
  await ctxB.close();
});
