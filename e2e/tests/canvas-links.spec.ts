import { createBoardViaApi, editPath, viewPath } from '../fixtures/api';
import { joinAs } from '../fixtures/participants';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

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

test('a sticky has real connection handles only while the pointer is over it, and linking by drag works', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Handles on hover');
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await new WorkshopPage(page).openPhase('Design');
  await board.addByShortcut('e', 'Order Placed', await board.canvasPoint(0.3, 0.4));
  await board.addByShortcut('p', 'Notify Kitchen', await board.canvasPoint(0.7, 0.4));
  await page.keyboard.press('Escape');
  // React Flow's handles subscribe to its store (work on every pan, zoom and drag frame):
  // with the pointer away from every sticky there are none, only their stand-ins.
  const real = page.locator('.react-flow__handle.connectable');
  await page.mouse.move(5, 5);
  await expect(real).toHaveCount(0);
  await expect(page.locator('.react-flow__handle.handle-stand-in')).toHaveCount(4);
  await board.sticky('Order Placed').hover();
  await expect(board.sticky('Order Placed').locator('.react-flow__handle.connectable')).toHaveCount(2);
  await expect(real).toHaveCount(2);

  await board.connect(board.sticky('Order Placed'), board.sticky('Notify Kitchen'));
  await expect(board.edges).toHaveCount(1);
  await expect(page.locator('.link-label', { hasText: 'activates' })).toHaveCount(1);
});
