// Hard stops for a RelayProcess. RelayProcess runs the relay through the `tsx` CLI, which starts
// the real server as a child process of its own: SIGKILL on the process RelayProcess holds
// (`relay.kill()`, `relay.destroy()`) kills only the tsx wrapper and leaves the server running as
// an orphan, still answering on the port and still holding its in-memory state. These helpers
// SIGKILL the whole process tree (Linux /proc), so "kill -9 the relay" really is one.
import { readdir, readFile } from 'node:fs/promises';
import type { RelayProcess } from './serverProcess.ts';

/** Every descendant of `pid` (children first, then theirs), read from /proc. */
export async function descendantsOf(pid: number): Promise<number[]> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // pid (comm) state ppid …; comm may contain spaces and parentheses: parse after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = parents.get(ppid) ?? [];
    list.push(Number(entry));
    parents.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    for (const child of parents.get(next) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

async function waitGone(pids: number[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter((p) => {
      try {
        process.kill(p, 0);
        return true;
      } catch {
        return false;
      }
    });
    if (alive.length === 0) return;
    if (Date.now() > deadline) throw new Error(`processes still alive after SIGKILL: ${alive.join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** SIGKILL the relay server itself (and its tsx wrapper): nothing of its shutdown code runs. */
export async function killRelayHard(relay: RelayProcess): Promise<void> {
  const pid = relay.child?.pid;
  if (pid === undefined) return;
  const tree = await descendantsOf(pid);
  for (const p of tree) {
    try {
      process.kill(p, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await relay.kill();
  await waitGone(tree);
}

/** For afterAll: kill the whole relay tree, then let RelayProcess remove its data directory. */
export async function disposeRelay(relay: RelayProcess | undefined): Promise<void> {
  if (!relay) return;
  await killRelayHard(relay);
  await relay.destroy();
}

function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const p of pids) {
    try {
      process.kill(p, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * SIGSTOP the relay's whole process tree: its sockets stay open (the kernel still accepts
 * connections) but nothing answers — a frozen server, or a network that silently drops
 * everything. Resolves to the function that resumes it (SIGCONT).
 */
export async function freezeRelay(relay: RelayProcess): Promise<() => void> {
  const pid = relay.child?.pid;
  if (pid === undefined) throw new Error('relay not running');
  const tree = [pid, ...(await descendantsOf(pid))];
  signalAll(tree, 'SIGSTOP');
  return () => signalAll(tree, 'SIGCONT');
}
