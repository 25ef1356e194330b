// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Formatting a KRaft log dir costs a JVM start (5–15 s on a busy machine). The result depends
// only on the Kafka version and the broker settings, not on ports or paths, so we format once
// per machine into the cache and copy it for every broker. All brokers formatted from one
// template share its cluster id; each is its own one-node cluster, so that is harmless.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runToCompletion } from '../process/waitFor';
import { publishCacheDir } from './publishCacheDir';
import { jvmArgs, randomClusterId, writeBrokerConfig } from './kafkaConfig';

export interface FormatRequest {
  libs: string;
  java: string;
  /** The cache dir of this Kafka version (the parent of `libs`). */
  versionDir: string;
  settings: Record<string, string>;
  timeoutMs: number;
}

const inFlight = new Map<string, Promise<string>>();

/** A formatted log dir to copy for a broker with these settings (cached; safe concurrently). */
export function formattedLogDir(request: FormatRequest): Promise<string> {
  const sorted = Object.entries(request.settings).sort(([a], [b]) => a.localeCompare(b));
  const hash = createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 12);
  const finalDir = join(request.versionDir, `formatted-${hash}`);
  let pending = inFlight.get(finalDir);
  if (!pending) {
    pending = format(request, finalDir);
    inFlight.set(finalDir, pending);
    pending.catch(() => inFlight.delete(finalDir));
  }
  return pending;
}

async function format(request: FormatRequest, finalDir: string): Promise<string> {
  const data = join(finalDir, 'data');
  if (existsSync(join(finalDir, 'complete'))) return data;
  mkdirSync(request.versionDir, { recursive: true });
  const staging = mkdtempSync(`${finalDir}.staging-`);
  try {
    // Ports only have to parse: formatting binds nothing.
    const properties = writeBrokerConfig(staging, 9092, 9093, request.settings);
    await runToCompletion(
      {
        name: 'Kafka storage format',
        command: request.java,
        args: [...jvmArgs(request.libs, staging), 'kafka.tools.StorageTool', 'format', '-t', randomClusterId(), '-c', properties],
        cwd: staging,
        logFile: join(staging, 'format.log'),
        tempDir: staging,
      },
      request.timeoutMs,
    );
    publishCacheDir(staging, finalDir);
    return data;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
