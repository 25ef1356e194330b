import { codeNameOf } from '@stormscape/model';
import type { Named } from '@stormscape/model';
import { DraftInput } from './DraftInput';
import { codeNameIssue } from './edits';
import './decisions.css';

interface Props {
  item: Named;
  readOnly: boolean;
  /** Saves a code name, or `null` to go back to the derived one. */
  onChange: (codeName: string | null) => void;
}

/**
 * The code name generated code uses for a sticky or context. Empty shows the derived one
 * (`codeNameOf` without a set value) as placeholder; a set value must pass the model's rule.
 */
export function CodeNameField({ item, readOnly, onChange }: Props) {
  const derived = codeNameOf({ ...item, codeName: undefined });
  return (
    <div className="stacked">
      <span aria-hidden="true">Code name</span>
      <DraftInput
        label="Code name"
        value={item.codeName ?? ''}
        placeholder={derived}
        readOnly={readOnly}
        issue={codeNameIssue}
        commit={(text) => onChange(text === '' ? null : text)}
      />
      <span className="muted">{item.codeName === undefined ? `Derived from the name: ${derived}` : `Set by hand (derived would be ${derived})`}</span>
    </div>
  );
}
