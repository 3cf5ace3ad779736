// The inputs of a school profile, shared by the "new school" and "edit school" screens, in the
// order of the form: identity, place, teaching, contact.
import { LimitedTextarea } from '../forms/index.ts';
import { SCHOOL_NOTES_MAX } from '../../domain/schools/school.ts';
import { CATEGORIAS, DEPENDENCIAS, ESTADOS, NIVELES, RURALIDADES } from '../../domain/schools/enums.ts';
import { REGIONS, comunasOfRegion } from '../../domain/territory/territory.ts';
import {
  NO_INFORMATION,
  PIE_CHOICES,
  PIE_LABEL,
  SOSTENEDOR_RUT_LABEL,
} from '../../domain/schools/sostenedorIdentity.ts';
import {
  CodeOptions,
  SchoolFieldError,
  SchoolTextField,
  fieldAria,
  type SchoolFieldsProps,
} from './schoolFieldParts.tsx';

type Props = SchoolFieldsProps & { regionCode: string; identityLocked: boolean };

export function SchoolFields({ register, errors, regionCode, identityLocked }: Props) {
  const parts = { register, errors };
  return (
    <div className="form-grid">
      <RbdFields {...parts} identityLocked={identityLocked} />
      <SchoolTextField {...parts} name="name" label="Nombre del establecimiento" wide />
      <PlaceFields {...parts} regionCode={regionCode} />
      <TeachingFields {...parts} />
      <ContactFields {...parts} />
    </div>
  );
}

function RbdFields({ register, errors, identityLocked }: SchoolFieldsProps & { identityLocked: boolean }) {
  return (
    <fieldset className="rbd-group">
      <legend>RBD</legend>
      <div className="field">
        <label htmlFor="school-rbd">RBD</label>
        <input
          id="school-rbd"
          inputMode="numeric"
          readOnly={identityLocked}
          {...register('rbd')}
          {...fieldAria(errors, 'rbd')}
        />
      </div>
      <span className="rbd-dash">-</span>
      <div className="field dv">
        <label htmlFor="school-dv">Dígito verificador</label>
        <input
          id="school-dv"
          maxLength={1}
          readOnly={identityLocked}
          {...register('dv')}
          {...fieldAria(errors, 'dv')}
        />
      </div>
      <SchoolFieldError errors={errors} name="rbd" />
      <SchoolFieldError errors={errors} name="dv" />
    </fieldset>
  );
}

/** Region, then its comunas (none until a region is chosen), dependencia and ruralidad. */
function PlaceFields({ register, errors, regionCode }: SchoolFieldsProps & { regionCode: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor="school-regionCode">Región</label>
        <select id="school-regionCode" {...register('regionCode')} {...fieldAria(errors, 'regionCode')}>
          <option value="">Seleccione…</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <SchoolFieldError errors={errors} name="regionCode" />
      </div>
      <div className="field">
        <label htmlFor="school-comunaCode">Comuna</label>
        <select
          id="school-comunaCode"
          {...register('comunaCode')}
          {...fieldAria(errors, 'comunaCode')}
          disabled={!regionCode}
        >
          <option value="">{regionCode ? 'Seleccione…' : 'Primero elija la región'}</option>
          {comunasOfRegion(regionCode).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <SchoolFieldError errors={errors} name="comunaCode" />
      </div>
      <div className="field">
        <label htmlFor="school-dependencia">Dependencia</label>
        <select id="school-dependencia" {...register('dependencia')} {...fieldAria(errors, 'dependencia')}>
          <option value="">Seleccione…</option>
          <CodeOptions items={DEPENDENCIAS} />
        </select>
        <SchoolFieldError errors={errors} name="dependencia" />
      </div>
      <div className="field">
        <label htmlFor="school-ruralidad">Ruralidad</label>
        <select id="school-ruralidad" {...register('ruralidad')}>
          <CodeOptions items={RURALIDADES} />
        </select>
      </div>
    </>
  );
}

/** Levels taught, enrolment, priority students, performance category and whether the school runs. */
function TeachingFields({ register, errors }: SchoolFieldsProps) {
  const parts = { register, errors };
  return (
    <>
      <fieldset className="wide niveles">
        <legend>Niveles de enseñanza</legend>
        {NIVELES.map((n) => (
          <label key={n.code} className="check">
            <input type="checkbox" value={n.code} {...register('niveles')} />
            {n.label}
          </label>
        ))}
        <SchoolFieldError errors={errors} name="niveles" />
      </fieldset>
      <SchoolTextField {...parts} name="matricula" label="Matrícula" inputMode="numeric" />
      <SchoolTextField {...parts} name="prioritariosPct" label="% alumnos prioritarios" inputMode="decimal" />
      <div className="field">
        <label htmlFor="school-categoria">Categoría de desempeño</label>
        <select id="school-categoria" {...register('categoria')}>
          <option value="">Sin información</option>
          <CodeOptions items={CATEGORIAS} />
        </select>
      </div>
      <SchoolTextField {...parts} name="categoriaYear" label="Año de la categoría" inputMode="numeric" />
      <div className="field">
        <label htmlFor="school-estado">Estado</label>
        <select id="school-estado" {...register('estado')}>
          <CodeOptions items={ESTADOS} />
        </select>
      </div>
    </>
  );
}

function ContactFields({ register, errors }: SchoolFieldsProps) {
  const parts = { register, errors };
  return (
    <>
      <SchoolTextField {...parts} name="director" label="Director(a)" />
      <SchoolTextField {...parts} name="contactEmail" label="Correo de contacto" type="email" />
      <SchoolTextField {...parts} name="contactPhone" label="Teléfono de contacto" type="tel" />
      <SchoolTextField {...parts} name="sostenedor" label="Sostenedor" wide />
      <SostenedorFields {...parts} />
      <div className="field wide">
        <label htmlFor="school-notes">Observaciones</label>
        <LimitedTextarea
          id="school-notes"
          rows={4}
          limit={SCHOOL_NOTES_MAX}
          {...register('notes')}
          {...fieldAria(errors, 'notes')}
        />
        <SchoolFieldError errors={errors} name="notes" />
      </div>
    </>
  );
}

/** The sostenedor's RUT (checked, shown with its check digit) and whether the school has a convenio PIE. */
function SostenedorFields({ register, errors }: SchoolFieldsProps) {
  return (
    <>
      <SchoolTextField {...{ register, errors }} name="sostenedorRut" label={SOSTENEDOR_RUT_LABEL} />
      <div className="field">
        <label htmlFor="school-pie">{PIE_LABEL}</label>
        <select id="school-pie" {...register('pie')} {...fieldAria(errors, 'pie')}>
          <option value="">{NO_INFORMATION}</option>
          <CodeOptions items={PIE_CHOICES} />
        </select>
        <SchoolFieldError errors={errors} name="pie" />
      </div>
    </>
  );
}
