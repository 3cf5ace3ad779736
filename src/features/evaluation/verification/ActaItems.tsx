// The acta's rows, one per action: fields while it is a draft, text once the first signature fixed it (AV-4).
import {
  MEDIOS_EXIST,
  VERIFICATION_RESULTS,
  type ActaItem,
  type MediosExist,
  type VerificationResult,
} from '../../../domain/evaluation/acta.ts';

interface Props {
  items: ActaItem[];
  frozen: boolean;
  name: (actionId: string) => string;
  edit: (item: ActaItem, patch: Partial<ActaItem>) => void;
}

function FrozenRow({ item, i, name }: { item: ActaItem; i: number; name: string }) {
  return (
    <tr data-testid={`acta-item-${i}`}>
      <td>{name}</td>
      <td data-testid={`acta-item-${i}-medios`}>{MEDIOS_EXIST.find((m) => m.code === item.mediosExist)?.label}</td>
      <td data-testid={`acta-item-${i}-result`}>{VERIFICATION_RESULTS.find((r) => r.code === item.result)?.label}</td>
      <td className="frozen-value" data-testid={`acta-item-${i}-observations`}>
        {item.observations || '—'}
      </td>
    </tr>
  );
}

function EditableRow({ item, i, name, edit }: { item: ActaItem; i: number; name: string; edit: Props['edit'] }) {
  return (
    <tr data-testid={`acta-item-${i}`}>
      <td>{name}</td>
      <td>
        <select
          aria-label={`Medios de verificación: ${name}`}
          value={item.mediosExist}
          onChange={(e) => edit(item, { mediosExist: e.target.value as MediosExist })}
          data-testid={`acta-item-${i}-medios`}
        >
          {MEDIOS_EXIST.map((m) => (
            <option key={m.code} value={m.code}>
              {m.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`Resultado: ${name}`}
          value={item.result}
          onChange={(e) => edit(item, { result: e.target.value as VerificationResult })}
          data-testid={`acta-item-${i}-result`}
        >
          {VERIFICATION_RESULTS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          aria-label={`Observaciones: ${name}`}
          defaultValue={item.observations}
          key={item.observations}
          onBlur={(e) => e.target.value !== item.observations && edit(item, { observations: e.target.value })}
          data-testid={`acta-item-${i}-observations`}
        />
      </td>
    </tr>
  );
}

export function ActaItems({ items, frozen, name, edit }: Props) {
  return (
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
        {items.map((item, i) =>
          frozen ? (
            <FrozenRow key={item.actionId} item={item} i={i} name={name(item.actionId)} />
          ) : (
            <EditableRow key={item.actionId} item={item} i={i} name={name(item.actionId)} edit={edit} />
          ),
        )}
      </tbody>
    </table>
  );
}
