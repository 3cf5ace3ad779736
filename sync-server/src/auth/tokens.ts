// Bearer tokens that survive weeks of offline use: `v1.<payload b64url>.<HMAC-SHA256 b64url>`.
// The payload names the user and a token version; bumping the user's tokenVersion revokes them.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.object({
  sub: z.string().min(1),
  ver: z.number().int().min(0),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type TokenPayload = z.infer<typeof payloadSchema>;

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: 'token-invalid' | 'token-expired' };

const b64url = (b: Buffer) => b.toString('base64url');

export function createTokenService(secret: string, ttlMs: number) {
  const sign = (body: string) => b64url(createHmac('sha256', secret).update(body).digest());
  return {
    issue(userId: string, tokenVersion: number, now: number): { token: string; expiresAt: number } {
      const payload: TokenPayload = { sub: userId, ver: tokenVersion, iat: now, exp: now + ttlMs };
      const body = `v1.${b64url(Buffer.from(JSON.stringify(payload)))}`;
      return { token: `${body}.${sign(body)}`, expiresAt: payload.exp };
    },
    verify(token: string, now: number): TokenCheck {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== 'v1' || token.length > 2048) return { ok: false, reason: 'token-invalid' };
      const body = `${parts[0]}.${parts[1]}`;
      const given = Buffer.from(parts[2] ?? '', 'base64url');
      const expected = Buffer.from(sign(body), 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'token-invalid' };
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'token-invalid' };
      }
      const parsed = payloadSchema.safeParse(json);
      if (!parsed.success) return { ok: false, reason: 'token-invalid' };
      if (parsed.data.exp <= now) return { ok: false, reason: 'token-expired' };
      return { ok: true, payload: parsed.data };
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;
