import { emptyCanvas } from '../schema/BoundedContext';
import type { Migration } from './Migration';
import { mapRecords, withDefault } from './Migration';

/**
 * Frame colour this migration gives contexts drawn before contexts had one (a neutral
 * grey). Deliberately not `DEFAULT_CONTEXT_COLOUR`: a migration's output is frozen, so
 * an old file opens the same whatever new contexts get today.
 */
export const V2_CONTEXT_COLOUR = '#9E9E9E';

/**
 * Version 2, `AddFieldsAndCanvas`: stickies gain a `description`; data fields, policy
 * mode and the event/hotspot flags become possible but stay optional, so nothing is
 * invented for old stickies. Contexts gain a frame `colour` and the Bounded Context
 * Canvas, empty.
 */
export const addFieldsAndCanvas: Migration = {
  version: 2,
  name: 'AddFieldsAndCanvas',
  up(board) {
    const withDescriptions = mapRecords(board, 'stickies', (sticky) => withDefault(sticky, 'description', () => ''));
    return mapRecords(withDescriptions, 'contexts', (context) =>
      withDefault(withDefault(context, 'colour', () => V2_CONTEXT_COLOUR), 'canvas', emptyCanvas),
    );
  },
};
