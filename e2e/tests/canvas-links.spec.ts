import { createBoardViaApi, editPath, viewPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';

const FOOD_DELIVERY_LINKS = 212;

test('a large board draws every link for the creator, after a reload and in a second browser', async ({ browser, page, home, board }) => {
  await home.goto();
  await home.createBoard('Links for everyone', 'food-delivery');
  await expect(board.edges).toHaveCount(FOOD_DELIVERY_LINKS);
  const path = new URL(page.url()).pathname + new URL(page.url()).search;

  await page.reload();
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await expect(board.edges).toHaveCount(FOOD_DELIVERY_LINKS);

  const second = await joinAs(browser, path, 'Grace');
  await expect(second.board.edges).toHaveCount(FOOD_DELIVERY_LINKS);
  await second.context.close();
});

test('clicking a link selects it and opens its details, for editors and view-only users', async ({ browser }) => {
  const created = await createBoardViaApi('Link click', 'food-delivery');
  for (const [name, path] of [
    ['Ada', editPath(created)],
    ['Vic', viewPath(created)],
  ] as const) {
    const { context, board } = await joinAs(browser, path, name);
    const errors: string[] = [];
    board.page.on('pageerror', (e) => errors.push(e.message));
    await expect(board.edges).toHaveCount(FOOD_DELIVERY_LINKS);
    const details = board.page.getByRole('region', { name: 'Details' });

    // By mouse: click the middle of a link's line.
    const edge = board.edges.first();
    const point = await edge.locator('path.react-flow__edge-interaction').evaluate((p: SVGPathElement) => {
      const mid = p.getPointAtLength(p.getTotalLength() / 2);
      const m = p.getScreenCTM()!;
      return { x: mid.x * m.a + mid.y * m.c + m.e, y: mid.x * m.b + mid.y * m.d + m.f };
    });
    await board.page.mouse.click(point.x, point.y);
    await expect(board.page.locator('.react-flow__edge.selected')).toHaveCount(1);
    await expect(details.getByLabel('Link details')).toBeVisible();

    // By keyboard: Tab to a link and press Enter.
    await board.page.mouse.click(5, 5);
    await board.edges.nth(1).focus();
    await board.page.keyboard.press('Enter');
    await expect(board.page.locator('.react-flow__edge.selected')).toHaveCount(1);
    await expect(details.getByLabel('Link details')).toBeVisible();

    expect(errors).toEqual([]);
    await context.close();
  }
});
