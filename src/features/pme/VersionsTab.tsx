// Borrador and Versión Final: frozen, dated copies of the plan, kept forever; any two (or one and the
// working plan) can be compared action by action.
import { useState } from 'react';
import type { PmePlan } from '../../domain/pme/model.ts';
import { diffPlans } from '../../domain/pme/diff.ts';
import { versionTitles, type PmeVersion } from '../../domain/pme/versions.ts';
import type { PmeHandle } from '../../data/docs/pme/index.ts';
import { SelectField } from '../forms/index.ts';
import { useView } from '../session/index.ts';
import { MarkForm } from './MarkForm.tsx';
import { VersionDiffView } from './VersionDiffView.tsx';
import { formatLocalTimestamp } from '../../domain/shared/localDates.ts';

const WORKING = 'working';

interface HistoryProps {
  versions: PmeVersion[];
  titles: Map<string, string>;
  onOpen: (id: string) => void;
}

function VersionHistory({ versions, titles, onOpen }: HistoryProps) {
  return (
    <>
      <h3>Historial</h3>
      {versions.length === 0 && <p className="muted">Aún no hay versiones.</p>}
      <ul className="versions" data-testid="versions">
        {versions.map((v) => (
          <li key={v.id} data-testid={`version-${v.kind}`}>
            <strong>{titles.get(v.id)}</strong> · {formatLocalTimestamp(v.createdAt)} · {v.createdBy || 'sin nombre'}
            {v.note && <span className="muted"> · {v.note}</span>}{' '}
            <button type="button" className="link" onClick={() => onOpen(v.id)}>
              Ver
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function VersionCompare({
  plan,
  versions,
  titles,
}: {
  plan: PmePlan;
  versions: PmeVersion[];
  titles: Map<string, string>;
}) {
  const [from, setFrom] = useState(versions.at(-2)?.id ?? versions.at(-1)?.id ?? WORKING);
  const [to, setTo] = useState(versions.length >= 2 ? versions.at(-1)!.id : WORKING);
  const planOf = (id: string) => (id === WORKING ? plan : versions.find((v) => v.id === id)?.plan);
  const a = planOf(from);
  const b = planOf(to);
  const options = [
    ...versions.map((v) => ({ value: v.id, label: `${titles.get(v.id)} · ${formatLocalTimestamp(v.createdAt)}` })),
    { value: WORKING, label: 'Plan de trabajo actual' },
  ];
  return (
    <>
      <h3>Comparar versiones</h3>
      <div className="inline-form">
        <SelectField
          id="diff-from"
          label="Desde"
          value={from}
          options={options}
          onChange={setFrom}
          testId="diff-from"
        />
        <SelectField id="diff-to" label="Hasta" value={to} options={options} onChange={setTo} testId="diff-to" />
      </div>
      {a && b && <VersionDiffView diff={diffPlans(a, b)} />}
    </>
  );
}

export function VersionsTab({ pme, onOpen }: { pme: PmeHandle; onOpen: (id: string) => void }) {
  const { plan, versions } = useView(pme.views.whole);
  const titles = versionTitles(versions);
  return (
    <div>
      <p className="muted">Cada versión es una copia fija y fechada del plan; el plan de trabajo sigue editándose.</p>
      <MarkForm pme={pme} plan={plan} versions={versions} kind="borrador" />
      <MarkForm pme={pme} plan={plan} versions={versions} kind="final" />
      <VersionHistory versions={versions} titles={titles} onOpen={onOpen} />
      <VersionCompare plan={plan} versions={versions} titles={titles} />
    </div>
  );
}
