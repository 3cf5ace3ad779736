// The handle of a school's `evaluation` document: decisions, the evaluación proyectiva, the Actas de
// Verificación, the sistematización and close, and the satisfaction survey, as domain verbs and views
// per root. It owns the Y.Doc, the acting user, the clock and the transaction origin (see ../handle.ts):
// each verb is one LOCAL_EDIT transaction (the writers' own transactions nest inside it).
import type * as Y from 'yjs';
import {
  ActaLockedError,
  actaItemSchema,
  correctionOf,
  type ActaItem,
  type ActaSignature,
  type ActaVerificacion,
} from '../../../domain/evaluation/acta.ts';
import type { Decision } from '../../../domain/evaluation/decisions.ts';
import type { ProjectiveItem } from '../../../domain/evaluation/projective.ts';
import { SATISFACTION_SURVEY, type SatisfactionResponse } from '../../../domain/evaluation/satisfaction.ts';
import { DocHandle } from '../handle.ts';
import type { HandleFactory } from '../open.ts';
import { rootsView, type View } from '../view.ts';
import type { Actor } from '../actor.ts';
import { createActa, putActaItem, readActas, signActa, type ActaView } from './actas.ts';
import {
  addDecision,
  addSatisfactionResponse,
  markClosed,
  putProjectiveItem,
  readClose,
  readDecisions,
  readProjective,
  readSatisfaction,
  removeProjectiveItem,
  setCloseText,
  type CloseTextField,
  type CloseView,
} from './entries.ts';
import { actasOf, closeOf, decisionsOf, projectiveOf, satisfactionOf, signedOf } from './roots.ts';
import type { EvaluationView } from './read.ts';
import { surveyView, type SurveyData } from './survey.ts';
import { newId } from '../../ids.ts';

export type { ActaView } from './actas.ts';
export { AsesoriaClosedError, type CloseTextField, type CloseView } from './entries.ts';
/** What the screens show of the document: every part but the list of unreadable entries. */
export type EvaluationContent = Omit<EvaluationView, 'invalid'>;
export type { EvaluationView };
export type { SurveyData } from './survey.ts';

/** What the team decides; who decides and when are the actor's. */
export type DecisionInput = Omit<Decision, 'id' | 'decidedBy' | 'decidedAt'>;
/** A new acta for a year: every action of that year, not yet verified. */
export interface NewActa {
  schoolId: string;
  year: number;
  pmeVersionId: string | null;
  actionIds: readonly string[];
  /** The acta's date (the advisor's local calendar day). */
  date: string;
}
export type ActaItemResult =
  { ok: true } | { ok: false; code: 'invalid'; message: string } | { ok: false; code: 'locked' };

export class EvaluationHandle extends DocHandle {
  readonly decisions: View<Decision[]>;
  readonly projective: View<ProjectiveItem[]>;
  readonly close: View<CloseView>;
  readonly actas: View<ActaView[]>;
  readonly satisfaction: View<SatisfactionResponse[]>;
  /** The participatory evaluation's survey, answered in this document. */
  readonly survey: View<SurveyData>;

  constructor(doc: Y.Doc, actor: Actor) {
    super(doc, actor);
    this.decisions = rootsView([decisionsOf(doc)], () => readDecisions(doc).items);
    this.projective = rootsView([projectiveOf(doc)], () => readProjective(doc).items);
    this.close = rootsView([closeOf(doc)], () => readClose(doc));
    this.actas = rootsView([actasOf(doc), signedOf(doc)], () => readActas(doc).actas);
    this.satisfaction = rootsView([satisfactionOf(doc)], () => readSatisfaction(doc).items);
    this.survey = surveyView(doc);
  }

  /** Records a decision (a new entry even on the same target: the latest counts, DE-1); returns its id. */
  decide(decision: DecisionInput): string {
    const id = newId();
    const decided = { ...decision, id, decidedBy: this.actor.name, decidedAt: this.stamp() };
    this.edit(() => addDecision(this.doc, decided, null));
    return id;
  }

  addProjectiveItem(list: ProjectiveItem['list'], text: string): void {
    const item = { id: newId(), list, text, decisionId: null, goalIds: [] };
    this.edit(() => putProjectiveItem(this.doc, item, null));
  }

  removeProjectiveItem(id: string): void {
    this.edit(() => removeProjectiveItem(this.doc, id, null));
  }

  /** Refused (AsesoriaClosedError) once the asesoría is closed (CL-4). */
  setCloseText(field: CloseTextField, value: string): void {
    this.edit(() => setCloseText(this.doc, field, value, null));
  }

  /** Closes the asesoría in the actor's name, now; a second close is refused (CL-4). */
  closeAsesoria(): void {
    const at = this.stamp();
    this.edit(() => markClosed(this.doc, at, this.actor.name, null));
  }

  /** Prepares the year's acta; returns its id. */
  prepareActa({ actionIds, ...header }: NewActa): string {
    const id = newId();
    const items = actionIds.map((actionId): ActaItem => ({
      actionId,
      mediosExist: 'no',
      evidence: [],
      result: 'no-verificada',
      observations: '',
    }));
    const acta = { id, ...header, observaciones: '', correctsActaId: null, signatures: [], items };
    this.edit(() => createActa(this.doc, acta, null));
    return id;
  }

  /** A signed acta is never edited (AV-4): its correction is a new acta linked to it. Returns its id. */
  correctActa(acta: ActaVerificacion, date: string): string {
    const id = newId();
    this.edit(() => createActa(this.doc, correctionOf(acta, { id, date }), null));
    return id;
  }

  /** One action's verification, checked by the acta's schema; refused once the acta has a signature. */
  setActaItem(actaId: string, item: ActaItem): ActaItemResult {
    const parsed = actaItemSchema.safeParse(item);
    if (!parsed.success) return { ok: false, code: 'invalid', message: parsed.error.issues[0]?.message ?? '' };
    try {
      this.edit(() => putActaItem(this.doc, actaId, parsed.data, null));
      return { ok: true };
    } catch (e) {
      if (e instanceof ActaLockedError) return { ok: false, code: 'locked' };
      throw e;
    }
  }

  /** Signs now, on the acta's current content; the first signature freezes it. Returns its hash. */
  signActa(actaId: string, signature: Omit<ActaSignature, 'signedHash' | 'signedAt'>): string {
    const signedAt = this.stamp();
    return this.edit(() => signActa(this.doc, actaId, { ...signature, signedAt }, null));
  }

  /** One person's answers to the satisfaction survey, completed now. */
  answerSatisfaction(answers: SatisfactionResponse['answers'], openAnswers: SatisfactionResponse['openAnswers']): void {
    const { id: surveyId, version: surveyVersion } = SATISFACTION_SURVEY;
    const response = { id: newId(), surveyId, surveyVersion, answers, openAnswers, completedAt: this.stamp() };
    this.edit(() => addSatisfactionResponse(this.doc, response, null));
  }
}

export const evaluationHandle: HandleFactory<EvaluationHandle> = (doc, actor) => new EvaluationHandle(doc, actor);
