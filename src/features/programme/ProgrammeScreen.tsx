// The school's advisory programme: the asesoría (hours, months, team), the monthly plan against
// what was held, the deliverables and the session records.
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import { localIsoDate } from '../../domain/shared/localDates.ts';
import {
  programmeMonthOf,
  type DeliverableEvidenceMap,
  type DeliverableStates,
  type MonthPlan,
  type TeamMember,
} from '../../domain/programme/index.ts';
import type { ProgrammeHandle, SessionDraft, StoredEngagement } from '../../data/docs/programme/index.ts';
import { HoursPanel } from './HoursPanel.tsx';
import { DeliverablesSection } from './DeliverablesSection.tsx';
import { MonthPlanTable } from './MonthPlanTable.tsx';
import { NewSessionForm } from './NewSessionForm.tsx';
import { OpenEngagementForm } from './OpenEngagementForm.tsx';
import { TeamSection } from './TeamSection.tsx';
import { HoursReportButton } from './HoursReportButton.tsx';
import { EngagementSettings } from './EngagementSettings.tsx';
import { OverdueAgreements } from './OverdueAgreements.tsx';
import { DeletedSessions, SessionList } from './SessionList.tsx';
import { useProgramme } from './useProgramme.ts';
import { useDeliverableEvidence } from './useDeliverableEvidence.ts';
import './programme.css';
import { useView } from '../session/index.ts';
import { ConflictPanel } from '../conflicts/index.ts';
import { EditableArea } from '../screenShell/index.ts';

const NO_PRODUCED = {};

export function ProgrammeScreen({ schoolId }: { schoolId: SchoolId }) {
  const programme = useProgramme(schoolId);
  const calendar = useView(programme?.views.engagement);
  const list = useView(programme?.views.sessions);
  const deliverables = useView(programme?.views.deliverables);
  const team = useView(programme?.views.team);
  const evidence = useDeliverableEvidence(schoolId, deliverables?.produced ?? NO_PRODUCED);
  if (!programme || !calendar || !list || !deliverables || !team) return <p className="muted">Abriendo…</p>;
  const { engagement, plan } = calendar;
  return (
    <section className="card programme">
      <ConflictPanel schoolId={schoolId} kinds={['programme']} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>Asesoría</h1>
      <EditableArea kind="programme">
        {!engagement || plan.length === 0 ? (
          <>
            <p className="muted">
              Abra la asesoría de este establecimiento: el calendario de 8 meses se arma desde el programa estándar y se
              puede ajustar.
            </p>
            <OpenEngagementForm programme={programme} />
          </>
        ) : (
          <EngagementSections
            programme={programme}
            schoolId={schoolId}
            engagement={engagement}
            plan={plan}
            list={list}
            deliverables={deliverables}
            team={team}
            evidence={evidence}
          />
        )}
      </EditableArea>
    </section>
  );
}

type SectionsProps = {
  programme: ProgrammeHandle;
  schoolId: SchoolId;
  engagement: StoredEngagement;
  plan: MonthPlan[];
  list: { sessions: SessionDraft[]; deletedSessions: SessionDraft[] };
  deliverables: { deliverables: DeliverableStates };
  team: TeamMember[];
  evidence: DeliverableEvidenceMap;
};

/** An open engagement: hours, sessions, calendar, hours report, deliverables, team and removed sessions. */
function EngagementSections(props: SectionsProps) {
  const { programme, schoolId, engagement, plan, deliverables, team, evidence } = props;
  const { sessions, deletedSessions } = props.list;
  const today = localIsoDate();
  return (
    <>
      <HoursPanel
        hoursContracted={engagement.hoursContracted}
        sessions={sessions}
        today={today}
        position={programmeMonthOf(plan, today)}
        months={plan.length}
      />
      <h3>Sesiones</h3>
      <SessionList schoolId={schoolId} sessions={sessions} />
      <NewSessionForm programme={programme} schoolId={schoolId} plan={plan} />
      <OverdueAgreements sessions={sessions} today={today} />
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
      <DeletedSessions programme={programme} deleted={deletedSessions} />
    </>
  );
}
