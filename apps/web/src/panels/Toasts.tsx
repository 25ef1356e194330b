import { useEffect } from 'react';
import { useRuntime, useUi } from '../board/BoardRuntime';

/** One message at a time (e.g. why a link is not allowed), read out by screen readers. */
export function Toasts() {
  const { ui } = useRuntime();
  const toast = useUi((s) => s.toast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => ui.setState((s) => (s.toast?.id === toast.id ? { toast: null } : s)), 6000);
    return () => clearTimeout(timer);
  }, [toast, ui]);
  return (
    <div className="toasts" aria-live="assertive">
      {toast && (
        <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
          {toast.text}
          <button type="button" aria-label="Dismiss message" onClick={() => ui.setState({ toast: null })}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
