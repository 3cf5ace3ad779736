// CLI-5, CLI-6: REDIS_URL as operators write it for a protected Redis — a password that needs
// percent-encoding, an ACL user, a database other than 0 — works for two relays (S-8), and an
// unusable one stops the relay at start naming the variable. Redis is a real redis-server.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelayProcess } from '../support/serverProcess.ts';
import { startScaledOutRelays, type ScaledOutRelays } from '../support/scaledOutRelays.ts';
import { NodeSyncClient, waitFor } from '../support/nodeClient.ts';
import { isRedisServerAvailable, startRedisServer, type TestRedis } from '../support/redisServer.ts';
import { isOpensslAvailable, makeLocalhostCertificate } from '../support/selfSignedCertificate.ts';

const DB = process.env.TEST_DATABASE_URL;
// Every character here would break an unencoded URL or a naive parser: @ : / # ? % and a space.
const DEFAULT_PASSWORD = 'd3f@ult:p/w#1? %x';
const RELAY_USER = 'relay@bitacora';
const RELAY_PASSWORD = 'r3l@y/p:w%20#?&=';
const DB_NUMBER = 3;

describe('CLI-5 an unusable REDIS_URL', () => {
  it('stops the relay at start with a message naming REDIS_URL, without the password', async () => {
    const relay = await RelayProcess.create({
      env: { REDIS_URL: 'redis://relay:hunter2-secret@127.0.0.1:6379/three' },
    });
    try {
      await expect(relay.start()).rejects.toThrow(
        /REDIS_URL: not a usable Redis URL: the path must be a database number/,
      );
      expect(relay.logs).not.toContain('hunter2');
    } finally {
      await relay.destroy();
    }
  });
});

describe.skipIf(!DB || !isRedisServerAvailable())(
  'CLI-6 two relays through a password-protected Redis (ACL user, db 3)',
  () => {
    let redis: TestRedis;
    let relays: ScaledOutRelays | undefined;
    const clients: NodeSyncClient[] = [];

    beforeAll(async () => {
      redis = await startRedisServer();
      await redis.admin.call('ACL', 'SETUSER', RELAY_USER, 'on', `>${RELAY_PASSWORD}`, '~*', '&*', '+@all');
      await redis.admin.call('CONFIG', 'SET', 'requirepass', DEFAULT_PASSWORD);
      const host = `127.0.0.1:${redis.port}`;
      // A through the ACL user, B through the default user's password: both on database 3.
      const viaUser = `redis://${encodeURIComponent(RELAY_USER)}:${encodeURIComponent(RELAY_PASSWORD)}@${host}/${DB_NUMBER}`;
      const viaPassword = `redis://:${encodeURIComponent(DEFAULT_PASSWORD)}@${host}/${DB_NUMBER}`;
      relays = await startScaledOutRelays(DB as string, viaUser, 'redisurl', viaPassword);
      await relays.a.addUser('ana', 'asesor', 'clave-segura-1', ['7423']);
    });

    afterAll(async () => {
      for (const c of clients) c.destroy();
      await relays?.dispose();
      await redis?.stop();
    });

    it('an unauthenticated client is refused: the server really is protected', async () => {
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(redis.port, '127.0.0.1', () => socket.write('PING\r\n'));
        socket.once('data', (data) => {
          resolve(data.toString());
          socket.destroy();
        });
        socket.once('error', reject);
      });
      expect(reply).toMatch(/^-NOAUTH/);
    });

    it('edits made through A reach B and back', async () => {
      const { a, b } = relays as ScaledOutRelays;
      const { token } = await a.login('ana', 'clave-segura-1');
      const onA = new NodeSyncClient(a.wsUrl, token);
      const onB = new NodeSyncClient(b.wsUrl, token);
      clients.push(onA, onB);
      const docA = onA.open('school:7423:profile').doc;
      const docB = onB.open('school:7423:profile').doc;
      await waitFor(() => onA.isSettled() && onB.isSettled(), 15_000, 'both synced');
      docA.getMap('profile').set('director', 'María Pérez');
      await waitFor(
        () => docB.getMap('profile').get('director') === 'María Pérez',
        10_000,
        'fan-out A → B through Redis',
      );
      docB.getText('profile.notes').insert(0, 'Desde B');
      await waitFor(
        () => docA.getText('profile.notes').toString() === 'Desde B',
        10_000,
        'fan-out B → A through Redis',
      );
    });

    it('each relay holds named connections as the URL says: user, database 3', async () => {
      const clientList = String(await redis.admin.call('CLIENT', 'LIST'));
      const relayLines = clientList.split('\n').filter((l) => /\bname=bitacora-relay-(pub|sub)\b/.test(l));
      const field = (line: string, key: string) => new RegExp(`(?:^| )${key}=(\\S*)`).exec(line)?.[1];
      expect(relayLines.map((l) => field(l, 'name')).sort()).toEqual([
        'bitacora-relay-pub',
        'bitacora-relay-pub',
        'bitacora-relay-sub',
        'bitacora-relay-sub',
      ]);
      expect(relayLines.map((l) => field(l, 'user')).sort()).toEqual(['default', 'default', RELAY_USER, RELAY_USER]);
      expect(relayLines.map((l) => field(l, 'db'))).toEqual(relayLines.map(() => String(DB_NUMBER)));
    });
  },
);

