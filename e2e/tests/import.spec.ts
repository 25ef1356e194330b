import { listBoardsViaApi } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

test('importing a malformed file lists its errors and leaves the board list unchanged', async ({ home }) => {
  await home.goto();
  const before = await listBoardsViaApi();
  const namesBefore = await home.boardNames();

  const malformed = JSON.stringify({
    format: 'stormscape.board',
    version: 3,
    board: {
      name: 'Broken',
      stickies: [{ id: 'a', kind: 'spaceship', text: 1 }],
      links: 'nope',
    },
  });
  await home.importFile('broken.storm.json', malformed);
  await expect(home.page.getByRole('alert')).toContainText('was not imported');
  const errors = home.importErrors.locator('li');
  expect(await errors.count()).toBeGreaterThan(1);
  await expect(home.importErrors).toContainText('stickies');

  // Not JSON at all: also refused with a reason.
  await home.importFile('garbage.storm.json', '{ this is not json');
  await expect(home.page.getByRole('alert')).toContainText('was not imported');

  expect(await listBoardsViaApi()).toEqual(before);
  await home.page.reload();
  await home.page.getByRole('heading', { name: 'Boards' }).waitFor();
  expect(await home.boardNames()).toEqual(namesBefore);
});

test('a board created on the home page can be renamed, exported and deleted there', async ({ page, home }) => {
  await home.goto();
  await home.createBoard('Short-lived');
  await page.getByRole('link', { name: '← Boards' }).click();
  const row = home.boardList.locator('li', { hasText: 'Short-lived' });
  await row.getByRole('button', { name: 'Rename Short-lived' }).click();
  await page.getByLabel('New name for Short-lived').fill('Renamed board');
  await page.keyboard.press('Enter');
  const renamed = home.boardList.locator('li', { hasText: 'Renamed board' });
  await expect(renamed).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), renamed.getByRole('link', { name: 'Export Renamed board' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.storm\.json$/);

  await renamed.getByRole('button', { name: 'Delete Renamed board' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
  await expect(home.boardList.locator('li', { hasText: 'Renamed board' })).toHaveCount(0);
});
