import { createBoardViaApi, editPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

test('one participant goes offline, both edit, and they converge when it is back', async ({ browser }) => {
  const created = await createBoardViaApi('Offline');
  const { context: ctxA, board: a } = await joinAs(browser, editPath(created), 'Alice');
  const { context: ctxB, board: b } = await joinAs(browser, editPath(created), 'Bob');

  await a.addByShortcut('e', 'Before Offline', await a.canvasPoint(0.2, 0.2));
  await expect(b.sticky('Before Offline')).toHaveCount(1);

  await ctxA.setOffline(true);
  await expect(a.connection).toHaveAttribute('data-status', 'offline');

  await a.addByShortcut('e', 'Written Offline', await a.canvasPoint(0.3, 0.5));
  await a.addByShortcut('c', 'Also Offline', await a.canvasPoint(0.5, 0.5));
  await b.addByShortcut('p', 'Written Online', await b.canvasPoint(0.6, 0.3));
  // While apart, neither sees the other's new work.
  await expect(b.sticky('Written Offline')).toHaveCount(0);
  await expect(a.sticky('Written Online')).toHaveCount(0);

  await ctxA.setOffline(false);
  await expect(a.connection).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  for (const page of [a, b]) {
    for (const text of ['Before Offline', 'Written Offline', 'Also Offline', 'Written Online']) {
      await expect(page.sticky(text)).toHaveCount(1);
    }
    await expect(page.stickies).toHaveCount(4);
  }

  // Nothing lost on reload either (the server has everything).
  await a.page.reload();
  await expect(a.connection).toHaveAttribute('data-status', 'connected');
  await expect(a.stickies).toHaveCount(4);

  await ctxA.close();
  await ctxB.close();
});
