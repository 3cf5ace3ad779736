// Kiosk mode: the advisor hands the tablet round; each respondent answers anonymously, one
// question per screen, and the next one starts clean. Every answer is written to the diagnosis
// document as it is given. Leaving needs the exit code the advisor set.
import { useEffect, useState } from 'react';
import { NOT_KNOWN_LABEL, STAKEHOLDER_GROUPS, type Instrument, type Response } from '../../domain/diagnosis/model.ts';
import type { SurveyHandle } from '../../data/docs/diagnosis/index.ts';
import { useSurvey } from './useSurvey.ts';
import { ensureInstrument } from './instruments.ts';
import { loadKiosk, saveKiosk, type KioskState } from './kioskState.ts';
import { SURVEYS, type GroupSurveyProps } from './survey.ts';
import { ExitButton } from './kiosk/ExitButton.tsx';
import { ItemStep } from './kiosk/ItemStep.tsx';
import { KioskSetup } from './kiosk/KioskSetup.tsx';
import { newId } from '../../data/ids.ts';
import { EditableArea } from '../screenShell/index.ts';

type Step = { kind: 'welcome' } | { kind: 'item'; index: number } | { kind: 'thanks' };

function MessageCard(props: { title: string; text: string; action: string; onAction: () => void }) {
  return (
    <section className="kiosk-card">
      <h1>{props.title}</h1>
      <p>{props.text}</p>
      <button type="button" className="primary kiosk-big" onClick={props.onAction}>
        {props.action}
      </button>
    </section>
  );
}

interface RunProps extends Required<GroupSurveyProps> {
  handle: SurveyHandle;
  instrument: Instrument;
  responses: Response[];
  kiosk: KioskState;
  save: (next: KioskState | null) => void;
}

/** The kiosk once it is set up: welcome, one question per screen, thanks, and again. */
function KioskRun({ handle, instrument, responses, kiosk, save, schoolId, group, survey }: RunProps) {
  const [step, setStep] = useState<Step>(() => (kiosk.responseId ? { kind: 'item', index: 0 } : { kind: 'welcome' }));
  const current = kiosk.responseId ? responses.find((r) => r.id === kiosk.responseId) : undefined;
  const groupLabel = STAKEHOLDER_GROUPS.find((g) => g.code === group)?.label ?? group;
  const begin = () => {
    const id = newId();
    const { id: instrumentId, version: instrumentVersion } = instrument;
    handle.startResponse({ id, instrumentId, instrumentVersion, group, mode: 'kiosk' });
    save({ ...kiosk, responseId: id });
    setStep({ kind: 'item', index: 0 });
  };
  const finish = () => {
    if (kiosk.responseId) handle.completeResponse(kiosk.responseId);
    save({ ...kiosk, responseId: null });
    setStep({ kind: 'thanks' });
  };
  // Only the stored state is cleared: the screen stays as it is until the address change unmounts it.
  const leave = () => (saveKiosk(null), (window.location.hash = `#/escuelas/${schoolId}/${SURVEYS[survey].path}`));
  return (
    <div className="kiosk" data-testid="kiosk">
      <header className="kiosk-header">
        <span>Encuesta para {groupLabel.toLowerCase()} · anónima</span>
        <ExitButton exitHash={kiosk.exitHash} onExit={leave} />
      </header>
      {step.kind === 'welcome' && (
        <MessageCard
          title={instrument.title}
          text={`Sus respuestas son anónimas y ayudan a mejorar el establecimiento. Responda según su experiencia; si no sabe, elija «${NOT_KNOWN_LABEL}».`}
          action="Comenzar"
          onAction={begin}
        />
      )}
      {step.kind === 'thanks' && (
        <MessageCard
          title="¡Gracias por responder!"
          text="Sus respuestas quedaron guardadas. Entregue la tableta a la siguiente persona."
          action="Siguiente persona"
          onAction={() => setStep({ kind: 'welcome' })}
        />
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

export function KioskScreen({ schoolId, group, survey = 'diagnosis' }: GroupSurveyProps) {
  const { survey: handle, instruments, responses } = useSurvey(schoolId, survey);
  const [kiosk, setKiosk] = useState(loadKiosk);
  const [instrument, setInstrument] = useState<Instrument | null>(null);
  useEffect(() => {
    if (handle && !instrument) setInstrument(ensureInstrument(handle, instruments, group, survey));
  }, [handle, instruments, group, instrument, survey]);
  const save = (next: KioskState | null) => (saveKiosk(next), setKiosk(next));

  const active = kiosk && kiosk.schoolId === schoolId && kiosk.group === group && kiosk.survey === survey;
  const props = { schoolId, group, survey, handle, instrument, responses, kiosk, save };
  return (
    <EditableArea kind={SURVEYS[survey].docKind}>
      {!active ? (
        <KioskSetup schoolId={schoolId} group={group} survey={survey} onStart={save} />
      ) : !handle || !instrument ? (
        <p className="kiosk-message">Preparando el cuestionario…</p>
      ) : (
        <KioskRun {...props} handle={handle} instrument={instrument} kiosk={kiosk} />
      )}
    </EditableArea>
  );
}
