// Moved to docs/diagnosis/review.ts (the diagnosis handle); kept for the areas that still import it here.
export * from './docs/diagnosis/review.ts';
