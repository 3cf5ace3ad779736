// @vitest-environment jsdom
// The one editable-list component (sellos of the PEI and of the PME, the school's team, the problems
// to prioritise): each entry with its "Quitar", and a form that never adds a blank entry.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddTextForm, EditableList, SellosEditor } from '../../../../src/features/forms/index.ts';

afterEach(cleanup);

const sellos = [
  { id: 's1', text: 'Inclusión' },
  { id: 's2', text: 'Vida saludable' },
];

describe('EditableList', () => {
  it('lists each entry as described, and "Quitar" removes that entry by id', () => {
    const onRemove = vi.fn();
    render(
      <EditableList items={sellos} describe={(s) => `Sello ${s.text}`} onRemove={onRemove} testId="list">
        <p>formulario</p>
      </EditableList>,
    );
    const items = within(screen.getByTestId('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Sello Inclusión Quitar', 'Sello Vida saludable Quitar']);
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Quitar' }));
    expect(onRemove).toHaveBeenCalledWith('s2');
    expect(screen.getByText('formulario')).toBeTruthy();
  });
});

describe('AddTextForm', () => {
  it('adds the text as typed, empties the field, and keeps the button disabled while the text is blank', () => {
    const onAdd = vi.fn();
    render(<AddTextForm inputId="new" label="Nuevo problema" submitLabel="Agregar" maxLength={500} onAdd={onAdd} />);
    const input = screen.getByLabelText<HTMLInputElement>('Nuevo problema');
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Agregar' });
    expect(input.maxLength).toBe(500);
    fireEvent.change(input, { target: { value: '   ' } });
    expect(button.disabled).toBe(true);
    fireEvent.submit(input.form!);
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'Baja asistencia' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('Baja asistencia');
    expect(input.value).toBe('');
  });
});

describe('SellosEditor', () => {
  it('shows the heading, the sellos and a "Nuevo sello" field limited to 300 characters', () => {
    const onAdd = vi.fn();
    render(<SellosEditor sellos={sellos} inputId="pme-sello" testId="pme-sellos" onAdd={onAdd} onRemove={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Sellos educativos' })).toBeTruthy();
    expect(within(screen.getByTestId('pme-sellos')).getAllByRole('listitem')).toHaveLength(2);
    const input = screen.getByLabelText<HTMLInputElement>('Nuevo sello');
    expect(input.id).toBe('pme-sello');
    expect(input.maxLength).toBe(300);
    fireEvent.change(input, { target: { value: 'Arte' } });
    fireEvent.click(screen.getByRole('button', { name: 'Agregar sello' }));
    expect(onAdd).toHaveBeenCalledWith('Arte');
  });
});
