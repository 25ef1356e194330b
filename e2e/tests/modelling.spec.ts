import { readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

test('frames: draw, drop a sticky in, move the frame with its members, edit the canvas', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Frames');
  const a = await board.canvasPoint(0.3, 0.4);
  await board.addByShortcut('e', 'Inside Event', a);
  const box = (await board.sticky('Inside Event').boundingBox())!;

  // B, then drag a rectangle around the sticky.
  await page.mouse.move(box.x - 60, box.y - 60);
  await page.keyboard.press('b');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 200, box.y + box.height + 120, { steps: 6 });
  await page.mouse.up();
  const frame = page.locator('.react-flow__node-context');
  await expect(frame).toHaveCount(1);
  await expect(frame.locator('.frame-count')).toHaveText('1');

  // A sticky dropped into the frame joins it.
  const outside = await board.canvasPoint(0.75, 0.8);
  await board.addByShortcut('c', 'Dropped Command', outside);
  const cmd = (await board.sticky('Dropped Command').boundingBox())!;
  await page.mouse.move(cmd.x + cmd.width / 2, cmd.y + cmd.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 100, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(frame.locator('.frame-count')).toHaveText('2');

  // Moving the frame by its title moves its members.
  const title = frame.locator('.frame-title');
  const t = (await title.boundingBox())!;
  await page.mouse.move(t.x + 10, t.y + t.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + 130, t.y + t.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  const moved = (await board.sticky('Inside Event').boundingBox())!;
  expect(moved.x - box.x).toBeGreaterThan(60);
  expect(moved.y - box.y).toBeGreaterThan(40);

  // Selecting the frame shows the context; its Bounded Context Canvas opens in a wide dialog.
  await title.click();
  const canvasPanel = page.getByLabel('Bounded context canvas');
  await canvasPanel.getByLabel('Name', { exact: true }).fill('Ordering');
  await canvasPanel.getByRole('button', { name: 'Open Bounded Context Canvas' }).click();
  const dialog = page.getByRole('dialog', { name: /Bounded Context Canvas: Ordering/ });
  await expect(dialog).toBeVisible();
  // Wide: most of the window, not the side panel's width.
  expect((await dialog.boundingBox())!.width).toBeGreaterThan(page.viewportSize()!.width * 0.7);
  // Words, not the model's enum values.
  const domain = dialog.getByRole('combobox', { name: 'Domain' });
  await expect(domain.locator('option')).toHaveText(['Not decided', 'Core domain', 'Supporting subdomain', 'Generic subdomain']);
  await expect(dialog.getByRole('combobox', { name: 'Evolution' }).locator('option')).toHaveText(['Not decided', 'Genesis', 'Custom built', 'Product (+ rental)', 'Commodity / utility']);
  await expect(dialog.getByRole('group', { name: 'Business model' })).toContainText('Cost reduction');
  await expect(dialog.getByRole('group', { name: 'Business model' })).not.toContainText('costReduction');
  await dialog.getByLabel('Purpose').fill('Takes orders from hungry people');
  await domain.selectOption({ label: 'Core domain' });
  await dialog.getByRole('button', { name: '+ Add term' }).click();
  await dialog.getByRole('textbox', { name: 'Term 1' }).fill('Basket');
  await dialog.getByRole('button', { name: '+ Add outbound communication' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Outbound communication 1 message kind' }).locator('option')).toHaveText(['Command', 'Query', 'Event']);
  await expect(dialog.locator('datalist option[value="Open Host Service (OHS)"]')).toHaveCount(1);

  // Keyboard: Tab never leaves the dialog, Escape closes it and focus returns to the opener.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(canvasPanel.getByRole('button', { name: 'Open Bounded Context Canvas' })).toBeFocused();
  await expect(canvasPanel).toContainText('Core domain · “Takes orders from hungry people”');
  await expect(frame.locator('.frame-title')).toContainText('Ordering');

  await page.reload();
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await page.locator('.react-flow__node-context .frame-title').click();
  await page.getByLabel('Bounded context canvas').getByRole('button', { name: 'Open Bounded Context Canvas' }).click();
  await expect(dialog.getByLabel('Purpose')).toHaveValue('Takes orders from hungry people');
  await expect(dialog.getByRole('textbox', { name: 'Term 1' })).toHaveValue('Basket');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('swimlanes, details with fields and flags, and the live lint panel', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Details');
  // A blank board opens on Big picture (once synced); this test lints at design level.
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  await new WorkshopPage(page).openPhase('Design');
  await page.getByRole('button', { name: 'Add a swimlane' }).click();
  await expect(page.getByTestId('swimlane')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Swimlanes' }).click();
  await page.getByLabel('Swimlane name').fill('Customers');
  await expect(page.getByTestId('swimlane')).toContainText('Customers');

  await page.getByRole('tab', { name: 'Details' }).click();
  await board.addByShortcut('c', 'Place Order', await board.canvasPoint(0.4, 0.5));
  await board.sticky('Place Order').click();
  const details = page.getByLabel('Command details');
  await details.getByLabel('Description').fill('The customer confirms the basket');
  await details.getByRole('button', { name: '+ Add field' }).click();
  await details.getByLabel('Field 1 name').fill('orderId');
  await details.getByLabel('Field 1 type').selectOption('uuid');
  await details.getByText('required').first().click();
  await expect(board.sticky('Place Order').locator('.sticky-kind')).toContainText('1 field');

  // Resize by the corner handle; the new size is shared (it survives a reload).
  const before = (await board.sticky('Place Order').boundingBox())!;
  const corner = board.sticky('Place Order').locator('.react-flow__resize-control.handle.bottom.right');
  const c = (await corner.boundingBox())!;
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
  await page.mouse.down();
  await page.mouse.move(c.x + 80, c.y + 50, { steps: 5 });
  await page.mouse.up();
  await page.reload();
  await expect(board.connection).toHaveAttribute('data-status', 'connected');
  const after = (await board.sticky('Place Order').boundingBox())!;
  expect(after.width - before.width).toBeGreaterThan(40);
  expect(after.height - before.height).toBeGreaterThan(20);

  await board.addByShortcut('e', 'Order Placed', await board.canvasPoint(0.7, 0.5));
  await board.sticky('Order Placed').click();
  await page.getByLabel('Domain event details').getByText('Pivotal').click();
  await expect(board.sticky('Order Placed').locator('.marker-pivotal')).toBeVisible();

  // Linking without a mouse: the details panel offers only targets the grammar allows.
  await board.addByShortcut('g', 'Order', await board.canvasPoint(0.4, 0.8));
  await board.sticky('Place Order').click();
  const connectTo = page.getByLabel('Connect to');
  await connectTo.focus();
  await expect(connectTo.locator('option', { hasText: 'Aggregate: Order' })).toHaveCount(1);
  await expect(connectTo.locator('option', { hasText: 'Order Placed' })).toHaveCount(0);
  await connectTo.selectOption({ label: 'Aggregate: Order' });
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(board.edges).toHaveCount(1);
  await expect(page.locator('.link-list')).toContainText('invoked on → Aggregate: Order');
  await page.keyboard.press('Escape');

  // The lint panel reports a problem with the command (no event yet); clicking selects it.
  await page.getByRole('tab', { name: 'Checks' }).click();
  const finding = page.locator('.lint-finding', { hasText: 'C2' });
  await expect(finding).toHaveCount(1);
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await finding.click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toContainText('Place Order');
});

test('multi-select, align, duplicate, delete, copy and paste (also into another board), export', async ({ page, home, board }) => {
  await home.goto();
  await home.createBoard('Editing');
  await board.addByShortcut('e', 'One', await board.canvasPoint(0.25, 0.3));
  await board.addByShortcut('e', 'Two', await board.canvasPoint(0.45, 0.5));
  await board.addByShortcut('e', 'Three', await board.canvasPoint(0.65, 0.7));
  await board.sticky('One').click();
  await board.sticky('Two').click({ modifiers: ['Shift'] });
  await board.sticky('Three').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);

  await page.getByRole('button', { name: 'Align top' }).click();
  const ys = await Promise.all(['One', 'Two', 'Three'].map(async (t) => (await board.sticky(t).boundingBox())!.y));
  expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(2);

  await page.keyboard.press('ControlOrMeta+d');
  await expect(board.stickies).toHaveCount(6);
  await page.keyboard.press('Delete');
  await expect(board.stickies).toHaveCount(3);

  // Copy the three, paste them here and into another board.
  await board.sticky('One').click();
  await board.sticky('Two').click({ modifiers: ['Shift'] });
  await page.keyboard.press('ControlOrMeta+c');
  await page.mouse.move(...Object.values(await board.canvasPoint(0.5, 0.85)) as [number, number]);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(board.stickies).toHaveCount(5);

  // Export SVG, PNG and the board file.
  await page.getByText('Export', { exact: true }).click();
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  expect(readFileSync((await svg.path())!, 'utf8')).toContain('Three');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Board file' }).click()]);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8')).format).toBe('stormscape.board');

  await home.goto();
  await home.createBoard('Paste target');
  await page.mouse.move(...Object.values(await board.canvasPoint(0.5, 0.5)) as [number, number]);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(board.stickies).toHaveCount(2);
  await expect(board.sticky('One')).toHaveCount(1);
});
