import { editPath } from '../fixtures/api';
import { BoardFile } from '../fixtures/boardFile';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

// Issue 9, friction: a second participant's first view is fitted (stickies far from the
// origin are on screen without anyone panning).
test('a second participant opening a board with stickies far from the origin sees them all', async ({ browser }) => {
  const created = await new BoardFile('Far away')
    .sticky({ id: 'far-1', kind: 'event', text: 'Far Event One', x: 6000, y: 4200 })
    .sticky({ id: 'far-2', kind: 'command', text: 'Far Command', x: 6400, y: 4500 })
    .sticky({ id: 'far-3', kind: 'event', text: 'Far Event Two', x: 6900, y: 4300 })
    .import();
  const alice = await joinAs(browser, editPath(created), 'Alice');
  await expect(alice.board.page.getByTestId('sticky')).toHaveCount(3);
  const bob = await joinAs(browser, editPath(created), 'Bob');
  const page = bob.board.page;
  await expect(page.getByTestId('sticky')).toHaveCount(3);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await expect
    .poll(async () => {
      const boxes = await page.getByTestId('sticky').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }));
      return boxes.every((b) => b.x >= pane.x && b.y >= pane.y && b.x + b.width <= pane.x + pane.width && b.y + b.height <= pane.y + pane.height);
    })
    .toBe(true);
  await alice.context.close();
  await bob.context.close();
});
