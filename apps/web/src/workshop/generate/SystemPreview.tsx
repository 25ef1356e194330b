import { useState } from 'react';
import type { GenerationResult } from './runGeneration';

type Done = Extract<GenerationResult, { ok: true }>;

/** The system-level files worth reading before downloading: what the gateway routes and how it deploys. */
export function systemPreviewPaths(rootPaths: readonly string[]): string[] {
  const first = ['gateway/src/generated/routes.ts', 'deploy/docker-compose.yml', 'deploy/k8s/kustomization.yaml'];
  const k8s = rootPaths.filter((p) => p.startsWith('deploy/k8s/') && !first.includes(p));
  const rest = ['deploy/manifest.yml', '.github/workflows/ci.yml', 'README.md'];
  return [...first, ...k8s, ...rest].filter((p, i, all) => rootPaths.includes(p) && all.indexOf(p) === i);
}

/** The generated system around the services: gateway routes, Compose, Kubernetes, Cloud Foundry, CI; one file at a time. */
export function SystemPreview({ result }: { result: Done }) {
  const paths = systemPreviewPaths(result.rootPaths);
  const [picked, setPicked] = useState<string | null>(null);
  const path = picked !== null && paths.includes(picked) ? picked : paths[0];
  if (path === undefined) return null;
  const text = result.files.find(([p]) => p === path)?.[1] ?? '';
  return (
    <div className="gen-spec" data-testid="system-preview">
      <div className="gen-spec-bar">
        <label className="ws-inline">
          System file
          <select value={path} onChange={(e) => setPicked(e.target.value)}>
            {paths.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Focusable so the scrolling code can be read with the keyboard. */}
      <pre className="gen-code" tabIndex={0} aria-label={path} data-testid="system-file" data-path={path}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
