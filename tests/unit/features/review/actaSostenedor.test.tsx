// @vitest-environment jsdom
// CM-6: the sostenedor's signature, stored in the review document, is the acta's sostenedor signature
// on the verification screen, in the Acta de Verificación's PDF and in the dossier's reading of the
// acta, and all of them agree (name, date, valid or not: AV-3), read the way the screen reads them.
import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { evaluationHandle, type ActaView } from '../../../../src/data/docs/evaluation/index.ts';
import { createActa } from '../../../../src/data/docs/evaluation/actas.ts';
import { readDossierDocs, type DossierDocs } from '../../../../src/data/docs/evaluation/schoolDocs.ts';
import { reviewHandle } from '../../../../src/data/docs/review/index.ts';
import { actaSignaturesOf } from '../../../../src/data/docs/review/read.ts';
import { buildActaVerificacion } from '../../../../src/domain/evaluation/report/actaContent.ts';
import { withSostenedorSignatures } from '../../../../src/domain/review/sostenedorSignature.ts';
import { formatCalendarDate, formatLocalTimestamp } from '../../../../src/domain/shared/localDates.ts';
import { toSchoolId } from '../../../../src/domain/wire/documentNames.ts';
import { renderActaVerificacionPdf } from '../../../../src/features/evaluation/report/renderActaVerificacion.ts';
import { VerificationTab } from '../../../../src/features/evaluation/VerificationTab.tsx';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { SCHOOL, YEAR, schoolFixture } from '../schoolFixture.ts';
import { norm, pdfText } from '../figureText.ts';

const fx = schoolFixture();
const SIG = { hash: 'e'.repeat(64), type: 'image/png' as const, size: 1200 };
const at = (iso: string) => () => new Date(iso);
const evaluationDoc = new Y.Doc();
const reviewDoc = new Y.Doc();
const evaluation = evaluationHandle(
  evaluationDoc,
  actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, at(`${YEAR}-12-16T15:00:00Z`)),
);
const review = reviewHandle(
  reviewDoc,
  actorOf({ userId: 'u-pedro', name: 'Pedro Díaz' }, at(`${YEAR}-12-18T15:00:00Z`)),
);

/** The acta as useEvaluationData gives it to the screen and the PDF: the evaluation's, with the review's signature. */
const actaView = (): ActaView =>
  withSostenedorSignatures(evaluation.actas.get(), review.actaSignatures.get()).find((a) => a.acta.id === fx.acta.id)!;

/** The PDF's signatures block: the three roles, then each one's name and state in the same order. */
const signatureBlock = (pdf: string) => pdf.slice(pdf.indexOf('Firmas Director/a'), pdf.indexOf('Cada firma')).trim();

async function printed(view: ActaView): Promise<string> {
  const content = buildActaVerificacion({
    school: SCHOOL,
    acta: view.acta,
    actas: [view.acta],
    pme: fx.sources.pme,
    pmeVersionLabel: null,
    records: fx.sources.records,
    cycles: fx.sources.cycles,
  });
  return pdfText(renderActaVerificacionPdf(content, new Map()), [content.footer, content.hashLine]);
}

function shown(view: ActaView): HTMLElement {
  return render(
    <VerificationTab
      evaluation={evaluation}
      review={review}
      schoolId={toSchoolId(7423)}
      pme={fx.sources.pme}
      year={YEAR}
      actas={[view]}
      records={[...fx.sources.records]}
      pmeVersionId={null}
    />,
  ).container;
}

beforeAll(() => {
  // Signature images are not on this device: the screen says so, the PDF prints a sentence instead.
  const attachments = { fetchAttachment: async () => ({ ok: false, reason: 'missing' }) };
  sessionStore.setState({
    status: 'signed-in',
    session: { user: { id: 'u-ana', username: 'ana', displayName: 'Ana Rojas', role: 'asesor' } },
    workspace: { canWrite: () => true },
    engine: {},
    attachments,
  } as never);
  createActa(evaluationDoc, fx.acta, null);
  evaluation.signActa(fx.acta.id, { role: 'director', name: 'María Pérez', signature: SIG });
  evaluation.signActa(fx.acta.id, { role: 'asesor', name: 'Ana Rojas', signature: SIG });
});
afterEach(cleanup);
afterAll(() => sessionStore.setState({ status: 'loading' }));

