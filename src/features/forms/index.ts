export { LimitedInput, LimitedTextarea, TextCounter } from './LimitedText.tsx';
