import { stringify } from 'yaml';
import type { JsonObject } from './jsonSchema';

/**
 * YAML text of a document. Never folds long lines (stable diffs) and writes YAML 1.1
 * style quoting, so strings like "yes" or "no" from sticky names stay strings for
 * YAML 1.1 readers too.
 */
export function toYaml(doc: JsonObject): string {
  return stringify(doc, { lineWidth: 0, version: '1.1', aliasDuplicateObjects: false });
}
