export * from './exif.ts';
export * from './photoPlan.ts';
