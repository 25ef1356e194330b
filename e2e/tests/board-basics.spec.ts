import { KINDS } from '../fixtures/BoardPage';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

test('create a board, add every kind by palette and by shortcut, edit, link, undo/redo, reload', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Basics board');
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  // A blank board opens on Big picture, whose palette has only its kinds; Design offers all.
  await new WorkshopPage(page).openPhase('Design');

  // Palette: one of every kind.
  for (const { label, kind } of KINDS) await board.addByPalette(label, `P ${kind}`);
  await board.fitView();
  await expect(board.stickies).toHaveCount(KINDS.length);
  for (const { kind } of KINDS) await expect(board.stickyOfKind(kind)).toHaveCount(1);

  // Shortcuts: key, type, Enter, at the pointer (a grid of places on the canvas).
  for (const [i, { key, kind }] of KINDS.entries()) {
    const at = await board.canvasPoint(0.12 + (i % 6) * 0.15, i < 6 ? 0.2 : 0.75);
    await board.addByShortcut(key, `K ${kind}`, at);
  }
  await board.fitView();
  await expect(board.stickies).toHaveCount(KINDS.length * 2);
  for (const { kind } of KINDS) await expect(board.stickyOfKind(kind)).toHaveCount(2);

  // Edit text inline (double-click).
  await board.sticky('K event').locator('.sticky-text').dblclick();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Order Placed');
  await page.keyboard.press('Enter');
  await expect(board.sticky('Order Placed')).toHaveCount(1);

  // A valid pair: event activates policy.
  await board.connect(board.sticky('Order Placed'), board.sticky('K policy'));
  await expect(board.edges).toHaveCount(1);
  await expect(page.locator('.link-label', { hasText: 'activates' })).toHaveCount(1);

  // An invalid pair is refused, with the reason.
  await board.connect(board.sticky('K actor'), board.sticky('P event'));
  await expect(board.toast).toContainText('cannot connect');
  await expect(board.edges).toHaveCount(1);

  // Undo removes the link, redo brings it back.
  await board.undo();
  await expect(board.edges).toHaveCount(0);
  await board.redo();
  await expect(board.edges).toHaveCount(1);

  // A drag is one undo step, however many frames it wrote.
  const note = board.sticky('K note');
  const start = (await note.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(start.x + start.width / 2 + i * 8, start.y + start.height / 2 + i * 3);
  await page.mouse.up();
  await expect.poll(async () => (await note.boundingBox())!.x).toBeGreaterThan(start.x + 100);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => Math.round((await note.boundingBox())!.x)).toBe(Math.round(start.x));
  await expect(board.edges).toHaveCount(1);

  // Reload: all still there (from the server and IndexedDB).
  await page.reload();
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await board.fitView();
  await expect(board.stickies).toHaveCount(KINDS.length * 2);
  await expect(board.edges).toHaveCount(1);
  await expect(board.sticky('Order Placed')).toHaveCount(1);
});

test('hostile sticky text renders as text, never as HTML', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Hostile text');
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await board.addByPalette('Domain event', hostile);
  await expect(board.stickies.first().locator('.sticky-text')).toHaveText(hostile);
  await expect(page.locator('.react-flow img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
