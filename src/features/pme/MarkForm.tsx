// Marking the working plan as a Borrador or the Versión Final: an optional note, what is still to
// resolve, and a confirmation that says what the version will freeze (VF-1, VF-2).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { PmePlan } from '../../domain/pme/model.ts';
import {
  MARK_REFUSAL_MESSAGES,
  latestOf,
  markRefusal,
  planCounts,
  problemsToMark,
  versionLabel,
  type PmeVersion,
  type VersionKind,
} from '../../domain/pme/versions.ts';
import { VersionRefusedError, type PmeHandle } from '../../data/docs/pme/index.ts';
import { ConfirmDialog } from '../confirm/index.ts';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';

const noteSchema = z.object({ note: z.string().trim().max(500, { message: 'Use como máximo 500 caracteres' }) });

interface MarkFormProps {
  pme: PmeHandle;
  plan: PmePlan;
  versions: PmeVersion[];
  kind: VersionKind;
}

export function MarkForm({ pme, plan, versions, kind }: MarkFormProps) {
  const problems = problemsToMark(kind, plan);
  const [pending, setPending] = useState<{ note: string } | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<z.input<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { note: '' },
  });
  const label = kind === 'final' ? 'Marcar como Versión Final' : 'Marcar como Borrador';
  return (
    <form
      className="mark-version"
      noValidate
      data-testid={`mark-${kind}`}
      onSubmit={handleSubmit((v) => setPending({ note: v.note }))}
    >
      <h4>{label}</h4>
      {kind === 'final' && problems.length > 0 && (
        <div className="banner warning" data-testid="final-problems">
          <p>Para marcar la Versión Final, resuelva:</p>
          <ProblemList problems={problems} />
        </div>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`note-${kind}`}>Nota (opcional)</label>
          <input id={`note-${kind}`} {...register('note')} />
          {formState.errors.note && <span className="field-error">{formState.errors.note.message}</span>}
        </div>
        <button type="submit" className="primary" disabled={pending !== null} data-testid={`mark-${kind}-submit`}>
          {label}
        </button>
      </div>
      {pending && (
        <MarkConfirm
          plan={plan}
          versions={versions}
          kind={kind}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            pme.versions.mark(kind, pending.note);
            reset({ note: '' });
            setPending(null);
          }}
        />
      )}
    </form>
  );
}

function ProblemList({ problems }: { problems: readonly { message: string }[] }) {
  return (
    <ul>
      {problems.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}

/** What the version will freeze, its problems or why it is refused (VF-1, VF-2), and the confirmation. */
interface MarkConfirmProps {
  plan: PmePlan;
  versions: PmeVersion[];
  kind: VersionKind;
  onConfirm: () => void;
  onCancel: () => void;
}

function MarkConfirm({ plan, versions, kind, onConfirm, onCancel }: MarkConfirmProps) {
  const refusal = markRefusal(kind, plan, versions);
  const problems = problemsToMark(kind, plan);
  const counts = planCounts(plan);
  const latest = latestOf(versions, kind);
  const title = versionLabel(kind);
  const sameKind = versions.filter((v) => v.kind === kind).length;
  const next = sameKind > 0 ? `${title} (${sameKind + 1})` : title;
  return (
    <ConfirmDialog
      title={`¿Marcar ${next}?`}
      confirmLabel={kind === 'final' ? 'Marcar Versión Final' : 'Marcar Borrador'}
      blocked={refusal ? MARK_REFUSAL_MESSAGES[refusal] : null}
      onConfirm={onConfirm}
      onCancel={onCancel}
      describeError={(e) =>
        e instanceof VersionRefusedError ? MARK_REFUSAL_MESSAGES[e.code] : 'No se pudo guardar la versión.'
      }
      testId={`confirm-${kind}`}
    >
      <p>
        Se guardará una copia fija y fechada del plan, que no se podrá modificar ni eliminar. El plan de trabajo sigue
        editándose.
      </p>
      <ul data-testid={`confirm-${kind}-counts`}>
        <li>
          Áreas con objetivos: {counts.areasWithObjective} de {counts.areaTotal}
        </li>
        <li>Objetivos estratégicos: {counts.objectives}</li>
        <li>Metas estratégicas: {counts.goals}</li>
        <li>Estrategias: {counts.strategies}</li>
        <li>Acciones: {counts.actions}</li>
      </ul>
      {latest && (
        <p className="muted">
          Última {title}: {formatLocalTimestamp(latest.createdAt)}
          {refusal === 'identical-to-latest' ? ' (igual al plan actual)' : ' (el plan cambió desde entonces)'}.
        </p>
      )}
      {problems.length > 0 && (
        <div data-testid={`confirm-${kind}-problems`}>
          <p>
            <strong>Falta resolver ({problems.length}):</strong>
          </p>
          <ProblemList problems={problems} />
        </div>
      )}
    </ConfirmDialog>
  );
}
