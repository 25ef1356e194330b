/**
 * Version 1, `InitialStorm`: the first saved boards. A board had `name`, `goals`
 * (id, kind, text, keyResults), `stickies` (id, kind, text, position, size, laneId; no
 * description, fields or kind-specific flags), `links` (id, kind, from, to, label),
 * `contexts` (id, name, position, size, memberIds; no colour or canvas) and `swimlanes`.
 * There is no migration *to* version 1; it is where the history starts.
 */
export const INITIAL_VERSION = { version: 1, name: 'InitialStorm' } as const;
