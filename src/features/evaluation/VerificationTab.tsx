// Month 8: the Acta de Verificación del PME. Per action: whether its medios de verificación exist
// (in the app, on paper, or not), the result and observations; signed on the tablet by the director
// and the advisor (and optionally the sostenedor). The first signature fixes its content, shown with
// its hash; a signed acta is never edited — a correction is a new acta linked to it.
import { useState } from 'react';
import type * as Y from 'yjs';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import type { PmePlan } from '../../domain/pme/model.ts';
import { formatIsoDate, localIsoDate, formatLocalTimestamp } from '../../domain/pme/calendar.ts';
import type { MonitoringRecord } from '../../domain/monitoring/records.ts';
import {
  ACTA_LOCKED_MESSAGE, ActaLockedError, MEDIOS_EXIST, REQUIRED_SIGNATORIES, SIGNATORY_ROLES, VERIFICATION_RESULTS, actaItemSchema, correctionOf, currentActas, isSigned,
  type ActaItem, type MediosExist, type SignatoryRole, type VerificationResult,
} from '../../domain/evaluation/acta.ts';
import { actaTotals } from '../../domain/evaluation/report/actaContent.ts';
import { createActa, putActaItem, signActa, type ActaView } from '../../data/evaluationDoc.ts';
import { LOCAL_EDIT } from '../../data/workspace.ts';
import { AttachmentImage, SignaturePad } from '../programme/index.ts';
import { ConfirmDialog } from '../confirm/index.ts';
import { useAttachments } from '../session/index.ts';
import { newId } from './useEvaluation.ts';

function evidenceFor(actionId: string, records: MonitoringRecord[]): ActaItem['evidence'] {
  return records
    .filter((r) => r.actionId === actionId && (r.medios.length > 0 || r.level === 'completa'))
    .slice(-1)
    .map((r) => ({ kind: 'registro' as const, recordId: r.id }));
}

export function VerificationTab({ doc, schoolId, pme, year, actas, records, pmeVersionId }: { doc: Y.Doc; schoolId: SchoolId; pme: PmePlan; year: number; actas: ActaView[]; records: MonitoringRecord[]; pmeVersionId: string | null }) {
  const mine = actas.filter((a) => a.acta.year === year);
  const current = currentActas(mine.map((a) => a.acta)).map((a) => mine.find((m) => m.acta.id === a.id)!);
  const create = () =>
    createActa(
      doc,
      {
        id: newId(), schoolId, year, pmeVersionId, date: localIsoDate(), observaciones: '', correctsActaId: null, signatures: [],
        items: pme.actions.filter((a) => a.year === year).map((a) => ({ actionId: a.id, mediosExist: 'no', evidence: [], result: 'no-verificada', observations: '' })),
      },
      LOCAL_EDIT,
    );
  return (
    <div>
      {current.length === 0 && (
        <button type="button" className="primary" onClick={create} data-testid="create-acta">
          Preparar Acta de Verificación {year}
        </button>
      )}
      {current.map((a) => (
        <ActaEditor key={a.acta.id} doc={doc} schoolId={schoolId} pme={pme} view={a} records={records} corrects={mine.find((m) => m.acta.id === a.acta.correctsActaId) ?? null} />
      ))}
      {mine.length > current.length && <p className="muted">Hay {mine.length - current.length} acta(s) anteriores reemplazadas por una corrección; se conservan.</p>}
    </div>
  );
}

