// FT-4 in the dossier: the 1er Informe de Monitoreo built for the final dossier prints the decisions
// stored for its corte, as the monitoring screen's PDF of the same corte does (they used to differ:
// the dossier's always printed none).
import { describe, expect, it } from 'vitest';
import { DOSSIER_TODAY, buildSchoolDocs } from '../../../../bench/evaluationDossier.ts';
import { monitoringPdf } from '../../../../src/features/evaluation/dossier/documents.ts';
import { readSchoolState } from '../../../../src/features/evaluation/dossier/state.ts';
import { setDecisions } from '../../../../src/data/docs/monitoring/decisions.ts';
import { sortCycles } from '../../../../src/domain/monitoring/cycles.ts';
import { pdfText } from '../../../support/pdfText.ts';

const DECISIONS = 'Extender las tutorías de lectura al segundo semestre.';

describe('FT-4 dossier monitoring report', () => {
  it('FT-4 the first corte’s report in the dossier prints the decisions stored for that corte', async () => {
    const school = buildSchoolDocs({ responsesPerGroup: 3 });
    const before = readSchoolState(school.schoolId, school.docs, 'Ana Rojas', DOSSIER_TODAY);
    const first = sortCycles(before.monitoring.cycles.filter((c) => c.closedAt))[0]!;
    setDecisions(school.docs.monitoring, first.id, DECISIONS, 't');
    const s = readSchoolState(school.schoolId, school.docs, 'Ana Rojas', DOSSIER_TODAY);
    const pdf = monitoringPdf(s, first, false);
    if (!pdf.ok) throw new Error(pdf.reason);
    expect((await pdfText(pdf.bytes, { mode: 'layout' })).replace(/\s+/g, ' ')).toContain(DECISIONS);
  });
});
