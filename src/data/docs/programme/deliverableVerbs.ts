// The deliverables' verbs: a state chosen by hand, going back to what the app's documents say, and
// recording that the app produced one (its PDF made on this device).
import { localIsoDate } from '../../../domain/shared/localDates.ts';
import { deliverableCodeSchema, type DeliverableCode, type DeliverableState } from '../../../domain/programme/index.ts';
import { NESTED, type EditContext } from './context.ts';
import { clearDeliverableState, recordProduced, setDeliverableState } from './deliverables.ts';

export function deliverableVerbs(ctx: EditContext) {
  return {
    setState(code: DeliverableCode, state: DeliverableState): void {
      const valid = deliverableCodeSchema.parse(code);
      ctx.edit(() => setDeliverableState(ctx.doc, valid, state, NESTED));
    },
    /** Clears the state set by hand: the checklist follows the app's documents again. */
    followApp(code: DeliverableCode): void {
      ctx.edit(() => clearDeliverableState(ctx.doc, code, NESTED));
    },
    /** The app produced it today (the actor's local date) or on `on`; the earliest date is kept. */
    recordProduced(code: DeliverableCode, on: string = localIsoDate(ctx.actor.now())): void {
      const valid = deliverableCodeSchema.parse(code);
      ctx.edit(() => recordProduced(ctx.doc, valid, on, NESTED));
    },
  };
}
