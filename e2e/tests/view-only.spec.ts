import { BoardPage } from '../fixtures/BoardPage';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('a view-only link shows changes live and cannot change anything', async ({ browser }) => {
  const created = await createBoardViaApi('Viewing');
  const editorCtx = await browser.newContext();
  const viewerCtx = await browser.newContext();
  for (const ctx of [editorCtx, viewerCtx]) await ctx.addInitScript(() => window.localStorage.setItem('stormscape.userName', 'Someone'));
  const editor = new BoardPage(await editorCtx.newPage());
  const viewer = new BoardPage(await viewerCtx.newPage());
  await editor.open(editPath(created));

  // The editor's share menu hands out the view-only link.
  await editor.page.getByText('Share', { exact: true }).click();
  const viewLink = await editor.page.getByRole('textbox', { name: 'View-only link' }).inputValue();
  expect(viewLink).toContain(created.viewToken);

  await viewer.open(new URL(viewLink).pathname + new URL(viewLink).search);
  await expect(viewer.page.getByText('View only', { exact: true })).toBeVisible();
  // No editing UI at all.
  await expect(viewer.page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // Live: the editor's change appears.
  await editor.addByShortcut('e', 'Seen Live', await editor.canvasPoint(0.4, 0.4));
  await expect(viewer.sticky('Seen Live')).toHaveCount(1);

  // Shortcuts, double-click, delete and drag change nothing.
  const at = await viewer.canvasPoint(0.5, 0.5);
  await viewer.page.mouse.move(at.x, at.y);
  await viewer.page.keyboard.press('e');
  await viewer.page.keyboard.press('c');
  await expect(viewer.page.locator('.sticky-editor')).toHaveCount(0);
  await viewer.sticky('Seen Live').click();
  await viewer.page.keyboard.press('Delete');
  await viewer.sticky('Seen Live').locator('.sticky-text').dblclick();
  await expect(viewer.page.locator('.sticky-editor')).toHaveCount(0);
  const before = await viewer.sticky('Seen Live').boundingBox();
  await viewer.page.mouse.move(before!.x + 20, before!.y + 20);
  await viewer.page.mouse.down();
  await viewer.page.mouse.move(before!.x + 220, before!.y + 120, { steps: 5 });
  await viewer.page.mouse.up();

  await expect(viewer.stickies).toHaveCount(1);
  await expect(editor.stickies).toHaveCount(1);
  const editorBox = await editor.sticky('Seen Live').boundingBox();
  // The editor's copy did not move (a drag would have been relayed).
  await editor.page.waitForTimeout(300);
  expect(await editor.sticky('Seen Live').boundingBox()).toEqual(editorBox);

  await editorCtx.close();
  await viewerCtx.close();
});
