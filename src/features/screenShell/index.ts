export { ScreenShell } from './ScreenShell.tsx';
export { DocArea, EditableArea, ReadOnlyNotice } from './EditableArea.tsx';
export { TabButtons, type TabDef } from './TabButtons.tsx';
export { useYearChoice } from './useYearChoice.ts';
export { YearField } from './YearField.tsx';
