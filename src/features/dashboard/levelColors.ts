// One colour per nivel de implementación (and "sin registro"), for the screen's bars and the PDF's.
import type { ImplementationLevel } from '../../domain/monitoring/levels.ts';

type Rgb = [number, number, number];

export const LEVEL_RGB: Record<ImplementationLevel | 'none', Rgb> = {
  completa: [46, 125, 50],
  avanzada: [124, 179, 66],
  adecuada: [220, 180, 40],
  parcial: [239, 140, 50],
  inicial: [214, 84, 56],
  'no-efectuada': [160, 30, 30],
  none: [175, 175, 175],
};

export const levelCss = (level: ImplementationLevel | 'none') => `rgb(${LEVEL_RGB[level].join(',')})`;
