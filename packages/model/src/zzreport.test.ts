import { it } from 'vitest';
import { EXAMPLES } from './examples/index';
import { indexBoard } from './queries/boardIndex';
import { policyMapping } from './queries/decisions';
import { neighbours } from './queries/boardIndex';
it('report', () => {
  for (const ex of EXAMPLES) {
    const index = indexBoard(ex.board);
    for (const p of ex.board.stickies) {
      if (p.kind !== 'policy') continue;
      for (const m of policyMapping(index, p.id)) {
        if (m.unmappedRequired.length === 0) continue;
        const rms = neighbours(index, p.id, 'in', 'informs', ['readModel']);
        console.log(`${ex.id} | ${p.id} | ${m.command.id} | MISSING ${m.unmappedRequired.map((f) => `${f.name}:${f.type}`).join(',')} | EVENT ${m.triggers.map((e) => e.text + '{' + (e.fields ?? []).map((f) => f.name).join(',') + '}').join(' ')} | RM ${rms.map((r) => r.id + '{' + (r.fields ?? []).map((f) => f.name).join(',') + '}').join(' ')}`);
      }
    }
  }
});
