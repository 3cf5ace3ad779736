// What the device keeps for the escape hatch (EX-12, EX-13) in the device-wide settings table (no
// schema change): a random id naming this device in the files it writes, and, per user, the
// relay's last list of their schools, so an import can be checked offline.
import { appDb } from '../appDb.ts';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { schoolIdSchema } from '../../domain/wire/documentNames.ts';
import { z } from 'zod';

const DEVICE_ID_KEY = 'deviceId';
const grantsKey = (userId: string) => `relaySchools:${userId}`;
const grantsSchema = z.array(schoolIdSchema);

/** This device's id, made once. */
export async function deviceId(): Promise<string> {
  const row = await appDb.settings.get(DEVICE_ID_KEY);
  if (typeof row?.value === 'string' && row.value.length > 0) return row.value;
  const id = crypto.randomUUID();
  await appDb.settings.put({ key: DEVICE_ID_KEY, value: id });
  return id;
}

/** Keeps the relay's latest list of the user's schools. */
export async function saveRelaySchools(userId: string, schools: readonly SchoolId[]): Promise<void> {
  await appDb.settings.put({ key: grantsKey(userId), value: [...schools] });
}

/** The relay's last list of the user's schools heard on this device, or null if never. */
export async function loadRelaySchools(userId: string): Promise<SchoolId[] | null> {
  const row = await appDb.settings.get(grantsKey(userId));
  if (!row) return null;
  const parsed = grantsSchema.safeParse(row.value);
  if (!parsed.success) {
    console.error(`Stored school list of ${userId} is invalid; ignoring it`);
    return null;
  }
  return parsed.data;
}
