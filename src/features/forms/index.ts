export { LimitedInput, LimitedTextarea } from './LimitedText.tsx';
export { BoundedNumberInput } from './BoundedNumberInput.tsx';
export { SelectField } from './SelectField.tsx';
