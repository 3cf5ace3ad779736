// @vitest-environment jsdom
// R-8 for the Acta de Verificación's figures: the verification tab and the PDF, from the same acta
// (2027, twenty actions with mixed results), print the same counts per result, the same year and
// date and as many actions; the version of the PME the acta verifies is the acta's own, for the
// download and for the dossier alike (actaPlanVersion).
import 'fake-indexeddb/auto';
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actaHash } from '../../../../src/domain/evaluation/acta.ts';
import { actaPlanVersion, buildActaVerificacion } from '../../../../src/domain/evaluation/report/actaContent.ts';
import { VERIFICATION_RESULTS } from '../../../../src/domain/evaluation/acta.ts';
import { toSchoolId } from '../../../../src/domain/wire/documentNames.ts';
import { renderActaVerificacionPdf } from '../../../../src/features/evaluation/report/renderActaVerificacion.ts';
import { VerificationTab } from '../../../../src/features/evaluation/VerificationTab.tsx';
import { evaluationHandle } from '../../../../src/data/docs/evaluation/index.ts';
import { actorOf } from '../../../../src/data/docs/actor.ts';
import { sessionStore } from '../../../../src/features/session/index.ts';
import { SCHOOL, YEAR, schoolFixture } from '../schoolFixture.ts';
import { figures, norm, pdfText } from '../figureText.ts';

const fx = schoolFixture();
const versions = [
  {
    id: 'v-final',
    kind: 'final' as const,
    plan: fx.sources.pme,
    createdAt: '2027-07-30T12:00:00Z',
    createdBy: 'Ana',
    note: '',
  },
  {
    id: 'v-final-2',
    kind: 'final' as const,
    plan: { ...fx.sources.pme, actions: [] },
    createdAt: '2027-09-30T12:00:00Z',
    createdBy: 'Ana',
    note: '',
  },
];
const acta = { ...fx.acta, pmeVersionId: 'v-final' };
let pdf = '';

beforeAll(async () => {
  // The tab reads the session's attachments only to sign; an unsigned acta shows no signature image.
  sessionStore.setState({
    status: 'signed-in',
    session: { user: { id: 'u-ana', username: 'ana', displayName: 'Ana Rojas', role: 'asesor' } },
    workspace: { canWrite: () => true },
    engine: {},
    attachments: {},
  } as never);
  const version = actaPlanVersion(acta, versions);
  const content = buildActaVerificacion({
    school: SCHOOL,
    acta,
    actas: [acta],
    pme: version?.plan ?? fx.sources.pme,
    pmeVersionLabel: version?.label ?? null,
    records: fx.sources.records,
    cycles: fx.sources.cycles,
  });
  pdf = await pdfText(renderActaVerificacionPdf(content, new Map()), [content.footer, content.hashLine]);
});
afterEach(cleanup);
afterAll(() => sessionStore.setState({ status: 'loading' }));

function showTab(): HTMLElement {
  const view = { acta, hash: actaHash(acta), signed: false, lateEdits: false };
  return render(
    <VerificationTab
      evaluation={evaluationHandle(new Y.Doc(), actorOf({ userId: 'u1', name: 'Ana Rojas' }))}
      schoolId={toSchoolId(7423)}
      pme={fx.sources.pme}
      year={YEAR}
      actas={[view]}
      records={[...fx.sources.records]}
      pmeVersionId="v-final"
    />,
  ).container;
}

describe('R-8 Acta de Verificación: the verification tab and the PDF print the same figures', () => {
  it('the counts per result, figure by figure, and as many actions as counted', () => {
    const screen = showTab();
    const onScreen = norm(screen.querySelector('[data-testid="acta-totals"]')?.textContent ?? '')
      .split(' · ')
      .map((p) => p.split(': '));
    expect(onScreen.map((p) => p[0])).toEqual(VERIFICATION_RESULTS.map((r) => r.label));
    // In the PDF the totals are one line ("Label: n · Label: n …") just before the Observaciones heading.
    const heading = pdf.lastIndexOf('Observaciones', pdf.indexOf(acta.observaciones));
    const labels = VERIFICATION_RESULTS.map((r) => r.label);
    const printed = new RegExp(`${labels.map((l) => `${l}: (\\S+)`).join(' · ')}\\s*$`).exec(pdf.slice(0, heading));
    expect(printed, 'totals in the PDF').not.toBeNull();
    expect(printed!.slice(1).flatMap(figures)).toEqual(onScreen.flatMap((p) => figures(p[1]!)));
    const rows = screen.querySelectorAll('[data-testid^="acta-item-"][data-testid$="-result"]').length;
    expect(rows).toBe(fx.sources.pme.actions.filter((a) => a.year === YEAR).length);
    expect(onScreen.reduce((s, p) => s + Number(p[1]), 0)).toBe(rows);
    // Twenty actions of 2027, verified two of every four, partly one, not the fourth.
    expect(onScreen.map((p) => p[1])).toEqual(['10', '5', '5']);
  });

  it('the year and the date of the acta', () => {
    const screen = showTab();
    const title = norm(screen.querySelector('[data-testid="acta"] h3')?.textContent ?? '');
    expect(title).toBe(`Acta de Verificación del PME ${YEAR} · 16-12-2027`);
    expect(pdf).toContain(`Plan anual verificado ${YEAR}`);
    expect(pdf).toContain('Fecha del acta 16-12-2027');
  });

  it('the PME version printed is the one the acta verifies, not the latest Versión Final', () => {
    expect(actaPlanVersion(acta, versions)?.label).toBe('PME Versión Final (1), 30-07-2027');
    expect(pdf).toContain('Versión del PME PME Versión Final (1), 30-07-2027');
    expect(actaPlanVersion({ pmeVersionId: null }, versions)).toBeNull();
  });
});
