// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Apache Kafka has no Debian package, but its jars are on Maven Central. We resolve
// org.apache.kafka:kafka_2.13 with its runtime dependencies once, with Maven, into a cache
// dir shared by every test run on the machine; later runs start from the cache in no time.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runToCompletion } from '../process/waitFor';
import { publishCacheDir } from './publishCacheDir';

/** Kafka 4.1 (KRaft only, Java 17). */
export const DEFAULT_KAFKA_VERSION = '4.1.1';
/** Kafka 4.1's log4j2; the SLF4J 1.x bridge to it is the one jar Kafka's POM leaves to the distribution. */
const LOG4J_VERSION = '2.24.3';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export interface KafkaRuntimeOptions {
  /** Kafka version on Maven Central; default DEFAULT_KAFKA_VERSION. */
  version?: string;
  /** Default: $STORMSCAPE_CACHE_DIR, else $XDG_CACHE_HOME/stormscape, else ~/.cache/stormscape. */
  cacheDir?: string;
  /** Bound on the first, downloading resolution; default 10 min. */
  resolveTimeoutMs?: number;
}

export function defaultCacheDir(): string {
  return (
    process.env.STORMSCAPE_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'stormscape')
  );
}

function pom(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>stormscape.testinfra</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>${version}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>${LOG4J_VERSION}</version></dependency>
  </dependencies>
</project>
`;
}

const inFlight = new Map<string, Promise<string>>();

/**
 * The directory of Kafka's jars (a `-cp dir/*` classpath), resolving them with Maven the
 * first time. Safe to call concurrently, in one process or several: each resolution goes to
 * its own staging dir that is renamed into place when complete.
 */
export function ensureKafkaRuntime(options: KafkaRuntimeOptions = {}): Promise<string> {
  const version = options.version ?? DEFAULT_KAFKA_VERSION;
  const root = options.cacheDir ?? defaultCacheDir();
  const key = `${root}|${version}`;
  let pending = inFlight.get(key);
  if (!pending) {
    pending = resolve(root, version, options.resolveTimeoutMs ?? 600_000);
    inFlight.set(key, pending);
    pending.catch(() => inFlight.delete(key));
  }
  return pending;
}

async function resolve(root: string, version: string, timeoutMs: number): Promise<string> {
  const finalDir = join(root, `kafka-${version}`);
  const libs = join(finalDir, 'libs');
  if (existsSync(join(finalDir, 'complete'))) return libs;
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, `kafka-${version}.staging-`));
  try {
    writeFileSync(join(staging, 'pom.xml'), pom(version));
    await runToCompletion(
      {
        name: `Maven (resolving Apache Kafka ${version} from Maven Central; needs Java 17+ and Maven: apt-get install maven openjdk-17-jre-headless)`,
        command: 'mvn',
        args: [
          '-B',
          '-q',
          '-f',
          join(staging, 'pom.xml'),
          `${DEPENDENCY_PLUGIN}:copy-dependencies`,
          `-DoutputDirectory=${join(staging, 'libs')}`,
          '-DincludeScope=runtime',
        ],
        cwd: staging,
        logFile: join(staging, 'maven.log'),
        tempDir: staging,
      },
      timeoutMs,
    );
    publishCacheDir(staging, finalDir);
    return libs;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
