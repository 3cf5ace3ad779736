// Kept for the screens' document makers that import it today: the writers live in src/reports/.
export * from '../../../reports/index.ts';
