// Wire vocabulary shared by app and relay: protocol version, HTTP payloads, denial reasons.
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
export const WS_PATH = '/sync';
/** Largest WebSocket frame the relay accepts; larger frames close the socket (1009). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

export const ROLES = ['admin', 'coordinador', 'asesor', 'escuela'] as const;
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
export type LoginRequest = z.infer<typeof loginRequestSchema>;

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
