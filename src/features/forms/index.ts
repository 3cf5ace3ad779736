export { LimitedTextarea } from './LimitedText.tsx';
export { BoundedNumberInput } from './BoundedNumberInput.tsx';
export { SelectField } from './SelectField.tsx';
export { AddTextForm, EditableList, SellosEditor } from './EditableList.tsx';
export { TableHead } from './TableHead.tsx';
export { BufferedInput, BufferedTextarea } from './BufferedText.tsx';
export { BURST_IDLE_MS, useBufferedText, useCommitOnLeave, useLatest } from './useBufferedText.ts';
