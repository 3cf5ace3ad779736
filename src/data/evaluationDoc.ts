// The evaluation document's readers and writers at their old path, for the areas that read it (PME
// proposals, programme evidence) while they move to handles; the code lives in docs/evaluation/.
export { createActa, putActaItem, signActa, type ActaView } from './docs/evaluation/actas.ts';
export {
  AsesoriaClosedError, addDecision, addSatisfactionResponse, markClosed, putProjectiveItem, removeProjectiveItem,
  setCloseText, type CloseTextField,
} from './docs/evaluation/entries.ts';
export { readEvaluation, type EvaluationView } from './docs/evaluation/read.ts';
