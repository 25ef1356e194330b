import { readFile } from 'node:fs/promises';
import { createBoardViaApi, workspaceToken } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test.describe('a browser without the workspace token', () => {
  test.use({ workspaceToken: null });

  test('is asked for it once, is refused a wrong one, and remembers the right one', async ({ page, home }) => {
    const existing = await createBoardViaApi('Private board');
    await page.goto('/');
    const prompt = page.getByRole('form', { name: 'Workspace token' });
    await expect(prompt).toBeVisible();
    await expect(home.boardList).toHaveCount(0);
    await expect(page.getByText(existing.name)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create board' })).toHaveCount(0);

    await prompt.getByLabel('Workspace token').fill('not-the-token');
    await prompt.getByRole('button', { name: 'Save token' }).click();
    await expect(page.getByRole('alert')).toContainText('did not accept');
    await expect(home.boardList).toHaveCount(0);

    await prompt.getByLabel('Workspace token').fill(workspaceToken());
    await prompt.getByRole('button', { name: 'Save token' }).click();
    await expect(home.boardList.locator('li', { hasText: 'Private board' }).first()).toBeVisible();

    await page.reload();
    await expect(home.boardList.locator('li', { hasText: 'Private board' }).first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Workspace token' })).toHaveCount(0);
  });
});

test('renaming on the home page renames the board everywhere: header, tab title, exports', async ({ page, home, board }) => {
  // Names of this run only: the e2e server is shared, and a board an earlier run renamed stays on its list.
  const run = Math.random().toString(36).slice(2, 8);
  const before = `Before rename ${run}`;
  const after = `After rename ${run}`;
  await home.goto();
  await home.createBoard(before);
  await page.getByRole('link', { name: '← Boards' }).click();
  const row = home.boardList.locator('li', { hasText: before });
  await row.getByRole('button', { name: `Rename ${before}` }).click();
  await page.getByLabel(`New name for ${before}`).fill(after);
  await page.keyboard.press('Enter');
  const renamed = home.boardList.locator('li', { hasText: after });
  await expect(renamed).toHaveCount(1);

  // The server's export (home page link) carries the new name.
  const [download] = await Promise.all([page.waitForEvent('download'), renamed.getByRole('link', { name: `Export ${after}` }).click()]);
  expect(download.suggestedFilename()).toBe(`after-rename-${run}.storm.json`);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { board: { name: string } };
  expect(file.board.name).toBe(after);

  // So does the board itself, once opened.
  await renamed.getByRole('link', { name: after, exact: true }).click();
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await expect(page.getByLabel('Board name')).toHaveValue(after);
  await expect(page).toHaveTitle(`${after} — Stormscape`);
});
