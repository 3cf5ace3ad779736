// The evaluation documents' layout (Informe de Evaluación, Acta de Verificación, Herramientas de
// monitoreo): the shared PDF layout with 20 mm above and below the text (the acta prints its hash
// under the footer), larger headings and wider labels in label–value tables.
import { pdfLayout } from '../../files/report/index.ts';

export const evaluationLook = pdfLayout({
  marginX: 15,
  top: 20,
  bottom: 20,
  heading: { size: 12.5, keep: 24, after: 1.5, accent: true },
  facts: { fontSize: 9.5, cellPadding: 1, labelWidth: 52 },
});
