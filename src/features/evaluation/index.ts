export { EvaluationScreen } from './EvaluationScreen.tsx';