function ActaEditor({ doc, schoolId, pme, view, records, corrects }: { doc: Y.Doc; schoolId: SchoolId; pme: PmePlan; view: ActaView; records: MonitoringRecord[]; corrects: ActaView | null }) {
  const attachments = useAttachments();
  const [message, setMessage] = useState<string | null>(null);
  const [signing, setSigning] = useState<{ role: SignatoryRole; name: string } | null>(null);
  const [confirming, setConfirming] = useState<{ role: SignatoryRole; name: string } | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const { acta } = view;
  const signed = isSigned(acta);
  // AV-4: the first signature fixes the content; from then on it is shown as text, never as fields.
  const frozen = view.signed || acta.signatures.length > 0;
  const firstSignature = [...acta.signatures].sort((a, b) => (a.signedAt < b.signedAt ? -1 : 1))[0];
  const name = (id: string) => pme.actions.find((x) => x.id === id)?.nombre ?? '(acción eliminada)';
  const edit = (item: ActaItem, patch: Partial<ActaItem>) => {
    let next = { ...item, ...patch };
    if (patch.mediosExist === 'en-app' && next.evidence.length === 0) next = { ...next, evidence: evidenceFor(item.actionId, records) };
    if (patch.mediosExist === 'no') next = { ...next, result: 'no-verificada' };
    const parsed = actaItemSchema.safeParse(next);
    if (!parsed.success) return setMessage(`${name(item.actionId)}: ${parsed.error.issues[0]?.message}`);
    try {
      putActaItem(doc, acta.id, parsed.data, LOCAL_EDIT);
      setMessage(null);
    } catch (e) {
      if (e instanceof ActaLockedError) setMessage(ACTA_LOCKED_MESSAGE);
      else throw e;
    }
  };
  return (
    <section className="acta" data-testid="acta">
      <h3>
        Acta de Verificación del PME {acta.year} · {formatIsoDate(acta.date)}
      </h3>
      {corrects && <p className="muted">Corrige el acta del {formatIsoDate(corrects.acta.date)} (huella {corrects.hash.slice(0, 12)}…).</p>}
      {frozen && (
        <p className="banner info" data-testid="acta-frozen">
          {firstSignature ? `Firmada el ${formatLocalTimestamp(firstSignature.signedAt)} por ${firstSignature.name}` : 'Firmada'}: el contenido no se puede modificar; para corregir cree una
          corrección. Huella (SHA-256): <code data-testid="acta-hash">{view.hash}</code>
        </p>
      )}
      {view.lateEdits && <p className="banner warning">Llegaron cambios hechos sin conexión después de la firma; se conservan, pero el acta firmada no cambia.</p>}
      {message && (
        <p className="form-error" role="alert" data-testid="acta-message">
          {message}
        </p>
      )}
      <table className="programme-table">
        <thead>
          <tr>
            <th>Acción</th>
            <th>¿Existen los medios de verificación?</th>
            <th>Resultado</th>
            <th>Observaciones</th>
          </tr>
        </thead>
        <tbody>
          {acta.items.map((item, i) =>
            frozen ? (
              <tr key={item.actionId} data-testid={`acta-item-${i}`}>
                <td>{name(item.actionId)}</td>
                <td data-testid={`acta-item-${i}-medios`}>{MEDIOS_EXIST.find((m) => m.code === item.mediosExist)?.label}</td>
                <td data-testid={`acta-item-${i}-result`}>{VERIFICATION_RESULTS.find((r) => r.code === item.result)?.label}</td>
                <td className="frozen-value" data-testid={`acta-item-${i}-observations`}>
                  {item.observations || '—'}
                </td>
              </tr>
            ) : (
              <tr key={item.actionId} data-testid={`acta-item-${i}`}>
                <td>{name(item.actionId)}</td>
                <td>
                  <select aria-label={`Medios de verificación: ${name(item.actionId)}`} value={item.mediosExist} onChange={(e) => edit(item, { mediosExist: e.target.value as MediosExist })} data-testid={`acta-item-${i}-medios`}>
                    {MEDIOS_EXIST.map((m) => (
                      <option key={m.code} value={m.code}>
                        {m.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select aria-label={`Resultado: ${name(item.actionId)}`} value={item.result} onChange={(e) => edit(item, { result: e.target.value as VerificationResult })} data-testid={`acta-item-${i}-result`}>
                    {VERIFICATION_RESULTS.map((r) => (
                      <option key={r.code} value={r.code}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={`Observaciones: ${name(item.actionId)}`} defaultValue={item.observations} key={item.observations} onBlur={(e) => e.target.value !== item.observations && edit(item, { observations: e.target.value })} data-testid={`acta-item-${i}-observations`} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <p data-testid="acta-totals">
        {actaTotals(acta)
          .map(([label, count]) => `${label}: ${count}`)
          .join(' · ')}
      </p>
      <h4>Firmas</h4>
      <ul className="signatures" data-testid="acta-signatures">
        {acta.signatures.map((s) => (
          <li key={s.role}>
            {SIGNATORY_ROLES.find((r) => r.code === s.role)?.label}: {s.name} · {formatLocalTimestamp(s.signedAt)}{' '}
            <AttachmentImage schoolId={schoolId} attachment={s.signature} alt={`Firma de ${s.name}`} className="signature-thumb" />
          </li>
        ))}
      </ul>
      {SIGNATORY_ROLES.filter((r) => !acta.signatures.some((s) => s.role === r.code)).map((r) => (
        <div key={r.code} className="inline-form">
          <label htmlFor={`sign-${r.code}`}>{r.label}</label>
          <input id={`sign-${r.code}`} placeholder="Nombre" value={names[r.code] ?? ''} onChange={(e) => setNames({ ...names, [r.code]: e.target.value })} data-testid={`sign-${r.code}-name`} />
          <button type="button" disabled={!(names[r.code] ?? '').trim() || confirming !== null || signing !== null} onClick={() => setConfirming({ role: r.code, name: (names[r.code] ?? '').trim() })} data-testid={`sign-${r.code}`}>
            Firmar
          </button>
        </div>
      ))}
      {confirming && (
        <SignConfirm
          view={view}
          who={confirming}
          itemName={name}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setSigning(confirming);
            setConfirming(null);
          }}
        />
      )}
      {signing && (
        <SignaturePad
          name={signing.name}
          onCancel={() => setSigning(null)}
          onSave={(png) => {
            void attachments.add(schoolId, png, `firma-${signing.role}.png`).then((r) => {
              if (!r.ok) return setMessage('No se pudo guardar la firma en este equipo.');
              const { name: _n, ...signature } = r.ref;
              try {
                signActa(doc, acta.id, { role: signing.role, name: signing.name, signature, signedAt: new Date().toISOString() }, LOCAL_EDIT);
                setMessage(null);
              } catch (e) {
                console.error('acta signature refused', e);
                setMessage('La firma no se pudo registrar: el acta cambió o ese cargo ya firmó.');
              }
              setSigning(null);
            });
          }}
        />
      )}
      {signed && (
        <p>
          <strong data-testid="acta-signed">Acta firmada.</strong>{' '}
          <button type="button" className="link" onClick={() => createActa(doc, correctionOf(acta, { id: newId(), date: localIsoDate() }), LOCAL_EDIT)}>
            Crear una corrección
          </button>
        </p>
      )}
    </section>
  );
}

/** What signing fixes (AV-4): the acta's content in short and who signs, before the signature is drawn. */
function SignConfirm({ view, who, itemName, onConfirm, onCancel }: { view: ActaView; who: { role: SignatoryRole; name: string }; itemName: (id: string) => string; onConfirm: () => void; onCancel: () => void }) {
  const { acta } = view;
  const first = acta.signatures.length === 0;
  const role = SIGNATORY_ROLES.find((r) => r.code === who.role)?.label ?? who.role;
  const count = (code: VerificationResult) => acta.items.filter((i) => i.result === code).length;
  return (
    <ConfirmDialog title={`¿Firmar el acta como ${role}?`} confirmLabel="Firmar el acta" onConfirm={onConfirm} onCancel={onCancel} testId="confirm-sign">
      <p>
        Firma: <strong>{who.name}</strong> ({role}).{' '}
        {first
          ? 'Es la primera firma: el contenido del acta queda fijo y no se podrá modificar; para corregirlo habrá que crear una corrección.'
          : 'El contenido ya está fijo; esta firma se hace sobre ese mismo contenido.'}
      </p>
      <p>Acta {acta.year}: {acta.items.length} acciones — {VERIFICATION_RESULTS.map((r) => `${r.label}: ${count(r.code)}`).join(' · ')}.</p>
      <ul className="confirm-items" data-testid="confirm-sign-items">
        {acta.items.map((i) => (
          <li key={i.actionId}>
            {itemName(i.actionId)}: {VERIFICATION_RESULTS.find((r) => r.code === i.result)?.label}
          </li>
        ))}
      </ul>
      <p data-testid="confirm-sign-signatories">
        Firmas requeridas: {SIGNATORY_ROLES.filter((r) => REQUIRED_SIGNATORIES.includes(r.code)).map((r) => r.label).join(' y ')}; opcional:{' '}
        {SIGNATORY_ROLES.filter((r) => !REQUIRED_SIGNATORIES.includes(r.code)).map((r) => r.label).join(', ')}. Ya firmaron:{' '}
        {acta.signatures.length === 0 ? 'nadie' : acta.signatures.map((s) => `${s.name} (${SIGNATORY_ROLES.find((x) => x.code === s.role)?.label})`).join(', ')}.
      </p>
    </ConfirmDialog>
  );
}
