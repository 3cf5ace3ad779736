export * from './comments.ts';
export * from './sostenedorSignature.ts';
