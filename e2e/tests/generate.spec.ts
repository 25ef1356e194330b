import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Download } from '@playwright/test';
import { createBoardViaApi, editPath } from '../fixtures/api';
import { expect, test } from '../fixtures/test';
import { WorkshopPage } from '../fixtures/WorkshopPage';

async function bytesOf(download: Download): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

test('Generate previews each context’s OpenAPI and AsyncAPI and downloads the project as a zip', async ({ page, board }) => {
  const created = await createBoardViaApi('Generate services', 'food-delivery');
  // Generation runs in a worker so a big board never freezes the page.
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await board.open(editPath(created));
  const ws = new WorkshopPage(page);
  await ws.openPhase('Generate');

  const panel = ws.view.getByRole('region', { name: 'Generated services' });
  await expect(panel.getByTestId('codegen-status')).toHaveText(/^5 services, \d+ files\./);
  await expect(panel.getByTestId('codegen-error')).toHaveCount(0);
  expect(workers.some((url) => /generate\.worker/.test(url))).toBe(true);

  // OpenAPI of one context, then its AsyncAPI.
  await panel.getByLabel('Context').selectOption({ label: 'Ordering' });
  const preview = panel.getByTestId('spec-preview');
  await expect(preview).toHaveAttribute('data-spec', 'openapi');
  await expect(preview).toHaveAccessibleName('ordering/openapi.yaml');
  await expect(preview).toContainText(/^openapi: "?3\.1/);
  await expect(preview).toContainText('operationId: placeOrder');
  const openapi = await preview.textContent();
  await panel.getByRole('tab', { name: 'AsyncAPI' }).click();
  await expect(panel.getByRole('tab', { name: 'AsyncAPI' })).toHaveAttribute('aria-selected', 'true');
  await expect(preview).toHaveAttribute('data-spec', 'asyncapi');
  await expect(preview).toContainText(/^asyncapi: "?3\.0/);
  await expect(preview).toContainText('Order Placed');

  // The files that would be generated, people's handlers marked.
  await panel.getByText(/^Ordering \(ordering\/\): \d+ files/).click();
  const files = panel.getByRole('list', { name: 'Ordering (ordering/)' });
  await expect(files).toContainText('ordering/openapi.yaml');
  await expect(files.getByRole('listitem').filter({ hasText: 'ordering/src/main.ts' })).toContainText('yours after first generation');

  // The view (tabs, code, file list) passes an accessibility scan.
  const scan = await new AxeBuilder({ page }).include('.ws-view').analyze();
  const bad = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // One contract on its own.
  const [single] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download OpenAPI', exact: true }).click()]);
  expect(single.suggestedFilename()).toBe('ordering-openapi.yaml');
  expect(strFromU8(await bytesOf(single))).toBe(openapi);

  // The system around the services: the gateway's routes, Compose and Kubernetes, one file at a time.
  const system = panel.getByTestId('system-preview');
  const systemFile = system.getByTestId('system-file');
  await expect(systemFile).toHaveAttribute('data-path', 'gateway/src/generated/routes.ts');
  await expect(systemFile).toContainText('"slug": "ordering"');
  await expect(systemFile).toContainText('"operationId": "placeOrder"');
  await system.getByLabel('System file').selectOption('deploy/docker-compose.yml');
  await expect(systemFile).toContainText('KAFKA_PROCESS_ROLES');
  await expect(systemFile).toContainText('ORDERING_URL');
  await system.getByLabel('System file').selectOption('deploy/k8s/kustomization.yaml');
  await expect(systemFile).toContainText('kind: Kustomization');
  const k8sFiles = await system.getByLabel('System file').locator('option').allTextContents();
  expect(k8sFiles.filter((p) => p.startsWith('deploy/k8s/')).length).toBeGreaterThan(2);

  // Everything as a zip.
  const [zip] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download all (.zip)' }).click()]);
  expect(zip.suggestedFilename()).toBe('generate-services-services.zip');
  const entries = unzipSync(await bytesOf(zip));
  expect(workers.some((url) => /zip\.worker/.test(url))).toBe(true);
  const paths = Object.keys(entries);
  for (const path of ['README.md', 'ordering/openapi.yaml', 'ordering/asyncapi.yaml', 'ordering/package.json', 'kitchen/openapi.yaml', 'kitchen/asyncapi.yaml']) {
    expect(paths).toContain(path);
  }
  expect(strFromU8(entries['ordering/openapi.yaml']!)).toBe(openapi);
  expect(strFromU8(entries['ordering/asyncapi.yaml']!)).toMatch(/^asyncapi: "?3\.0/);
  expect(strFromU8(entries['README.md']!)).toContain('Ordering');
  // The whole tree: exactly the files the panel counts, the system files included.
  const counted = Number(/(\d+) files\./.exec((await panel.getByTestId('codegen-status').textContent()) ?? '')?.[1]);
  expect(paths.length).toBe(counted);
  for (const path of ['package.json', '.gitignore', 'gateway/src/generated/routes.ts', 'deploy/docker-compose.yml', 'deploy/k8s/kustomization.yaml', 'deploy/manifest.yml', '.github/workflows/ci.yml', 'scripts/start.ts', 'slices/courier-rides-a-shift.test.mjs']) {
    expect(paths).toContain(path);
  }
});
