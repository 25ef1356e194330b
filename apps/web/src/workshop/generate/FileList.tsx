/** The files generation writes for one context (or the project root), create-once ones marked. */
export function FileList({ label, paths, createOnce }: { label: string; paths: readonly string[]; createOnce: ReadonlySet<string> }) {
  const kept = paths.filter((p) => createOnce.has(p)).length;
  return (
    <details className="gen-files">
      <summary>
        {label}: {paths.length} file{paths.length === 1 ? '' : 's'}
        {kept > 0 && <span className="muted"> ({kept} yours to edit)</span>}
      </summary>
      <ul aria-label={label} data-testid="generated-files">
        {paths.map((p) => (
          <li key={p}>
            <code>{p}</code>
            {createOnce.has(p) && (
              <span className="gen-badge" title="Created once: regenerating with the CLI never overwrites it">
                yours after first generation
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
