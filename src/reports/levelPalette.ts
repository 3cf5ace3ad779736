// One colour per nivel de implementación (and "sin registro"): the dashboard's bars, its PDF and the
// monitoring report's charts and cells all paint a level the same way.
import type { ImplementationLevel } from '../domain/monitoring/levels.ts';
import type { Rgb } from './pdf/layout.ts';

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
