// Under the registration search: what the directory said about the chosen school, and the SLEP of the
// comuna in the form (shown for any comuna that has one, chosen from the directory or typed by hand).
import type { DirectorySchool } from '../../domain/schools/compactDirectory.ts';
import { formatRbd } from '../../domain/schools/rbd.ts';
import {
  PIE_LABEL,
  SOSTENEDOR_RUT_LABEL,
  pieText,
  sostenedorRutText,
} from '../../domain/schools/sostenedorIdentity.ts';
import { localYear } from '../../domain/shared/localDates.ts';
import { findComuna, findProvince, slepOfComuna } from '../../domain/territory/territory.ts';

export function ChosenSchoolNote({ school }: { school: DirectorySchool }) {
  const rut = school.sostenedorRut ? `${SOSTENEDOR_RUT_LABEL} ${sostenedorRutText(school.sostenedorRut)}` : null;
  return (
    <p className="banner info" role="status" data-testid="directory-chosen">
      Datos de {formatRbd(school.rbd, school.dv)} tomados del directorio oficial. Revíselos: todos se pueden corregir.{' '}
      {[rut, `${PIE_LABEL}: ${pieText(school.pie)}`].filter(Boolean).join(' · ')}
    </p>
  );
}

/** The province of the form's comuna and, when it has one, its SLEP (current or planned). */
export function PlaceNote({ comunaCode }: { comunaCode: string }) {
  const comuna = findComuna(comunaCode);
  if (!comuna) return null;
  const province = findProvince(comuna.provinceCode);
  // Any year: a comuna whose transfer is still planned says when it will happen.
  const slep = slepOfComuna(comunaCode, Number.POSITIVE_INFINITY);
  const year = localYear();
  return (
    <p className="field-note">
      {province && `${comuna.name}, provincia de ${province.name}. `}
      {slep && (
        <span data-testid="slep-note">
          {slep.transferYear <= year
            ? `Servicio Local de Educación Pública de la comuna: SLEP ${slep.slepName} (desde ${slep.transferYear}).`
            : `La educación pública de la comuna pasará al SLEP ${slep.slepName} en ${slep.transferYear}.`}
        </span>
      )}
    </p>
  );
}
