// Stands in for jspdf's optional extras (html2canvas, canvg, dompurify), aliased in vite.config.ts so
// that about 370 KiB the app never uses stay out of the build and the precache. jspdf loads them only
// for `jsPDF.html()` and `addSvgAsImage()`, which the app does not call; if one ever is, it fails
// with this message instead of a missing chunk. Shaped like each extra's default export: html2canvas
// is called, canvg's `fromString` and DOMPurify's `sanitize` are.
export const EXTRA_REMOVED_MESSAGE =
  'jspdf optional extra removed from this build (html2canvas, canvg, dompurify): jsPDF.html() and addSvgAsImage() are not available';

function unavailable(): never {
  throw new Error(EXTRA_REMOVED_MESSAGE);
}

export default Object.assign(unavailable, { fromString: unavailable, sanitize: unavailable });
