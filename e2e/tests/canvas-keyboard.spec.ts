import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a sticky added by key near the canvas edge leaves the view where it is, and the next ones do not pile up', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Edge of the canvas');
  const canvas = await box(page.locator('.canvas'));
  const before = await viewport(page);

  // Pointer 17 px below the canvas's top edge, three times without moving it.
  const at = { x: canvas.x + canvas.width / 2, y: canvas.y + 17 };
  for (const text of ['First', 'Second', 'Third']) await board.addByShortcut('e', text, at);

  expect(await viewport(page)).toBe(before);
  const boxes = await Promise.all(['First', 'Second', 'Third'].map((t) => box(board.sticky(t))));
  for (const b of boxes) {
    expect(b.y).toBeGreaterThanOrEqual(canvas.y);
    expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  expect(overlap(boxes[0]!, boxes[1]!)).toBe(false);
  expect(overlap(boxes[1]!, boxes[2]!)).toBe(false);
  expect(overlap(boxes[0]!, boxes[2]!)).toBe(false);
});

test('a whole flow by keyboard: kind keys continue the selected sticky, L links two, Escape drops an empty new one, ? lists shortcuts', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Keyboard flow');
  await board.addByShortcut('c', 'Book appointment', await board.canvasPoint(0.2, 0.4));
  // The command stays selected: each kind key adds the next sticky beside, linked.
  await board.addNext('g', 'Appointment');
  await board.addNext('e', 'Appointment booked');
  await board.addNext('p', 'Remind patient');
  await expect(board.stickies).toHaveCount(4);
  await expect(board.edges).toHaveCount(3);
  for (const label of ['invoked on', 'produces', 'activates']) await expect(page.locator('.link-label', { hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  const command = await box(board.sticky('Book appointment'));
  const aggregate = await box(board.sticky('Appointment'));
  expect(aggregate.x).toBeGreaterThan(command.x + command.width);
  expect(overlap(command, aggregate)).toBe(false);

  // Escape on a new, still empty sticky takes it away again.
  await page.keyboard.press('h');
  await expect(page.locator('.sticky-editor')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(board.stickies).toHaveCount(4);
  await expect(board.edges).toHaveCount(3);

  // L links two stickies selected from the keyboard (the grammar picks the direction).
  await board.addByShortcut('a', 'Patient', await board.canvasPoint(0.2, 0.8));
  await page.keyboard.press('Escape');
  await board.sticky('Patient').focus();
  await page.keyboard.press('Enter');
  await board.sticky('Book appointment').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('.react-flow__node-sticky.selected')).toHaveCount(2);
  await expect(page.locator('.sticky-editor')).toHaveCount(0);
  await page.keyboard.press('l');
  await expect(board.edges).toHaveCount(4);
  await expect(page.locator('.link-label', { hasText: /^issues$/ })).toHaveCount(1);

  // ? lists the shortcuts; Escape closes the list.
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Link the two selected stickies');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
});
