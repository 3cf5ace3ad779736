// Moved to docs/diagnosis/prioritisation.ts (the diagnosis handle); kept for the areas that still import it here.
export * from './docs/diagnosis/prioritisation.ts';
