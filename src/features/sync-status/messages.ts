import type { DenialReason } from '../../domain/wire/protocol.ts';
import type { SyncSummary } from '../../sync/syncStore.ts';

export const DENIAL_MESSAGES: Record<DenialReason, string> = {
  'unknown-document': 'El servidor no reconoce este documento.',
  'token-invalid': 'Su sesión ya no es válida. Cierre sesión y vuelva a ingresar para sincronizar.',
  'token-expired': 'Su sesión expiró. Vuelva a ingresar para sincronizar.',
  'not-authorized': 'No tiene acceso a este establecimiento. Sus cambios se conservan en este equipo.',
  'school-held-by-other':
    'Este establecimiento ya está asignado a otro asesor. Sus cambios se conservan en este equipo; pida acceso a su coordinador.',
  'access-revoked': 'Su acceso a este establecimiento fue retirado. Sus cambios se conservan en este equipo.',
};

/** The relay speaks another protocol version than this copy of the app (docs/spec/sync.md PV-1). */
export const OUTDATED_APP =
  'Esta versión de la aplicación ya no es compatible con el servidor: actualiza la aplicación (recargue la página) ' +
  'para seguir sincronizando. Sus cambios se conservan en este equipo.';

const plural = (n: number) => (n === 1 ? '1 cambio sin sincronizar' : `${n} cambios sin sincronizar`);

export function summaryText(s: SyncSummary): string {
  switch (s.kind) {
    case 'sin-conexion':
      return 'Sin conexión';
    case 'pendiente':
      return `Sin conexión · ${plural(s.pending)}`;
    case 'sincronizando':
      return s.pending > 0 ? `Sincronizando… · ${plural(s.pending)}` : 'Sincronizando…';
    case 'al-dia':
      return 'Al día';
    case 'rechazado':
      return s.pending > 0 ? `Sin acceso en el servidor · ${plural(s.pending)}` : 'Sin acceso en el servidor';
    default: {
      const never: never = s.kind;
      return never;
    }
  }
}
