// The schools the relay grants show up on a fresh device at sign-in, named from the relay's copy,
// and registering an RBD the relay already holds opens that school instead of creating a second
// one (docs/spec/access.md A-7).
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { useRelayAndBrowser } from '../support/e2eSetup.ts';
import {
  SCHOOL_7423,
  createSchool,
  fillNewSchool,
  openLoggedPage,
  signIn,
  waitForSync,
  waitForValue,
} from '../support/browser.ts';

const USERS = {
  ana: { username: 'ana', role: 'asesor', password: 'clave-ana-2026' },
  // The school's director: granted 7423 (registered by ana) and 5834 (that nobody registered yet).
  dir: { username: 'dir', role: 'escuela', password: 'clave-dir-2026', schools: ['7423', '5834'] },
  // A second asesora; the coordinator gives her 7423 too once ana holds it (test 2).
  carla: { username: 'carla', role: 'asesor', password: 'clave-carla-2026' },
  beto: { username: 'beto', role: 'asesor', password: 'clave-beto-2026' },
} as const;

const ctx = useRelayAndBrowser(
  Object.values(USERS).map((u) => ({ ...u, schools: 'schools' in u ? [...u.schools] : [] })),
);

async function open(name: keyof typeof USERS): Promise<Page> {
  const page = await openLoggedPage(ctx.browser, name, ctx.logs);
  await signIn(page, ctx.relay.url, name, USERS[name].password);
  return page;
}

function dumpLogsOnFailure() {
  onTestFailed(() => console.error(`browser log:\n${ctx.logs.join('\n')}\nrelay log:\n${ctx.relay.logs.slice(-4000)}`));
}

describe('A-7 schools from the relay', () => {
  it('a director signing in on a fresh device sees the schools granted to them, named from the relay, without doing anything', async () => {
    dumpLogsOnFailure();
    const ana = await open('ana');
    await createSchool(ana, SCHOOL_7423);
    await waitForSync(ana, 'al-dia');

    const dir = await open('dir');
    const list = dir.getByTestId('school-list');
    await list.getByText(SCHOOL_7423.name).waitFor();
    // 5834 is granted but nobody has registered it: listed by its RBD, saying so.
    const pending = dir.locator('[data-testid="school-arriving"][data-school="5834"]');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('RBD 5834');
    expect(await pending.textContent()).toContain('aún sin ficha en el servidor');
    // The name came with the relay's copy of the profile: it is in the form, and is ana's.
    await list.getByText(SCHOOL_7423.name).click();
    await dir.getByTestId('school-form').waitFor();
    await waitForValue(dir, '#school-name', SCHOOL_7423.name);
    await waitForValue(dir, '#school-notes', SCHOOL_7423.notes ?? '');
    await dir.context().close();
    await ana.context().close();
  });

  it('an asesora who may read a school the relay holds is taken to it from "Registrar", not given a second one', async () => {
    dumpLogsOnFailure();
    await ctx.relay.cli(['user', 'grant', 'carla', '7423']);
    const carla = await open('carla');
    await carla.evaluate(() => (window.location.hash = '#/escuelas/nueva'));
    // She fills in the school as she knows it, the RBD last: had it been created, her name would
    // be in the school's record.
    const { rbd, dv, ...rest } = SCHOOL_7423;
    await fillNewSchool(carla, { ...rest, name: 'Escuela de Carla', director: 'Carla Soto' });
    await fillNewSchool(carla, { rbd, dv });
    await carla.waitForFunction(() => window.location.hash === '#/escuelas/7423', undefined, { polling: 100 });
    await carla.getByTestId('opened-existing').waitFor();
    expect(await carla.getByTestId('opened-existing').textContent()).toContain('ya estaba registrado en el servidor');
    await carla.getByTestId('school-form').waitFor();
    await waitForValue(carla, '#school-name', SCHOOL_7423.name);
    await waitForSync(carla, 'al-dia');
    // Nothing of hers was written: the relay's record, one school in the list.
    expect(await carla.locator('#school-name').inputValue()).toBe(SCHOOL_7423.name);
    expect(await carla.locator('#school-director').inputValue()).toBe('');
    await carla.evaluate(() => (window.location.hash = '#/escuelas'));
    await carla.getByTestId('school-list').getByText(SCHOOL_7423.name).waitFor();
    expect(await carla.getByTestId('school-list').locator('li').count()).toBe(1);
    // Going back to "Registrar" starts clean (the draft that named 7423 is gone).
    await carla.getByRole('link', { name: 'Registrar establecimiento' }).click();
    await carla.locator('#school-rbd').waitFor();
    expect(await carla.locator('#school-rbd').inputValue()).toBe('');
    await carla.context().close();
  });

  it('an asesor for whom the school is held by another is told so in Spanish before registering it', async () => {
    dumpLogsOnFailure();
    const beto = await open('beto');
    await beto.evaluate(() => (window.location.hash = '#/escuelas/nueva'));
    await fillNewSchool(beto, { rbd: SCHOOL_7423.rbd, dv: SCHOOL_7423.dv });
    const verdict = beto.getByTestId('relay-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('asignado a otro asesor');
    expect(beto.url()).toContain('#/escuelas/nueva');
    await beto.context().close();
  });
});
