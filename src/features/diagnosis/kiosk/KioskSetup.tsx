// Before the first respondent: the advisor sets the exit code (4 to 8 digits) that locks the tablet in.
import { useState } from 'react';
import type { SchoolId } from '../../../domain/wire/documentNames.ts';
import type { StakeholderGroup } from '../../../domain/diagnosis/model.ts';
import { exitCodeProblem, hashCode, type KioskState } from '../kioskState.ts';
import { SURVEYS, type SurveyKind } from '../survey.ts';

export function KioskSetup({
  schoolId,
  group,
  survey,
  onStart,
}: {
  schoolId: SchoolId;
  group: StakeholderGroup;
  survey: SurveyKind;
  onStart: (k: KioskState) => void;
}) {
  const [code, setCode] = useState('');
  const problem = exitCodeProblem(code);
  const valid = problem === null;
  return (
    <section className="card">
      <h1>Modo kiosco</h1>
      <p>
        Defina un código de 4 a 8 dígitos para salir del modo kiosco. Solo usted debe conocerlo: quienes respondan no
        podrán ver otras respuestas ni salir de la encuesta.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid)
            void hashCode(code).then((exitHash) => onStart({ schoolId, group, exitHash, responseId: null, survey }));
        }}
      >
        <label htmlFor="kiosk-code">Código para salir</label>
        <input
          id="kiosk-code"
          type="password"
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-describedby="kiosk-code-problem"
        />
        {/* Says why "Iniciar encuesta" is disabled, for as long as it is. */}
        <p id="kiosk-code-problem" className={code === '' ? 'muted' : 'field-error'} role="status">
          {problem}
        </p>
        <div className="actions">
          <a className="button" href={`#/escuelas/${schoolId}/${SURVEYS[survey].path}`}>
            Volver
          </a>
          <button type="submit" className="primary" disabled={!valid}>
            Iniciar encuesta
          </button>
        </div>
      </form>
    </section>
  );
}
