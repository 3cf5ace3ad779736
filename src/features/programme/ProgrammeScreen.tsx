// The school's advisory programme: the asesoría (hours, months, team), the monthly plan against
// what was held, the deliverables and the session records.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { formatIsoDate, localIsoDate } from '../../domain/shared/localDates.ts';
import {
  SESSION_TYPES,
  formatMinutes,
  overdueAgreements,
  sessionMinutes,
  programmeMonthOf,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft } from '../../data/docs/programme/index.ts';
import { HoursPanel } from './HoursPanel.tsx';
import { DeliverablesSection } from './DeliverablesSection.tsx';
import { MonthPlanTable } from './MonthPlanTable.tsx';
import { NewSessionForm } from './NewSessionForm.tsx';
import { OpenEngagementForm } from './OpenEngagementForm.tsx';
import { TeamSection } from './TeamSection.tsx';
import { HoursReportButton } from './HoursReportButton.tsx';
import { EngagementSettings } from './EngagementSettings.tsx';
import { useProgramme } from './useProgramme.ts';
import { useDeliverableEvidence } from './useDeliverableEvidence.ts';
import './programme.css';
import { useView } from '../session/index.ts';
import { ConflictPanel } from '../conflicts/index.ts';

const NO_PRODUCED = {};
const typeLabel = (code: string) => SESSION_TYPES.find((t) => t.code === code)?.label ?? code;

// Longer than 60 lines: the screen lays out its sections; each section is its own component.
// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function ProgrammeScreen({ schoolId }: { schoolId: SchoolId }) {
  const programme = useProgramme(schoolId);
  const calendar = useView(programme?.views.engagement);
  const list = useView(programme?.views.sessions);
  const deliverables = useView(programme?.views.deliverables);
  const team = useView(programme?.views.team);
  const evidence = useDeliverableEvidence(schoolId, deliverables?.produced ?? NO_PRODUCED);
  if (!programme || !calendar || !list || !deliverables || !team) return <p className="muted">Abriendo…</p>;
  const today = localIsoDate();
  const { engagement, plan } = calendar;
  const { sessions } = list;
  return (
    <section className="card programme">
      <ConflictPanel schoolId={schoolId} kinds={['programme']} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>Asesoría</h1>
      {!engagement || plan.length === 0 ? (
        <>
          <p className="muted">
            Abra la asesoría de este establecimiento: el calendario de 8 meses se arma desde el programa estándar y se
            puede ajustar.
          </p>
          <OpenEngagementForm programme={programme} />
        </>
      ) : (
        <>
          <HoursPanel
            hoursContracted={engagement.hoursContracted}
            sessions={sessions}
            today={today}
            position={programmeMonthOf(plan, today)}
            months={plan.length}
          />
          <h3>Sesiones</h3>
          <ul className="sessions" data-testid="sessions">
            {sessions.map((s) => (
              <li key={s.id}>
                <a href={`#/escuelas/${schoolId}/asesoria/sesion/${s.id}`}>
                  {formatIsoDate(s.date)} · {s.startTime}–{s.endTime} · {typeLabel(s.type)} · mes {s.programmeMonth}
                </a>
                <span className="muted">
                  {' '}
                  · {formatMinutes(sessionMinutes(s))} · {s.participants.filter((p) => p.present).length} presentes ·{' '}
                  {s.agreements.length} acuerdos
                </span>
              </li>
            ))}
          </ul>
          <NewSessionForm programme={programme} schoolId={schoolId} plan={plan} />
          <OverdueList sessions={sessions} today={today} />
          <h3>Calendario del programa</h3>
          <EngagementSettings programme={programme} engagement={engagement} />
          <MonthPlanTable programme={programme} plan={plan} sessions={sessions} today={today} />
          <HoursReportButton schoolId={schoolId} engagement={engagement} plan={plan} sessions={sessions} />
          <DeliverablesSection
            programme={programme}
            schoolId={schoolId}
            plan={plan}
            states={deliverables.deliverables}
            evidence={evidence}
            today={today}
          />
          <TeamSection programme={programme} team={team} />
          <DeletedSessions programme={programme} deleted={list.deletedSessions} />
        </>
      )}
    </section>
  );
}

function DeletedSessions({ programme, deleted }: { programme: ProgrammeHandle; deleted: SessionDraft[] }) {
  if (deleted.length === 0) return null;
  return (
    <section>
      <h3>Sesiones eliminadas</h3>
      <ul>
        {deleted.map((s) => (
          <li key={s.id}>
            {formatIsoDate(s.date)} · {typeLabel(s.type)}{' '}
            <button type="button" className="link" onClick={() => programme.sessions.restore(s.id)}>
              Restaurar
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OverdueList({ sessions, today }: { sessions: Parameters<typeof overdueAgreements>[0]; today: string }) {
  const overdue = overdueAgreements(sessions, today);
  if (overdue.length === 0) return null;
  return (
    <div className="banner warning" data-testid="overdue-agreements">
      <strong>Acuerdos vencidos</strong>
      <ul>
        {overdue.map(({ agreement: a }) => (
          <li key={a.id}>
            {a.text} · {a.responsible} · vencía el {formatIsoDate(a.dueDate)}
          </li>
        ))}
      </ul>
    </div>
  );
}
