// Installs the Debian packages the tests need when they are missing: chromium (e2e), and for
// @stormscape/testinfra's real servers postgresql, redis-server, and Java + Maven (Apache Kafka
// comes from Maven Central), strace (collab-server's fsync-order test). We run as root on CI; elsewhere we say exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** The server binary of any PostgreSQL major version Debian installed (15 on bookworm). */
function hasPostgresServer() {
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/postgres`));
}

/** Debian package name -> a file whose presence shows it is installed, or a check. */
const REQUIRED = {
  chromium: '/usr/bin/chromium',
  postgresql: hasPostgresServer,
  'redis-server': '/usr/bin/redis-server',
  'default-jre-headless': '/usr/bin/java',
  maven: '/usr/bin/mvn',
  // apps/collab-server/test/fsync.test.ts records the server's syscalls to check the fsync order.
  strace: '/usr/bin/strace',
};

export function ensureSystemPackages(required = REQUIRED) {
  const missing = Object.entries(required)
    .filter(([, probe]) => (typeof probe === 'function' ? !probe() : !existsSync(probe)))
    .map(([name]) => name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `The tests need these Debian packages: ${missing.join(', ')}.\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get (needed by the tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  } catch {
    console.error(`apt-get could not install ${missing.join(', ')}; install them by hand and run the tests again.`);
    process.exit(1);
  }
}
