// Rewrites golden/<example-id>/ from the model's example boards.
// Run: npm run golden:update -w @stormscape/codegen, then review the diff.
import { join } from 'node:path';
import { EXAMPLES } from '@stormscape/model/examples';
import { generateProject } from '../src/index';
import { GOLDEN_DIR, SPRING_GOLDEN_EXAMPLE, writeFiles } from '../test/files';

for (const example of EXAMPLES) {
  const files = generateProject(example.board);
  writeFiles(join(GOLDEN_DIR, example.id), files);
  console.log(`golden/${example.id}: ${files.size} files`);
}

// The Spring target: one example's output (the others are compiled by test/spring/springBuild.test.ts).
const spring = EXAMPLES.find((e) => e.id === SPRING_GOLDEN_EXAMPLE);
if (!spring) throw new Error(`no example ${SPRING_GOLDEN_EXAMPLE}`);
const springFiles = generateProject(spring.board, { target: 'spring' });
writeFiles(join(GOLDEN_DIR, 'spring', spring.id), springFiles);
console.log(`golden/spring/${spring.id}: ${springFiles.size} files`);
