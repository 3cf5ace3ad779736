// Moved to docs/diagnosis/peiPlanes.ts (the diagnosis handle); kept for the areas that still import it here.
export * from './docs/diagnosis/peiPlanes.ts';
