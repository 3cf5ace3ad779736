// Moved to docs/diagnosis/results.ts (the diagnosis handle); kept for the areas that still import it here.
export * from './docs/diagnosis/results.ts';
