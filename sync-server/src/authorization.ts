// Hocuspocus hook that authorizes every document of every connection: the token must be valid
// and the user must have access to the document's school (access.ts). A refusal carries a
// DenialReason that the app turns into a Spanish sentence. The token is the document's own or, for
// an empty one, the one its socket sent first (socketSession.ts, CU-1): authorized the same way.
// A document the role may read but not change (a sostenedor's, A-10) opens read-only: Hocuspocus
// tells the client (scope `readonly`) and applies none of its writes; persistence.ts stores none.
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { authorizeDocument } from './access.ts';
import type { TokenService } from './auth/tokens.ts';
import type { SchoolDirectory } from './directoryLookup.ts';
import type { Logger } from './log.ts';
import type { AccountStore } from './storage/types.ts';
import type { SocketSessions } from './socketSession.ts';

export function authorizationExtension(deps: {
  storage: AccountStore;
  directory: SchoolDirectory;
  tokens: TokenService;
  log: Logger;
  now: () => number;
  sessions: SocketSessions;
}): Extension {
  return {
    extensionName: 'bitacora-authorization',
    async onAuthenticate({ token, documentName, request, connectionConfig }: onAuthenticatePayload) {
      const socketToken = deps.sessions.tokenFor(request, token);
      const result =
        socketToken === undefined
          ? ({ ok: false, reason: 'token-invalid' } as const)
          : await authorizeDocument(
              { accounts: deps.storage, directory: deps.directory, tokens: deps.tokens },
              socketToken,
              documentName,
              deps.now(),
            );
      if (!result.ok) {
        deps.log.info('document refused', { documentName: documentName.slice(0, 80), reason: result.reason });
        throw Object.assign(new Error(`document refused: ${result.reason}`), { reason: result.reason });
      }
      connectionConfig.readOnly = result.readOnly;
      // role, tokenVersion and schoolId let revocation.ts re-check this connection later.
      return {
        userId: result.user.id,
        role: result.user.role,
        schoolId: result.schoolId,
        tokenVersion: result.user.tokenVersion,
      };
    },
  };
}