/** Connections CLIENT LIST shows with that name, each as its key=value fields. */
async function connectionsNamed(admin: TestRedis['admin'], name: string): Promise<Record<string, string>[]> {
  const lines = String(await admin.call('CLIENT', 'LIST')).split('\n');
  const fields = lines.map((l) =>
    Object.fromEntries(
      l
        .trim()
        .split(' ')
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    ),
  );
  return fields.filter((f) => f.name === name);
}

describe.skipIf(!isRedisServerAvailable() || !isOpensslAvailable())(
  'CLI-5 rediss:// connects over TLS and checks the certificate against the host name',
  () => {
    let dir: string;
    let certFile: string;
    let redis: TestRedis;
    const relays: RelayProcess[] = [];

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'bitacora-redis-tls-'));
      const certificate = await makeLocalhostCertificate(dir);
      certFile = certificate.certFile;
      redis = await startRedisServer({ tls: certificate });
      await redis.admin.call('CONFIG', 'SET', 'requirepass', DEFAULT_PASSWORD);
    });

    afterAll(async () => {
      for (const relay of relays) await relay.destroy();
      await redis?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const tlsUrl = () => `rediss://:${encodeURIComponent(DEFAULT_PASSWORD)}@localhost:${redis.port}/2`;

    it('a relay that trusts the certificate (NODE_EXTRA_CA_CERTS) connects on the TLS-only port, to database 2', async () => {
      const relay = await RelayProcess.create({ env: { REDIS_URL: tlsUrl(), NODE_EXTRA_CA_CERTS: certFile } });
      relays.push(relay);
      await relay.start();
      await waitFor(
        async () => (await connectionsNamed(redis.admin, 'bitacora-relay-sub')).length === 1,
        15_000,
        'relay connected over TLS',
      );
      const publishers = await connectionsNamed(redis.admin, 'bitacora-relay-pub');
      expect(publishers.map((c) => c.db)).toEqual(['2']);
    });

    it('a relay that does not trust it refuses the connection (the certificate is verified)', async () => {
      const relay = await RelayProcess.create({ env: { REDIS_URL: tlsUrl() } });
      relays.push(relay);
      await relay.start({ healthy: false });
      await waitFor(() => /self[- ]signed certificate/i.test(relay.logs), 15_000, 'certificate refused in the log');
      const health = await fetch(`${relay.url}/healthz`);
      expect(health.status).toBe(503);
      expect(JSON.stringify(await health.json())).toMatch(/redis/);
      expect(await connectionsNamed(redis.admin, 'bitacora-relay-pub')).toHaveLength(1); // only the first relay's
    });
  },
);
