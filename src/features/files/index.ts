export { saveBlob } from './saveBlob.ts';
export { useSchoolInfo, type SchoolInfo } from './schoolInfo.ts';
/** The XLSX writer, loaded on demand (it is only needed when exporting). */
export const loadXlsxWriter = () => import('../../reports/xlsx.ts').then((m) => m.buildWorkbook);
export { useFileAction } from './useFileAction.ts';
export { OutputButton, OutputError } from './OutputButton.tsx';
