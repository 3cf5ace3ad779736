export { SchoolListScreen } from './SchoolListScreen.tsx';
export { NewSchoolScreen } from './NewSchoolScreen.tsx';
export { SchoolScreen } from './SchoolScreen.tsx';
