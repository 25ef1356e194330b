import { useId, useState } from 'react';

interface Props {
  label: string;
  /** Text of the button, e.g. "Add state". */
  button: string;
  placeholder?: string;
  issue: (text: string) => string | null;
  add: (text: string) => void;
}

/** A text box and an Add button (Enter adds too); a refused value stays with its reason. */
export function AddItem({ label, button, placeholder, issue, add }: Props) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const errorId = useId();
  const problem = tried ? issue(text) : null;
  const submit = () => {
    setTried(true);
    if (issue(text) !== null) return;
    add(text);
    setText('');
    setTried(false);
  };
  return (
    <div className="list-row">
      <input
        aria-label={label}
        placeholder={placeholder}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="button" onClick={submit}>
        {button}
      </button>
      {problem !== null && (
        <span id={errorId} role="alert" className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}
