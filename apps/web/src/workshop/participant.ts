import { newId } from '@stormscape/model/yjs';

const KEY = 'stormscape.participantId';

/**
 * This browser's stable participant id (votes, silent writing, facilitator role). Not
 * the Yjs client id, which changes on every reload.
 */
export function participantId(): string {
  const stored = localStorage.getItem(KEY);
  if (stored && /^[A-Za-z0-9_-]{6,64}$/.test(stored)) return stored;
  const id = newId();
  localStorage.setItem(KEY, id);
  return id;
}
