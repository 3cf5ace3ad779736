// The Informe de Monitoreo's layout, in the look of the PME document: the shared PDF layout with
// 22 mm above the text (room for the running header) and 18 mm below, compact top-aligned tables,
// and larger section titles and label–value tables.
import { pdfLayout } from '../../files/report/index.ts';

export const monitoringLook = pdfLayout({
  marginX: 15,
  top: 22,
  bottom: 18,
  heading: { size: 14, keep: 30, after: 2.5, accent: true },
  table: { fontSize: 8, valign: 'top', after: 6 },
  facts: { fontSize: 10, cellPadding: 1.2, labelWidth: 75 },
});
