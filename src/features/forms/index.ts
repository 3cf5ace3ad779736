export { LimitedInput, LimitedTextarea, TextCounter } from './LimitedText.tsx';
export { BoundedNumberInput, readNumberText } from './BoundedNumberInput.tsx';
