import { readFileSync } from 'node:fs';
import { parseBoardFile } from '@stormscape/model';
import { generateProject, planProject } from './src/index';
const p = parseBoardFile(readFileSync('test/boards/clinic.storm.json','utf8'));
if (!p.ok) throw new Error('parse');
const files = generateProject(p.board);
for (const f of process.argv.slice(2)) { console.log('=== '+f); console.log(files.get(f)); }
console.log(planProject(p.board).warnings.join('\n'));
