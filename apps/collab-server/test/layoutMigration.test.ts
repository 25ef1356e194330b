import { afterEach, describe, expect, it } from 'vitest';
import { emptyBoard } from '@stormscape/model';
import type { Board } from '@stormscape/model';
import { BOARD_KEYS, boardToDoc, docToBoard, readLayoutVersion, YJS_LAYOUT_VERSION, YKEYS } from '@stormscape/model/yjs';
import * as Y from 'yjs';
import { connect, createBoard, startServer, synced, tempDir, waitFor } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A board as layout 1 stored it: a command → aggregate → event with no recorded outcome. */
function layoutOneBoard(): Board {
  const board = emptyBoard('Shipping');
  const box = (x: number) => ({ position: { x, y: 0 }, size: { width: 160, height: 100 }, laneId: null, description: '' });
  board.stickies = [
    { id: 'reserve', kind: 'command', text: 'Reserve Vessel Space', ...box(0) },
    { id: 'booking', kind: 'aggregate', text: 'Booking', ...box(200) },
    { id: 'reserved', kind: 'event', text: 'Vessel Space Reserved', ...box(400) },
    { id: 'refused', kind: 'event', text: 'Vessel Space Refused', ...box(400) },
  ];
  board.links = [
    { id: 'l1', kind: 'invokedOn', from: 'reserve', to: 'booking', label: '' },
    { id: 'l2', kind: 'produces', from: 'booking', to: 'reserved', label: '' },
    { id: 'l3', kind: 'produces', from: 'booking', to: 'refused', label: '' },
  ];
  return board;
}

describe('document layout', () => {
  it('a room stored with an older layout is migrated when it loads, and clients get the result', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const first = await startServer({ dataDir: data.dir });
    const board = await createBoard(first.http);
    const a = connect(first.ws, board.id, board.editToken);
    await synced(a.provider);
    a.doc.transact(() => {
      boardToDoc(layoutOneBoard(), a.doc);
      a.doc.getMap(YKEYS.board).set(BOARD_KEYS.layoutVersion, 1);
    });
    await waitFor(() => first.app.metrics.updatesIn > 0 && first.app.persistence.isSettled(board.id), 'layout-1 board persisted');
    a.provider.destroy();
    await first.stop();

    const second = await startServer({ dataDir: data.dir });
    cleanups.push(() => second.stop());
    const b = connect(second.ws, board.id, board.viewToken, new Y.Doc());
    cleanups.push(() => b.provider.destroy());
    await synced(b.provider);
    expect(readLayoutVersion(b.doc)).toBe(YJS_LAYOUT_VERSION);
    expect(docToBoard(b.doc).stickies.find((s) => s.id === 'reserve')?.outcomes).toEqual([
      { eventId: 'reserved', kind: 'success' },
      { eventId: 'refused', kind: 'rejection' },
    ]);
  });
});
