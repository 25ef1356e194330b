import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';

const here = dirname(fileURLToPath(import.meta.url));

test('the board page has no serious or critical accessibility violations', async ({ page, board }) => {
  const created = await createBoardViaApi('Food delivery', 'food-delivery');
  await board.open(editPath(created));
  await expect(board.stickies.first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('the home page has no serious or critical accessibility violations', async ({ page, home }) => {
  await home.goto();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('screenshot of a populated example board (artifact and README)', async ({ page, board }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const created = await createBoardViaApi('Food delivery', 'food-delivery');
  await board.open(editPath(created));
  await expect(board.stickies.first()).toBeVisible();
  // Zoom to one bounded context, selected, so its canvas shows in the side panel.
  await page.locator('.react-flow__node-context .frame-title').first().click();
  await page.keyboard.press('Shift+Digit2');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  await expect(page.locator('.sticky-text').first()).toBeVisible();
  const artifacts = join(here, '..', 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  const shot = join(artifacts, 'example-board.png');
  await page.screenshot({ path: shot });
  // The README's copy is tracked: refresh it only when asked, so a test run leaves git clean.
  if (process.env.UPDATE_SCREENSHOT) {
    mkdirSync(join(here, '..', '..', 'docs'), { recursive: true });
    copyFileSync(shot, join(here, '..', '..', 'docs', 'screenshot.png'));
  }
});
