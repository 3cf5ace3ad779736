// How a person types, for the year-size bench: deterministic Spanish-like text, typed key by key in
// bursts of 30–120 characters with a typo corrected now and then. `write` is the form's verb; it is
// called on every keystroke (the old forms) or once at the end of each burst (YS-1).
export type TypingMode = 'keystroke' | 'burst';

const WORDS = [
  'los',
  'estudiantes',
  'docentes',
  'equipo',
  'de',
  'gestión',
  'la',
  'escuela',
  'participan',
  'en',
  'talleres',
  'lectura',
  'matemática',
  'convivencia',
  'apoderados',
  'seguimiento',
  'reunión',
  'acuerdos',
  'mejora',
  'plan',
  'evaluación',
  'aprendizajes',
  'clases',
  'observación',
  'retroalimentación',
  'asistencia',
  'curso',
  'semana',
  'se',
  'revisan',
  'avances',
  'y',
  'dificultades',
  'con',
  'el',
  'director',
  'jefe',
  'UTP',
  'para',
  'ajustar',
];

/** A seeded generator (mulberry32): the same year on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `length` characters of sentences. */
export function prose(random: () => number, length: number): string {
  let out = '';
  let start = true;
  while (out.length < length) {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    out += (out ? ' ' : '') + (start ? word[0]!.toUpperCase() + word.slice(1) : word);
    start = random() < 0.08;
    if (start) out += '.';
  }
  return `${out}.`;
}

export interface Typist {
  /** Types `text` after what the field holds (`from`); gives the field's final text. */
  type(from: string, text: string, write: (value: string) => void): string;
  keystrokes(): number;
}

export function typist(mode: TypingMode, random: () => number, tick: () => void): Typist {
  let keys = 0;
  return {
    type(from, text, write) {
      let value = from;
      let written = from;
      const commit = () => {
        if (value !== written) write((written = value));
      };
      let burstLeft = 30 + Math.floor(random() * 90);
      const key = (next: string) => {
        value = next;
        keys++;
        tick();
        if (mode === 'keystroke') write(value);
      };
      for (const ch of text) {
        if (random() < 0.04) {
          key(value + 'x');
          key(value.slice(0, -1));
        }
        key(value + ch);
        if (--burstLeft === 0) {
          if (mode === 'burst') commit();
          burstLeft = 30 + Math.floor(random() * 90);
        }
      }
      if (mode === 'burst') commit();
      return value;
    },
    keystrokes: () => keys,
  };
}
