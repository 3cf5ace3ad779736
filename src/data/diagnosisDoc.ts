// Moved to docs/diagnosis/survey.ts (the diagnosis handle); kept for the areas that still import it here.
export * from './docs/diagnosis/survey.ts';
