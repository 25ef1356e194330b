import { expect, test } from '../fixtures/test';

test('a long policy name stays inside its sticky, clear of the kind label and the badge', async ({ home, board }) => {
  await home.goto();
  await home.createBoard('Long names');
  const name = 'Whenever a patient cancels less than a day before the appointment, charge the late cancellation fee';
  await board.addByShortcut('p', name, await board.canvasPoint(0.4, 0.4));
  const sticky = board.sticky(name);
  await expect(sticky.locator('.marker-mode')).toBeVisible();

  const rects = await sticky.locator('.sticky').evaluate((el) => {
    const r = (e: Element | null) => e!.getBoundingClientRect().toJSON() as DOMRect;
    const text = el.querySelector('.sticky-text') as HTMLElement;
    return { frame: r(el), kind: r(el.querySelector('.sticky-kind')), text: r(text), badges: r(el.querySelector('.sticky-markers')), textFits: text.scrollHeight <= text.clientHeight + 1 };
  });
  const inside = (r: DOMRect) => r.left >= rects.frame.left - 0.5 && r.right <= rects.frame.right + 0.5 && r.top >= rects.frame.top - 0.5 && r.bottom <= rects.frame.bottom + 0.5;
  expect(inside(rects.kind)).toBe(true);
  expect(inside(rects.text)).toBe(true);
  expect(inside(rects.badges)).toBe(true);
  expect(rects.text.top).toBeGreaterThanOrEqual(rects.kind.bottom - 0.5);
  expect(rects.text.bottom).toBeLessThanOrEqual(rects.badges.top + 0.5);
  // The whole name is shown (the font shrank to fit), not cut.
  expect(rects.textFits).toBe(true);
});
