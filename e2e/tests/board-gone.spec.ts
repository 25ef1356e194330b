import { baseUrl, createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

async function deleteViaApi(id: string, editToken: string): Promise<void> {
  const response = await fetch(`${baseUrl()}/api/boards/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${editToken}` } });
  if (response.status !== 204) throw new Error(`delete board: ${response.status}`);
}

test('a link to a board that never existed says so instead of opening an empty board', async ({ page }) => {
  await page.goto('/b/no-such-board-123?token=made-up-token');
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
  await expect(page.locator('.react-flow')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Go to your boards' })).toHaveAttribute('href', '/');
});

test('a link to a deleted board, and a board deleted while open, show that it is gone', async ({ page, browser }) => {
  const gone = await createBoardViaApi('Soon gone');
  await deleteViaApi(gone.id, gone.editToken);
  await page.goto(editPath(gone));
  await expect(page.getByRole('heading', { name: 'Board not found' })).toBeVisible();
  await expect(page.locator('.react-flow')).toHaveCount(0);

  const open = await createBoardViaApi('Deleted while open');
  const context = await browser.newContext();
  await context.addInitScript(() => window.localStorage.setItem('stormscape.userName', 'Ada'));
  const other = await context.newPage();
  await other.goto(editPath(open));
  await expect(other.getByTestId('connection')).toHaveAttribute('data-status', 'connected');
  await deleteViaApi(open.id, open.editToken);
  await expect(other.getByRole('heading', { name: 'This board was deleted' })).toBeVisible();
  await expect(other.locator('.react-flow')).toHaveCount(0);
  await context.close();
});
