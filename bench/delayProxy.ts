// A loopback TCP proxy that delays every chunk by `oneWayMs` in each direction, so the number of
// sequential round trips on a critical path can be read off the added wall time.
// It runs on its own thread: in the bench's thread its timers fired late whenever the client under
// test was busy (building its first flight, handling the relay's answers), which a real link never
// does, and that lateness was counted as round trips. The TCP handshake to the proxy is not delayed
// (the client connects to loopback): a real link adds one more round trip before the upgrade.
import { Worker } from 'node:worker_threads';

/** Plain JavaScript, evaluated in the worker (no TypeScript loader there). */
const PROXY_SOURCE = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { targetPort, oneWayMs } = workerData;
const sockets = new Set();
const server = net.createServer((client) => {
  const upstream = net.connect(targetPort, '127.0.0.1');
  sockets.add(client).add(upstream);
  const pipe = (from, to) => {
    from.on('data', (chunk) => setTimeout(() => to.writable && to.write(chunk), oneWayMs));
    from.on('end', () => setTimeout(() => to.end(), oneWayMs));
    from.on('error', () => to.destroy());
    from.on('close', () => sockets.delete(from));
  };
  pipe(client, upstream);
  pipe(upstream, client);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', () => {
  for (const s of sockets) s.destroy();
  server.close(() => parentPort.close());
});
`;

export async function startDelayProxy(
  targetPort: number,
  oneWayMs: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const worker = new Worker(PROXY_SOURCE, { eval: true, workerData: { targetPort, oneWayMs } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (message: { port: number }) => resolve(message.port));
    worker.once('error', reject);
  });
  return {
    port,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
      await worker.terminate();
    },
  };
}