describe('CM-6 the sostenedor signature from the review document, on the screen and in the PDF alike', () => {
  it('CM-6 before it, both show the sostenedor as pending; the screen lets the sostenedor sign the frozen acta', async () => {
    const view = actaView();
    const screen = shown(view);
    expect(screen.querySelector('[data-testid="acta-signature-sostenedor"]')).toBeNull();
    expect((screen.querySelector('[data-testid="sign-sostenedor-name"]') as HTMLInputElement).disabled).toBe(false);
    expect(signatureBlock(await printed(view))).toMatch(/Sostenedor\/a .* — Pendiente \(firma opcional\)$/);
  });

  it('CM-5 CM-6 after signing in the review document: the same name and date on the screen and in the PDF', async () => {
    expect(review.signActa(actaView(), { name: 'Pedro Díaz', signature: SIG })).toEqual({ ok: true });
    const view = actaView();
    expect(view.acta.signatures.map((s) => s.role)).toEqual(['director', 'asesor', 'sostenedor']);
    const row = norm(shown(view).querySelector('[data-testid="acta-signature-sostenedor"]')?.textContent ?? '');
    const signedAt = view.acta.signatures[2]!.signedAt;
    expect(signedAt).toBe(`${YEAR}-12-18T15:00:00.000Z`);
    expect(row).toMatch(new RegExp(`^Sostenedor/a: Pedro Díaz · ${formatLocalTimestamp(signedAt)}`));
    const pdf = await printed(view);
    expect(signatureBlock(pdf)).toMatch(/^Firmas Director\/a Asesor\/a ATE Sostenedor\/a /);
    expect(
      signatureBlock(pdf).endsWith(
        `Ana Rojas Firmado el 16-12-${YEAR} Pedro Díaz Firmado el ${formatCalendarDate(signedAt)}`,
      ),
    ).toBe(true);
    expect(pdf).not.toContain('Pendiente (firma opcional)');
  });

  it('CM-6 AV-3 a stored signature made on other content: both say it does not count', async () => {
    const stored = review.actaSignatures.get()[0]!;
    const doc = new Y.Doc();
    actaSignaturesOf(doc).set(stored.actaId, { ...stored, signedHash: 'c'.repeat(64) });
    const view = withSostenedorSignatures(
      evaluation.actas.get(),
      reviewHandle(doc, actorOf({ userId: 'x', name: 'x' })).actaSignatures.get(),
    )[0]!;
    const row = norm(shown(view).querySelector('[data-testid="acta-signature-sostenedor"]')?.textContent ?? '');
    expect(row).toContain('firma hecha sobre otro contenido: no vale para esta acta');
    expect(await printed(view)).toContain('Firma hecha sobre otro contenido: no vale para esta acta');
  });

  it('CM-6 the dossier reads the acta with the same sostenedor signature', () => {
    const blank = () => new Y.Doc();
    const docs: DossierDocs = {
      profile: blank(),
      diagnosis: blank(),
      pme: blank(),
      monitoring: blank(),
      programme: blank(),
      evaluation: evaluationDoc,
      review: reviewDoc,
    };
    const acta = readDossierDocs(docs, SCHOOL.rbd, YEAR).evaluation.actas[0]!.acta;
    expect(acta.signatures).toEqual(actaView().acta.signatures);
    expect(acta.signatures.at(-1)).toMatchObject({ role: 'sostenedor', name: 'Pedro Díaz' });
  });
});

const PEDRO = { id: 'u-pedro', username: 'pedro', displayName: 'Pedro Díaz', role: 'sostenedor' };

describe('A-10 CM-5 the verification screen of a sostenedor', () => {
  it('A-10 CM-5 the acta and the other cargos are read-only; their own signature is offered', () => {
    const doc = new Y.Doc();
    const handle = evaluationHandle(
      doc,
      actorOf({ userId: 'u-ana', name: 'Ana Rojas' }, at(`${YEAR}-12-16T15:00:00Z`)),
    );
    createActa(doc, fx.acta, null);
    handle.signActa(fx.acta.id, { role: 'director', name: 'María Pérez', signature: SIG });
    const view = withSostenedorSignatures(handle.actas.get(), [])[0]!;
    const control = (screen: HTMLElement, testId: string) =>
      screen.querySelector<HTMLInputElement | HTMLButtonElement>(`[data-testid="${testId}"]`)!;
    const areaOf = (screen: HTMLElement, testId: string) => control(screen, testId).closest('[data-doc-kind]')!;
    const previous = sessionStore.getState();
    try {
      // A sostenedor's workspace writes only the review document.
      const workspace = { canWrite: (kind: string) => kind === 'review' };
      sessionStore.setState({ ...previous, session: { user: PEDRO }, workspace } as never);
      const screen = render(
        <VerificationTab
          evaluation={handle}
          review={reviewHandle(new Y.Doc(), actorOf({ userId: 'u-pedro', name: 'Pedro Díaz' }))}
          schoolId={toSchoolId(7423)}
          pme={fx.sources.pme}
          year={YEAR}
          actas={[view]}
          records={[...fx.sources.records]}
          pmeVersionId={null}
        />,
      ).container;
      expect(control(screen, 'sign-asesor-name').disabled).toBe(true);
      expect(areaOf(screen, 'sign-asesor-name').getAttribute('data-doc-kind')).toBe('evaluation');
      expect(control(screen, 'sign-sostenedor-name').disabled).toBe(false);
      expect(areaOf(screen, 'sign-sostenedor').getAttribute('data-doc-kind')).toBe('review');
      // Their own account's name is offered (editable), so the button is ready.
      expect((control(screen, 'sign-sostenedor-name') as HTMLInputElement).value).toBe('Pedro Díaz');
      expect(control(screen, 'sign-sostenedor').disabled).toBe(false);
    } finally {
      sessionStore.setState(previous);
    }
  });
});
