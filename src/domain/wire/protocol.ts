// Wire vocabulary shared by app and relay: protocol version, HTTP payloads, denial reasons.
import { z } from 'zod';
import { schoolIdSchema } from './documentNames.ts';

/**
 * The version of this vocabulary. The app sends it on every API call (PROTOCOL_HEADER) and when it
 * opens the sync socket (query parameter PROTOCOL_PARAM); the relay refuses any other version
 * (API: 426 with PROTOCOL_OUTDATED; socket: closed with OUTDATED_CLOSE_CODE) and the app asks the
 * person to update it (PV-1). Bump it when app and relay stop understanding each other.
 */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-bitacora-protocol';
export const PROTOCOL_PARAM = 'v';
export const PROTOCOL_OUTDATED = 'protocol-outdated';
export const OUTDATED_CLOSE_CODE = 4426;

/**
 * Whether the relay speaks the version a client sent. Clients built before the version was sent
 * send none and speak version 1, so a missing version is accepted only while that is current.
 */
export function protocolAccepted(sent: string | null | undefined): boolean {
  return sent === null || sent === undefined ? PROTOCOL_VERSION === 1 : sent === String(PROTOCOL_VERSION);
}
export const WS_PATH = '/sync';
/** Largest WebSocket frame the relay accepts; larger frames close the socket (1009). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/** sostenedor: reads every school of one sostenedor (by RUT or granted), writes only its review document. */
export const ROLES = ['admin', 'coordinador', 'asesor', 'escuela', 'sostenedor'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Why the relay refused a document. Sent as the permission-denied reason; the UI maps it to Spanish. */
export const DENIAL_REASONS = [
  'unknown-document',
  'token-invalid',
  'token-expired',
  'not-authorized',
  'school-held-by-other',
  /** Sent when the relay closes an open document because the user's access was withdrawn. */
  'access-revoked',
] as const;
export const denialReasonSchema = z.enum(DENIAL_REASONS);
export type DenialReason = z.infer<typeof denialReasonSchema>;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const sessionUserSchema = z.object({
  id: z.string().min(1),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.number().int(),
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** GET /api/me: who the token belongs to and which schools the relay will sync for them. */
export const meResponseSchema = z.object({
  user: sessionUserSchema,
  schools: z.array(z.string()),
  allSchools: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const apiErrorSchema = z.object({ error: z.string() });

/**
 * Durability checkpoint, sent as a Hocuspocus stateless message on a document: the client sends
 * its state vector; the relay answers whether its stored document covers it. The app shows
 * "al día" only after a covering answer.
 */
export const checkpointRequestSchema = z.object({
  type: z.literal('checkpoint'),
  id: z.number().int().min(0),
  sv: z.string().max(200_000),
});
export type CheckpointRequest = z.infer<typeof checkpointRequestSchema>;

export const checkpointReplySchema = z.object({
  type: z.literal('checkpoint-ack'),
  id: z.number().int().min(0),
  covered: z.boolean(),
});
export type CheckpointReply = z.infer<typeof checkpointReplySchema>;

/**
 * Liveness probe on the sync socket (docs/spec/sync.md S-22): while the socket is open the app
 * sends this one-byte frame about every half second and the relay answers LIVENESS_PONG at once,
 * without handing either to Hocuspocus. They are Hocuspocus' connection-level Ping and Pong
 * message types, which carry no document name, so they can never be mistaken for a document frame.
 */
export const LIVENESS_PING = 9;
export const LIVENESS_PONG = 10;

/** GET /api/schools: the schools the relay grants the token's user (docs/spec/access.md A-7). */
export const SCHOOLS_PATH = '/api/schools';

export const relaySchoolSchema = z.object({
  schoolId: schoolIdSchema,
  /** The relay stores a profile document for it (its name and RBD come with that document). */
  stored: z.boolean(),
});
export type RelaySchool = z.infer<typeof relaySchoolSchema>;

export const schoolsResponseSchema = z.object({ schools: z.array(relaySchoolSchema).max(100_000) });
export type SchoolsResponse = z.infer<typeof schoolsResponseSchema>;
/** What the relay writes (plain strings; the app reads them back as SchoolIds). */
export type SchoolsResponseBody = z.input<typeof schoolsResponseSchema>;

/**
 * GET /api/schools/<rbd>: whether the relay holds that school and whether the token's user may
 * read it. `readable`: opening it syncs the relay's copy; `claimable`: nobody holds it, an asesor
 * who opens it is granted it; otherwise the reason opening it would be refused.
 */
export const SCHOOL_ACCESS = ['readable', 'claimable', 'school-held-by-other', 'not-authorized'] as const;
export const schoolAccessSchema = z.enum(SCHOOL_ACCESS);
export type SchoolAccess = z.infer<typeof schoolAccessSchema>;

export const schoolLookupSchema = z.object({
  schoolId: schoolIdSchema,
  stored: z.boolean(),
  access: schoolAccessSchema,
});
export type SchoolLookup = z.infer<typeof schoolLookupSchema>;
export type SchoolLookupBody = z.input<typeof schoolLookupSchema>;
