// The programme documents' layout (acta de sesión, hours report): the shared PDF layout with A4
// portrait pages, 20 mm above and 18 mm below the text, and the default type sizes.
import { pdfLayout } from '../../files/report/index.ts';

export const { MARGIN_X, TOP, contentW, drawPageFrames, facts, heading, muted, table, title, writeLines } = pdfLayout({
  marginX: 15,
  top: 20,
  bottom: 18,
});
