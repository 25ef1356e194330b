import { BoardPage } from '../fixtures/BoardPage';
import { baseUrl, createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

/** The board file as the server has it (its stickies' texts). */
async function serverStickyTexts(id: string, token: string): Promise<string[]> {
  const response = await fetch(`${baseUrl()}/api/boards/${id}/export`, { headers: { authorization: `Bearer ${token}` } });
  const file = (await response.json()) as { board: { stickies: { text: string }[] } };
  return file.board.stickies.map((s) => s.text).sort();
}

/** Whether the board's IndexedDB (y-indexeddb's `updates` store) holds an update carrying `text`. */
function storedLocally({ database, text }: { database: string; text: string }): Promise<boolean> {
  const needle = new TextEncoder().encode(text);
  const contains = (bytes: Uint8Array) => bytes.some((_, i) => needle.every((b, j) => bytes[i + j] === b));
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve((all.result as Uint8Array[]).some((update) => contains(new Uint8Array(update))));
      };
    };
  });
}

test('a reload with no network opens the board from the service worker and IndexedDB', async ({ page, context }) => {
  const created = await createBoardViaApi('Offline reload');
  const board = new BoardPage(page);
  await board.open(editPath(created));
  await board.addByShortcut('e', 'Written Online', await board.canvasPoint(0.25, 0.3));
  await expect.poll(() => serverStickyTexts(created.id, created.editToken)).toEqual(['Written Online']);

  // The worker installs after load and claims the page; it must control it before we go offline.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await expect(board.connection).toHaveAttribute('data-status', 'offline');
  await board.addByShortcut('c', 'Written Offline', await board.canvasPoint(0.5, 0.5));
  // IndexedDB stores the edit asynchronously: a reload before that transaction commits loses it
  // (CI hit it once), so reload only once it is stored, as any user's reload seconds later would.
  await expect.poll(() => page.evaluate(storedLocally, { database: `stormscape:${created.id}`, text: 'Written Offline' })).toBe(true);

  // No network at all: the shell comes from the worker's cache, the board from IndexedDB.
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  // Served from the worker's Cache Storage, not fetched through it (the network is gone).
  const delivery = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType?: string }).deliveryType);
  expect(delivery).toBe('cache-storage');
  await page.locator('.react-flow').waitFor();
  await expect(board.connection).toHaveAttribute('data-status', 'offline');
  await expect(board.sticky('Written Online')).toHaveCount(1);
  await expect(board.sticky('Written Offline')).toHaveCount(1);
  await expect(board.stickies).toHaveCount(2);
  // Still an edit link offline (the role comes from the tokens this browser remembers).
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
  expect(await serverStickyTexts(created.id, created.editToken)).toEqual(['Written Online']);

  // Back online: the edit made before the reload reaches the server.
  await context.setOffline(false);
  await expect(board.connection).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await expect.poll(() => serverStickyTexts(created.id, created.editToken), { timeout: 15_000 }).toEqual(['Written Offline', 'Written Online']);
});
