// Writes src/templates.generated.ts from templates/ (and testinfra's sources, which generated
// systems run as scripts/infra/) so the browser entry needs no fs.
// Run: npm run templates:embed -w @stormscape/codegen (a test fails when it drifts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { embeddedTemplatesSource } from '../src/node/templatesDir';

const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(`${root}src/templates.generated.ts`, embeddedTemplatesSource(`${root}templates`, `${root}../testinfra/src`));
console.log('wrote src/templates.generated.ts');
