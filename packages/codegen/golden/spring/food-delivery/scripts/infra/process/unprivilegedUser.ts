// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// PostgreSQL refuses to run as root ("root execution of the PostgreSQL server is not
// permitted"), and CI runs as root. Node's spawn can switch uid/gid itself (no runuser,
// setpriv or sudo needed), so as root we run such servers as the `nobody` account.
import { readFileSync } from 'node:fs';

export interface UnixUser {
  name: string;
  uid: number;
  gid: number;
}

/** `nobody` (or `name`) from /etc/passwd; undefined when it does not exist. */
export function lookUpUser(name = 'nobody'): UnixUser | undefined {
  let passwd: string;
  try {
    passwd = readFileSync('/etc/passwd', 'utf8');
  } catch {
    return undefined;
  }
  for (const line of passwd.split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && uid !== undefined && gid !== undefined) return { name, uid: Number(uid), gid: Number(gid) };
  }
  return undefined;
}

/**
 * The account to run a root-shy server as: undefined when we are not root (run as ourselves),
 * `nobody` when we are. Throws with what to do when we are root and there is no such account.
 */
export function userForRootShyServer(serverName: string): UnixUser | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const nobody = lookUpUser('nobody');
  if (nobody === undefined) {
    throw new Error(
      `${serverName} cannot run as root and there is no "nobody" account in /etc/passwd to run it as. ` +
        'Run the tests as an ordinary user, or create the account (useradd --system nobody).',
    );
  }
  return nobody;
}
