export { saveBlob } from './saveBlob.ts';
export { useSchoolInfo, type SchoolInfo } from './schoolInfo.ts';
