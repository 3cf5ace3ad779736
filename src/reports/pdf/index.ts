// The PDF page layout shared by every document maker (PME, diagnosis, programme, monitoring, evaluation).
export {
  ACCENT,
  ACCENT_LIGHT,
  BODY_SIZE,
  MUTED,
  PT,
  WARNING,
  lineHeight,
  newDocument,
  pageH,
  pageW,
  pdfLayout,
  toBytes,
  type Cursor,
  type Rgb,
} from './layout.ts';
