// The asesoría's length (6, 7 or 8 months: compressing merges months of the standard programme,
// keeping their order), whether its months may fall in January and February (the school summer
// holidays), and the hours contracted. Changing the length or the summer choice lays the calendar
// out again from the first month's date.
import { PROGRAMME_LENGTHS, hoursContractedSchema, type ProgrammeLength } from '../../domain/programme/index.ts';
import type { ProgrammeHandle, StoredEngagement } from '../../data/docs/programme/index.ts';
import { useState } from 'react';

type Props = { programme: ProgrammeHandle; engagement: StoredEngagement };

const CONFIRM =
  'El calendario se volverá a armar desde el programa estándar; se pierden los ajustes por mes. ¿Continuar?';

export function EngagementSettings({ programme, engagement }: Props) {
  const [error, setError] = useState<string | null>(null);
  const layOutAgain = (months: ProgrammeLength, includeSummerHolidays: boolean) => {
    if (!window.confirm(CONFIRM)) return;
    programme.engagement.layOut(months, includeSummerHolidays);
  };
  return (
    <div className="inline-form" data-testid="engagement-settings">
      <div className="field">
        <label htmlFor="eng-length">Duración</label>
        <select
          id="eng-length"
          value={engagement.months}
          onChange={(e) => layOutAgain(Number(e.target.value) as ProgrammeLength, engagement.includeSummerHolidays)}
        >
          {PROGRAMME_LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n} meses
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={engagement.includeSummerHolidays}
            onChange={(e) => layOutAgain(engagement.months, e.target.checked)}
          />{' '}
          Incluir enero y febrero (vacaciones de verano)
        </label>
      </div>
      <div className="field">
        <label htmlFor="eng-hours-edit">Horas contratadas</label>
        <input
          id="eng-hours-edit"
          inputMode="numeric"
          defaultValue={engagement.hoursContracted}
          key={engagement.hoursContracted}
          aria-invalid={error ? true : undefined}
          onBlur={(e) => {
            const parsed = hoursContractedSchema.safeParse(Number(e.target.value));
            if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Horas no válidas');
            setError(null);
            if (parsed.data !== engagement.hoursContracted) programme.engagement.setHours(parsed.data);
          }}
        />
        {error && <span className="field-error">{error}</span>}
      </div>
    </div>
  );
}
