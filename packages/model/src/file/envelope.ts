/** The `format` tag of every board file. */
export const BOARD_FILE_FORMAT = 'stormscape.board';

/** Keys of the envelope, in the order they are written. */
export const ENVELOPE_KEYS = ['format', 'version', 'board'] as const;
