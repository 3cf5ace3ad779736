import { INSTRUMENT_TEMPLATES, instrumentFromTemplate } from '../../../domain/monitoring/templates.ts';
import type { MonitoringHandle } from '../../../data/docs/monitoring/index.ts';
import { newId } from '../../../data/ids.ts';

/** The ready templates; «Agregar» makes the school's own instrument from one. */
export function TemplateList({ handle }: { handle: MonitoringHandle }) {
  return (
    <>
      <h4>Plantillas</h4>
      <ul>
        {INSTRUMENT_TEMPLATES.map((t) => (
          <li key={t.code}>
            {t.title} <span className="muted">· {t.purpose}</span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => handle.instruments.save(instrumentFromTemplate(t, newId()))}
            >
              Agregar
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
