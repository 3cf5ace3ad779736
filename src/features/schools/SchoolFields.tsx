// The inputs of a school profile, shared by the "new school" and "edit school" screens.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { LimitedTextarea } from '../forms/index.ts';
import { SCHOOL_NOTES_MAX } from '../../domain/schools/school.ts';
import type { SchoolFormInput } from '../../domain/schools/school.ts';
import { CATEGORIAS, DEPENDENCIAS, ESTADOS, NIVELES, RURALIDADES } from '../../domain/schools/enums.ts';
import { REGIONS, comunasOfRegion } from '../../domain/territory/territory.ts';

interface Props {
  register: UseFormRegister<SchoolFormInput>;
  errors: FieldErrors<SchoolFormInput>;
  regionCode: string;
  identityLocked: boolean;
}

function FieldError({ message, id }: { message?: string; id: string }) {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert">
      {message}
    </span>
  );
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function SchoolFields({ register, errors, regionCode, identityLocked }: Props) {
  const err = (name: keyof SchoolFormInput) => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `err-${name}` : undefined,
  });
  const msg = (name: keyof SchoolFormInput) => errors[name]?.message as string | undefined;
  return (
    <div className="form-grid">
      <fieldset className="rbd-group">
        <legend>RBD</legend>
        <div className="field">
          <label htmlFor="school-rbd">RBD</label>
          <input id="school-rbd" inputMode="numeric" readOnly={identityLocked} {...register('rbd')} {...err('rbd')} />
        </div>
        <span className="rbd-dash">-</span>
        <div className="field dv">
          <label htmlFor="school-dv">Dígito verificador</label>
          <input id="school-dv" maxLength={1} readOnly={identityLocked} {...register('dv')} {...err('dv')} />
        </div>
        <FieldError id="err-rbd" message={msg('rbd')} />
        <FieldError id="err-dv" message={msg('dv')} />
      </fieldset>
      <div className="field wide">
        <label htmlFor="school-name">Nombre del establecimiento</label>
        <input id="school-name" {...register('name')} {...err('name')} />
        <FieldError id="err-name" message={msg('name')} />
      </div>
      <div className="field">
        <label htmlFor="school-regionCode">Región</label>
        <select id="school-regionCode" {...register('regionCode')} {...err('regionCode')}>
          <option value="">Seleccione…</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <FieldError id="err-regionCode" message={msg('regionCode')} />
      </div>
      <div className="field">
        <label htmlFor="school-comunaCode">Comuna</label>
        <select id="school-comunaCode" {...register('comunaCode')} {...err('comunaCode')} disabled={!regionCode}>
          <option value="">{regionCode ? 'Seleccione…' : 'Primero elija la región'}</option>
          {comunasOfRegion(regionCode).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="err-comunaCode" message={msg('comunaCode')} />
      </div>
      <div className="field">
        <label htmlFor="school-dependencia">Dependencia</label>
        <select id="school-dependencia" {...register('dependencia')} {...err('dependencia')}>
          <option value="">Seleccione…</option>
          {DEPENDENCIAS.map((d) => (
            <option key={d.code} value={d.code}>
              {d.label}
            </option>
          ))}
        </select>
        <FieldError id="err-dependencia" message={msg('dependencia')} />
      </div>
      <div className="field">
        <label htmlFor="school-ruralidad">Ruralidad</label>
        <select id="school-ruralidad" {...register('ruralidad')}>
          {RURALIDADES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="wide niveles">
        <legend>Niveles de enseñanza</legend>
        {NIVELES.map((n) => (
          <label key={n.code} className="check">
            <input type="checkbox" value={n.code} {...register('niveles')} />
            {n.label}
          </label>
        ))}
        <FieldError id="err-niveles" message={msg('niveles')} />
      </fieldset>
      <div className="field">
        <label htmlFor="school-matricula">Matrícula</label>
        <input id="school-matricula" inputMode="numeric" {...register('matricula')} {...err('matricula')} />
        <FieldError id="err-matricula" message={msg('matricula')} />
      </div>
      <div className="field">
        <label htmlFor="school-prioritariosPct">% alumnos prioritarios</label>
        <input
          id="school-prioritariosPct"
          inputMode="decimal"
          {...register('prioritariosPct')}
          {...err('prioritariosPct')}
        />
        <FieldError id="err-prioritariosPct" message={msg('prioritariosPct')} />
      </div>
      <div className="field">
        <label htmlFor="school-categoria">Categoría de desempeño</label>
        <select id="school-categoria" {...register('categoria')}>
          <option value="">Sin información</option>
          {CATEGORIAS.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="school-categoriaYear">Año de la categoría</label>
        <input id="school-categoriaYear" inputMode="numeric" {...register('categoriaYear')} {...err('categoriaYear')} />
        <FieldError id="err-categoriaYear" message={msg('categoriaYear')} />
      </div>
      <div className="field">
        <label htmlFor="school-estado">Estado</label>
        <select id="school-estado" {...register('estado')}>
          {ESTADOS.map((e) => (
            <option key={e.code} value={e.code}>
              {e.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="school-director">Director(a)</label>
        <input id="school-director" {...register('director')} {...err('director')} />
        <FieldError id="err-director" message={msg('director')} />
      </div>
      <div className="field">
        <label htmlFor="school-contactEmail">Correo de contacto</label>
        <input id="school-contactEmail" type="email" {...register('contactEmail')} {...err('contactEmail')} />
        <FieldError id="err-contactEmail" message={msg('contactEmail')} />
      </div>
      <div className="field">
        <label htmlFor="school-contactPhone">Teléfono de contacto</label>
        <input id="school-contactPhone" type="tel" {...register('contactPhone')} {...err('contactPhone')} />
        <FieldError id="err-contactPhone" message={msg('contactPhone')} />
      </div>
      <div className="field wide">
        <label htmlFor="school-sostenedor">Sostenedor</label>
        <input id="school-sostenedor" {...register('sostenedor')} {...err('sostenedor')} />
        <FieldError id="err-sostenedor" message={msg('sostenedor')} />
      </div>
      <div className="field wide">
        <label htmlFor="school-notes">Observaciones</label>
        <LimitedTextarea id="school-notes" rows={4} limit={SCHOOL_NOTES_MAX} {...register('notes')} {...err('notes')} />
        <FieldError id="err-notes" message={msg('notes')} />
      </div>
    </div>
  );
}
