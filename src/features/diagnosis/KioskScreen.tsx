// Kiosk mode: the advisor hands the tablet round; each respondent answers anonymously, one
// question per screen, and the next one starts clean. Every answer is written to the diagnosis
// document as it is given. Leaving needs the exit code the advisor set.
import { useEffect, useMemo, useState } from 'react';
import type { SchoolId } from '../../domain/wire/documentNames.ts';
import {
  NOT_KNOWN,
  NOT_KNOWN_LABEL,
  SCALE_LEVELS,
  STAKEHOLDER_GROUPS,
  type Instrument,
  type ScaleAnswer,
  type StakeholderGroup,
} from '../../domain/diagnosis/model.ts';
import { useSurvey } from './useSurvey.ts';
import { ensureInstrument } from './instruments.ts';
import { exitCodeProblem, hashCode, loadKiosk, saveKiosk } from './kioskState.ts';
import { SURVEYS, type SurveyKind } from './survey.ts';

type Step = { kind: 'welcome' } | { kind: 'item'; index: number } | { kind: 'thanks' };

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
export function KioskScreen({
  schoolId,
  group,
  survey = 'diagnosis',
}: {
  schoolId: SchoolId;
  group: StakeholderGroup;
  survey?: SurveyKind;
}) {
  const { survey: handle, instruments, responses } = useSurvey(schoolId, survey);
  const [kiosk, setKiosk] = useState(loadKiosk);
  const [step, setStep] = useState<Step>(() =>
    loadKiosk()?.responseId ? { kind: 'item', index: 0 } : { kind: 'welcome' },
  );
  const [instrument, setInstrument] = useState<Instrument | null>(null);

  useEffect(() => {
    if (handle && !instrument) setInstrument(ensureInstrument(handle, instruments, group, survey));
  }, [handle, instruments, group, instrument, survey]);

  const active = kiosk && kiosk.schoolId === schoolId && kiosk.group === group && kiosk.survey === survey;
  if (!active)
    return (
      <KioskSetup schoolId={schoolId} group={group} survey={survey} onStart={(k) => (saveKiosk(k), setKiosk(k))} />
    );
  if (!handle || !instrument) return <p className="kiosk-message">Preparando el cuestionario…</p>;

  const current = kiosk.responseId ? responses.find((r) => r.id === kiosk.responseId) : undefined;
  const groupLabel = STAKEHOLDER_GROUPS.find((g) => g.code === group)?.label ?? group;

  const begin = () => {
    const id = crypto.randomUUID();
    handle.startResponse({
      id,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      group,
      mode: 'kiosk',
    });
    const next = { ...kiosk, responseId: id };
    saveKiosk(next);
    setKiosk(next);
    setStep({ kind: 'item', index: 0 });
  };
  const finish = () => {
    if (kiosk.responseId) handle.completeResponse(kiosk.responseId);
    const next = { ...kiosk, responseId: null };
    saveKiosk(next);
    setKiosk(next);
    setStep({ kind: 'thanks' });
  };

  return (
    <div className="kiosk" data-testid="kiosk">
      <header className="kiosk-header">
        <span>Encuesta para {groupLabel.toLowerCase()} · anónima</span>
        <ExitButton
          exitHash={kiosk.exitHash}
          onExit={() => (saveKiosk(null), (window.location.hash = `#/escuelas/${schoolId}/${SURVEYS[survey].path}`))}
        />
      </header>
      {step.kind === 'welcome' && (
        <section className="kiosk-card">
          <h1>{instrument.title}</h1>
          <p>
            Sus respuestas son anónimas y ayudan a mejorar el establecimiento. Responda según su experiencia; si no
            sabe, elija «{NOT_KNOWN_LABEL}».
          </p>
          <button type="button" className="primary kiosk-big" onClick={begin}>
            Comenzar
          </button>
        </section>
      )}
      {step.kind === 'thanks' && (
        <section className="kiosk-card">
          <h1>¡Gracias por responder!</h1>
          <p>Sus respuestas quedaron guardadas. Entregue la tableta a la siguiente persona.</p>
          <button type="button" className="primary kiosk-big" onClick={() => setStep({ kind: 'welcome' })}>
            Siguiente persona
          </button>
        </section>
      )}
      {step.kind === 'item' && current && (
        <ItemStep
          instrument={instrument}
          index={Math.min(step.index, instrument.items.length - 1)}
          answers={current.answers}
          openAnswers={current.openAnswers}
          onScale={(itemId, a) => handle.answerScale(current.id, itemId, a)}
          onOpen={(itemId, text) => handle.answerOpen(current.id, itemId, text)}
          onMove={(index) => setStep({ kind: 'item', index })}
          onFinish={finish}
        />
      )}
    </div>
  );
}

