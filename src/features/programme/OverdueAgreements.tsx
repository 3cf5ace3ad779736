// A warning listing the agreements whose due date has passed and are not done yet.
import { formatIsoDate } from '../../domain/shared/localDates.ts';
import { overdueAgreements } from '../../domain/programme/index.ts';

type Props = { sessions: Parameters<typeof overdueAgreements>[0]; today: string };

export function OverdueAgreements({ sessions, today }: Props) {
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
