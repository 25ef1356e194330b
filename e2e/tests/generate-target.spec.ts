import { unzipSync } from 'fflate';
import type { Download, Locator } from '@playwright/test';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

async function zipPaths(panel: Locator): Promise<string[]> {
  const [download] = await Promise.all([panel.page().waitForEvent('download'), panel.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await (download as Download).createReadStream()) chunks.push(chunk as Buffer);
  return Object.keys(unzipSync(new Uint8Array(Buffer.concat(chunks))));
}

test('a context’s service target is decided on the board; Generate follows it or overrides it, preview and zip alike', async ({ page, board }) => {
  const created = await createBoardViaApi('Polyglot services', 'food-delivery');
  await board.open(editPath(created));
  await board.fitView();

  // The team decides Payments runs on Spring Boot, in the context's details.
  await page.locator('.react-flow__node-context .frame-title', { hasText: 'Payments' }).click();
  const details = page.getByLabel('Bounded context canvas');
  const decision = details.getByRole('combobox', { name: 'Service target' });
  await expect(decision).toHaveValue('');
  await decision.selectOption({ label: 'Spring Boot (Java)' });
  await expect(decision).toHaveValue('spring');

  const ws = new WorkshopPage(page);
  await ws.openPhase('Generate');
  const panel = ws.view.getByRole('region', { name: 'Generated services' });
  const target = panel.getByRole('combobox', { name: 'Target', exact: true });
  const status = panel.getByTestId('codegen-status');
  const openFiles = async (name: string, slug: string) => {
    await panel.getByLabel('Context').selectOption({ label: name });
    await panel.getByText(new RegExp(`^${name} \\(${slug}/\\): \\d+ files`)).click();
    return panel.getByRole('list', { name: `${name} (${slug}/)` });
  };

  // Per context, as on the board: Payments is a Maven project, Ordering a Fastify service.
  await expect(target).toHaveValue('');
  await expect(status).toHaveText(/^5 services, \d+ files\. 4 Fastify and 1 Spring Boot \(Maven\) service, each with its contracts and tests\.$/);
  await expect(await openFiles('Payments', 'payments')).toContainText('payments/pom.xml');
  let paths = await zipPaths(panel);
  expect(paths).toContain('payments/pom.xml');
  expect(paths).toContain('payments/openapi.yaml');
  expect(paths).not.toContain('payments/package.json');
  expect(paths).toContain('ordering/package.json');
  expect(paths).toContain('pom.xml');

  // Every service as TypeScript, overriding the board.
  await target.selectOption({ label: 'TypeScript (Fastify) for every service' });
  await expect(status).toHaveText(/^5 services, \d+ files\. Each folder is a Fastify service/);
  // Payments' file list is still open from above.
  const payments = panel.getByRole('list', { name: 'Payments (payments/)' });
  await expect(payments).toContainText('payments/package.json');
  await expect(payments).not.toContainText('payments/pom.xml');

  // Every service as Spring Boot.
  await target.selectOption({ label: 'Spring Boot (Java) for every service' });
  await expect(status).toHaveText(/^5 services, \d+ files\. Each folder is a Spring Boot \(Maven\) service/);
  paths = await zipPaths(panel);
  expect(paths).toContain('ordering/pom.xml');
  expect(paths).not.toContain('ordering/package.json');
});
