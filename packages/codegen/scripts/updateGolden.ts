// Rewrites golden/<example-id>/ from the model's example boards.
// Run: npm run golden:update -w @stormscape/codegen, then review the diff.
import { join } from 'node:path';
import { EXAMPLES } from '@stormscape/model/examples';
import { generateProject } from '../src/index';
import { GOLDEN_DIR, writeFiles } from '../test/files';

for (const example of EXAMPLES) {
  const files = generateProject(example.board);
  writeFiles(join(GOLDEN_DIR, example.id), files);
  console.log(`golden/${example.id}: ${files.size} files`);
}
