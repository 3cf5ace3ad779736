// A closed corte is read from its frozen snapshot (domain/monitoring/effective.ts).
export { effectiveData, type EffectiveData } from '../../domain/monitoring/effective.ts';
