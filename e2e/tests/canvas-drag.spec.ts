import type { Locator } from '@playwright/test';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import type { BoardPage } from '../fixtures/BoardPage';
import { expect, test } from '../fixtures/test';

/**
 * A quick hand's first pointer event after pressing lands several pixels away (events
 * come once per frame, later still on a busy page). Whatever it drags must stay under the
 * pointer from that first event on, and end exactly where it is let go (zoom 1 on a new
 * board: screen pixels are board units, no snapping).
 */
async function dragAndTrack(board: BoardPage, grabbed: Locator, followers: Locator[]): Promise<void> {
  const page = board.page;
  const startOf = async (l: Locator) => (await l.boundingBox())!;
  const starts = await Promise.all([grabbed, ...followers].map(startOf));
  const grab = { x: starts[0]!.x + starts[0]!.width / 2, y: starts[0]!.y + starts[0]!.height / 2 };
  const moved = async (i: number) => {
    const box = await startOf([grabbed, ...followers][i]!);
    return { dx: Math.round(box.x - starts[i]!.x), dy: Math.round(box.y - starts[i]!.y) };
  };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 12, grab.y + 6);
  // Held after the first move: already 12 px along, not still where it was.
  for (let i = 0; i <= followers.length; i++) await expect.poll(() => moved(i)).toEqual({ dx: 12, dy: 6 });
  // Each moves as a compositor layer of its own while held (a move repaints none of what it
  // passes over), and is painted into the board again once dropped.
  for (const l of [grabbed, ...followers]) await expect.poll(() => willChange(l)).toBe('transform');
  for (let step = 2; step <= 10; step++) await page.mouse.move(grab.x + step * 12, grab.y + step * 6);
  await page.mouse.up();
  for (let i = 0; i <= followers.length; i++) await expect.poll(() => moved(i)).toEqual({ dx: 120, dy: 60 });
  for (const l of [grabbed, ...followers]) await expect.poll(() => willChange(l)).toBe('auto');
}

/** `will-change` of the React Flow node box around a sticky. */
const willChange = (sticky: Locator) => sticky.evaluate((el) => getComputedStyle(el.closest('.react-flow__node')!).willChange);

test('a dragged sticky, alone or with its selection, follows the pointer from the first move to the drop', async ({ browser }) => {
  const created = await createBoardViaApi('Drag follows the pointer');
  const { context, board } = await joinAs(browser, editPath(created), 'Ada');
  await board.addByShortcut('e', 'Alone', await board.canvasPoint(0.6, 0.3));
  await board.addByShortcut('e', 'First Selected', await board.canvasPoint(0.25, 0.3));
  await board.addByShortcut('e', 'Second Selected', await board.canvasPoint(0.25, 0.55));
  await board.addByShortcut('e', 'Third Selected', await board.canvasPoint(0.4, 0.55));

  // One sticky, not selected beforehand.
  await board.page.keyboard.press('Escape');
  await board.page.mouse.click(5, 5);
  await expect(board.page.locator('.react-flow__node-sticky.selected')).toHaveCount(0);
  await dragAndTrack(board, board.sticky('Alone'), []);

  // A selection of three, dragged by one of them.
  await board.sticky('First Selected').click();
  await board.sticky('Second Selected').click({ modifiers: ['Control'] });
  await board.sticky('Third Selected').click({ modifiers: ['Control'] });
  await expect(board.page.locator('.react-flow__node-sticky.selected')).toHaveCount(3);
  await dragAndTrack(board, board.sticky('Second Selected'), [board.sticky('First Selected'), board.sticky('Third Selected')]);
  await expect(board.page.locator('.react-flow__node-sticky.selected')).toHaveCount(3);
  await context.close();
});

test('a drag whose release never comes (the window lost focus) ends there: the next edit is an undo step of its own', async ({ browser }) => {
  const created = await createBoardViaApi('Abandoned drag');
  const { context, board } = await joinAs(browser, editPath(created), 'Ada');
  const page = board.page;
  await board.addByShortcut('e', 'Dragged', await board.canvasPoint(0.4, 0.4));
  const dragged = board.sticky('Dragged');
  const start = (await dragged.boundingBox())!;
  const offset = async () => {
    const box = await dragged.boundingBox();
    return box ? { dx: Math.round(box.x - start.x), dy: Math.round(box.y - start.y) } : null;
  };
  const grab = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(grab.x + step * 12, grab.y + step * 6);
  await expect.poll(offset).toEqual({ dx: 120, dy: 60 });
  // The window loses focus with the button still down: the page never sees a release.
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));

  // The next edit (duplicate) is a step of its own: undo takes back the copy only...
  await page.keyboard.press('ControlOrMeta+d');
  await expect(dragged).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(dragged).toHaveCount(1);
  await expect.poll(offset).toEqual({ dx: 120, dy: 60 });
  // ...and the drag, one step, comes next.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(offset).toEqual({ dx: 0, dy: 0 });
  await page.mouse.up();
  await context.close();
});

test('a drag ended by losing focus stays ended: coming back with the button held moves nothing, and one undo takes the drag back', async ({ browser }) => {
  const created = await createBoardViaApi('Abandoned drag, resumed');
  const { context, board } = await joinAs(browser, editPath(created), 'Ada');
  const page = board.page;
  await board.addByShortcut('e', 'Dragged', await board.canvasPoint(0.4, 0.4));
  const dragged = board.sticky('Dragged');
  const start = (await dragged.boundingBox())!;
  const offset = async () => {
    const box = await dragged.boundingBox();
    return box ? { dx: Math.round(box.x - start.x), dy: Math.round(box.y - start.y) } : null;
  };
  const grab = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(grab.x + step * 12, grab.y + step * 6);
  await expect.poll(offset).toEqual({ dx: 120, dy: 60 });
  await page.evaluate(() => window.dispatchEvent(new Event('blur')));

  // Back in the window, the button still held: React Flow's drag would carry on.
  for (let step = 11; step <= 15; step++) await page.mouse.move(grab.x + step * 12, grab.y + step * 6);
  await page.mouse.up();
  await expect.poll(offset).toEqual({ dx: 120, dy: 60 });
  // The drag was one step: a single undo puts the sticky back where it started.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(offset).toEqual({ dx: 0, dy: 0 });
  await context.close();
});
