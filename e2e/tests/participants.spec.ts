import type { BoardPage } from '../fixtures/BoardPage';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

const myColour = (board: BoardPage) =>
  board.page.getByTestId('presence').locator('li', { hasText: '(you)' }).evaluate((li) => getComputedStyle(li).backgroundColor);

test('each participant keeps one colour across reloads, distinct from the others on the board', async ({ browser }) => {
  const created = await createBoardViaApi('Colours', 'food-delivery');
  const path = editPath(created);
  const ada = await joinAs(browser, path, 'Ada');
  const grace = await joinAs(browser, path, 'Grace');
  const alan = await joinAs(browser, path, 'Alan');
  for (const p of [ada, grace, alan]) await expect(p.board.page.getByTestId('presence').locator('li')).toHaveCount(3);
  const colours = [await myColour(ada.board), await myColour(grace.board), await myColour(alan.board)];
  expect(new Set(colours).size).toBe(3);

  for (const [i, p] of [ada, grace, alan].entries()) {
    await p.board.page.reload();
    await expect(p.board.connection).toHaveAttribute('data-status', 'connected');
    await expect(p.board.page.getByTestId('presence').locator('li')).toHaveCount(3);
    expect(await myColour(p.board)).toBe(colours[i]);
  }

  // A newcomer's first view shows the whole board.
  const canvas = (await grace.board.page.locator('.canvas').boundingBox())!;
  const boxes = await grace.board.stickies.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(100);
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(b.top).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(b.right).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(b.bottom).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
  for (const p of [ada, grace, alan]) await p.context.close();
});
