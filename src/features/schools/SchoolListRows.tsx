// The rows of the school list: a school of the local index (its RBD, comuna, dependencia, values to
// choose and portfolio figures) or one the relay holds that has not reached this device yet.
import { memo } from 'react';
import { labelOf, DEPENDENCIAS } from '../../domain/schools/enums.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import type { SchoolIndexEntry } from '../../domain/schools/schoolIndex.ts';
import type { RelaySchool } from '../../domain/wire/protocol.ts';
import { SchoolSyncBadge } from '../sync-status/index.ts';
import { PortfolioFigures, usePortfolio } from '../portfolio/index.ts';

type Portfolio = ReturnType<typeof usePortfolio>;

/** Memoised: the list re-renders (a search, the relay's schools) without redrawing 60 unchanged rows. */
export const SchoolRow = memo(function SchoolRow({
  school: s,
  portfolio,
}: {
  school: SchoolIndexEntry;
  portfolio: Portfolio;
}) {
  return (
    <li>
      <a href={`#/escuelas/${s.schoolId}`} className="school-row">
        <strong>{s.name || `RBD ${s.schoolId}`}</strong>
        <span className="muted">
          RBD {s.dv ? formatRbd(s.rbd, s.dv) : s.rbd} · {s.comunaName} · {labelOf(DEPENDENCIAS, s.dependencia)}
        </span>
        {s.conflicts ? (
          <span className="conflict-mark" data-testid="school-conflicts">
            {s.conflicts === 1 ? '1 valor por elegir' : `${s.conflicts} valores por elegir`}
          </span>
        ) : null}
        {portfolio && <PortfolioFigures row={portfolio.get(s.schoolId)} />}
      </a>
      <SchoolSyncBadge schoolId={s.schoolId} />
    </li>
  );
});

export function ArrivingSchoolRow({ school: s }: { school: RelaySchool }) {
  return (
    <li data-testid="school-arriving" data-school={s.schoolId}>
      <a href={`#/escuelas/${s.schoolId}`} className="school-row">
        <strong>RBD {s.schoolId}</strong>
        <span className="muted">{s.stored ? 'cargando desde el servidor…' : 'aún sin ficha en el servidor'}</span>
      </a>
      <SchoolSyncBadge schoolId={s.schoolId} />
    </li>
  );
}
