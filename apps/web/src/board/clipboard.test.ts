import { describe, expect, it } from 'vitest';
import { decodeClipboard, encodeClipboard } from './clipboard';

const sticky = { id: 's1', kind: 'event' as const, text: 'Order Placed', description: '', position: { x: 1, y: 2 }, size: { width: 160, height: 100 }, laneId: null };

describe('clipboard', () => {
  it('round-trips stickies and links', () => {
    const text = encodeClipboard([sticky], [{ id: 'l1', kind: 'precedes', from: 's1', to: 's1', label: '' }]);
    expect(decodeClipboard(text)?.stickies).toEqual([sticky]);
    expect(decodeClipboard(text)?.links).toHaveLength(1);
  });

  it('ignores other clipboard content and drops invalid records', () => {
    expect(decodeClipboard('hello')).toBeNull();
    expect(decodeClipboard('{"format":"something-else","stickies":[]}')).toBeNull();
    const payload = JSON.stringify({ format: 'stormscape.clipboard', version: 1, stickies: [sticky, { ...sticky, kind: 'spaceship' }], links: 'nope' });
    expect(decodeClipboard(payload)?.stickies).toEqual([sticky]);
    expect(decodeClipboard(payload)?.links).toEqual([]);
  });
});
