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

test('a selection one participant drags moves live for the other, and stays where it was dropped', async ({ browser }) => {
  const created = await createBoardViaApi('Dragging');
  const { context: ctxA, board: a } = await joinAs(browser, editPath(created), 'Alice');
  const { context: ctxB, board: b } = await joinAs(browser, editPath(created), 'Bob');
  await a.addByShortcut('e', 'First Moved', await a.canvasPoint(0.3, 0.3));
  await a.addByShortcut('e', 'Second Moved', await a.canvasPoint(0.3, 0.55));
  await expect(b.sticky('First Moved')).toHaveCount(1);
  await expect(b.sticky('Second Moved')).toHaveCount(1);
  const seenByB = async (text: string) => (await b.sticky(text).boundingBox())!.x;
  const startB = { first: await seenByB('First Moved'), second: await seenByB('Second Moved') };

  await a.page.keyboard.press('Escape');
  await a.sticky('First Moved').click();
  await a.sticky('Second Moved').click({ modifiers: ['Control'] });
  await expect(a.page.locator('.react-flow__node-sticky.selected')).toHaveCount(2);
  const startA = (await a.sticky('First Moved').boundingBox())!;
  const grab = { x: startA.x + startA.width / 2, y: startA.y + startA.height / 2 };
  await a.page.mouse.move(grab.x, grab.y);
  await a.page.mouse.down();
  for (let i = 1; i <= 20; i++) await a.page.mouse.move(grab.x + i * 10, grab.y + i * 2);
  // Still held: Bob already sees both stickies on their way.
  await expect.poll(() => seenByB('First Moved')).toBeGreaterThan(startB.first + 100);
  await expect.poll(() => seenByB('Second Moved')).toBeGreaterThan(startB.second + 100);
  const heldA = Math.round((await a.sticky('First Moved').boundingBox())!.x - startA.x);
  expect(heldA).toBeGreaterThan(150);
  await a.page.mouse.up();

  // Dropped: Alice's sticky stays where she let go, and Bob ends with the same move.
  await expect.poll(async () => Math.round((await seenByB('First Moved')) - startB.first)).toBe(heldA);
  await expect.poll(async () => Math.round((await seenByB('Second Moved')) - startB.second)).toBe(heldA);
  expect(Math.round((await a.sticky('First Moved').boundingBox())!.x - startA.x)).toBe(heldA);
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