// eslint-disable-next-line max-lines-per-function -- hooks and the markup they feed; split later
function ItemStep(props: {
  instrument: Instrument;
  index: number;
  answers: Record<string, ScaleAnswer>;
  openAnswers: Record<string, string>;
  onScale: (itemId: string, a: ScaleAnswer) => void;
  onOpen: (itemId: string, text: string) => void;
  onMove: (index: number) => void;
  onFinish: () => void;
}) {
  const { instrument, index, answers, openAnswers } = props;
  const item = instrument.items[index];
  const [draft, setDraft] = useState(item && item.kind === 'open' ? (openAnswers[item.id] ?? '') : '');
  useEffect(() => setDraft(item && item.kind === 'open' ? (openAnswers[item.id] ?? '') : ''), [item?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const last = index === instrument.items.length - 1;
  const options = useMemo(
    () => [
      ...SCALE_LEVELS.map((l) => ({ value: l.value as ScaleAnswer, label: l.label })),
      { value: NOT_KNOWN as ScaleAnswer, label: NOT_KNOWN_LABEL },
    ],
    [],
  );
  if (!item) return null;
  const next = () => (last ? props.onFinish() : props.onMove(index + 1));
  return (
    <section className="kiosk-card" data-testid="kiosk-item" data-item={item.id}>
      <p className="kiosk-progress">
        Pregunta {index + 1} de {instrument.items.length}
      </p>
      <h1 className="kiosk-question">{item.text}</h1>
      {item.kind === 'scale' ? (
        <div className="kiosk-options" role="radiogroup" aria-label={item.text}>
          {options.map((o) => (
            <button
              key={String(o.value)}
              type="button"
              role="radio"
              aria-checked={answers[item.id] === o.value}
              className={answers[item.id] === o.value ? 'kiosk-option selected' : 'kiosk-option'}
              onClick={() => {
                props.onScale(item.id, o.value);
                next();
              }}
            >
              {o.label}
            </button>
          ))}
        </div>
      ) : (
        <textarea
          className="kiosk-open"
          rows={5}
          value={draft}
          aria-label={item.text}
          onChange={(e) => {
            setDraft(e.target.value);
            props.onOpen(item.id, e.target.value);
          }}
        />
      )}
      <div className="kiosk-nav">
        <button type="button" className="kiosk-big" disabled={index === 0} onClick={() => props.onMove(index - 1)}>
          Anterior
        </button>
        <button type="button" className="primary kiosk-big" onClick={next}>
          {last ? 'Enviar respuestas' : item.kind === 'open' ? 'Siguiente' : 'Omitir'}
        </button>
      </div>
    </section>
  );
}

function ExitButton({ exitHash, onExit }: { exitHash: string; onExit: () => void }) {
  const [asking, setAsking] = useState(false);
  const [code, setCode] = useState('');
  const [wrong, setWrong] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link kiosk-exit" onClick={() => setAsking(true)}>
        Salir (asesor)
      </button>
    );
  }
  return (
    <form
      className="kiosk-exit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void hashCode(code).then((h) => (h === exitHash ? onExit() : (setWrong(true), setCode(''))));
      }}
    >
      <label htmlFor="kiosk-exit-code">Código del asesor</label>
      <input
        id="kiosk-exit-code"
        type="password"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoFocus
      />
      {wrong && <span className="field-error">Código incorrecto</span>}
      <button type="submit">Salir</button>
      <button type="button" className="link" onClick={() => setAsking(false)}>
        Cancelar
      </button>
    </form>
  );
}

function KioskSetup({
  schoolId,
  group,
  survey,
  onStart,
}: {
  schoolId: SchoolId;
  group: StakeholderGroup;
  survey: SurveyKind;
  onStart: (k: NonNullable<ReturnType<typeof loadKiosk>>) => void;
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
