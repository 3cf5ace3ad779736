// The choices of a session's type and programme month, shared by the new-session form and the
// session's header.
import { SESSION_TYPES, type MonthPlan } from '../../domain/programme/index.ts';

export function SessionTypeOptions() {
  return SESSION_TYPES.map((t) => (
    <option key={t.code} value={t.code}>
      {t.label}
    </option>
  ));
}

export function ProgrammeMonthOptions({ plan }: { plan: readonly MonthPlan[] }) {
  return plan.map((m) => (
    <option key={m.month} value={m.month}>
      Mes {m.month}: {m.theme}
    </option>
  ));
}
