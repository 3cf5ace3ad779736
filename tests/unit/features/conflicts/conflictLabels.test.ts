// S-21: the conflict panel names each field in Spanish and shows both values readably.
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldOf, valueLabel } from '../../../../src/features/conflicts/labels.ts';

describe('conflict labels (S-21)', () => {
  it.each([
    [{ path: ['profile.name'], key: null }, 'name', 'Nombre del establecimiento'],
    [{ path: ['profile'], key: 'categoria' }, 'categoria', 'Categoría de desempeño'],
    [{ path: ['pme.actions', 'a1', 'descripcion'], key: null }, 'descripcion', 'Descripción'],
    [{ path: ['monitoring.records', 'k'], key: 'fuenteExtra' }, 'fuenteExtra', 'Fuente extra'],
  ])('%j is the field %s, «%s»', (c, field, label) => {
    expect(fieldOf(c)).toBe(field);
    expect(fieldLabel(c)).toBe(label);
  });

  it('shows codes by their labels, empty as (vacío), numbers in es-CL', () => {
    expect(valueLabel({ path: ['profile'], key: 'categoria' }, 'medio')).toBe('Medio');
    expect(valueLabel({ path: ['profile'], key: 'matricula' }, null)).toBe('(vacío)');
    expect(valueLabel({ path: ['profile'], key: 'prioritariosPct' }, 72.5)).toBe('72,5');
  });
});
