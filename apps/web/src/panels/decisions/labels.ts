import type { FieldSource, OutcomeKind, Sticky } from '@stormscape/model';

/** Readable names of the decisions' values (no raw enum values on screen). */
export const OUTCOME_LABELS: Readonly<Record<OutcomeKind, string>> = { success: 'Success', rejection: 'Rejection' };

export const SOURCE_LABELS: Readonly<Record<FieldSource['kind'], string>> = {
  eventField: 'Field of the triggering event',
  constant: 'Constant value',
  readModel: 'Looked up in a read model',
  unmapped: 'Unmapped (no value yet)',
};

export const SCHEDULE_LABELS = { none: 'No schedule', cron: 'Cron expression', after: 'A duration after an event' } as const;

/** How a sticky is named in lists: its text, or a stand-in when empty. */
export const stickyName = (s: Pick<Sticky, 'text'> | undefined): string => (s ? s.text.trim() || '(unnamed)' : '(deleted)');
