// @vitest-environment jsdom
// FT-3 (D-1): the plan de monitoreo shows its school year as the rest of the screen does, "01-03-2026 a
// 20-12-2026", never the stored "2026-03-01".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { PlanSection } from '../../../../src/features/monitoring/PlanSection.tsx';
import type { MonitoringView } from '../../../../src/data/docs/monitoring/read.ts';
import { schoolYearOf } from '../../../../src/domain/pme/actionRules.ts';
import { buildPlan } from '../../domain/pme/planFixture.ts';

afterEach(cleanup);

describe('FT-3 plan de monitoreo dates', () => {
  it('FT-3 D-1 the school year reads dd-mm-aaaa', () => {
    const pme = buildPlan();
    const sy = schoolYearOf(pme, 2026);
    const view = { plans: [], instruments: [] } as unknown as MonitoringView;
    render(<PlanSection handle={{} as never} view={view} pme={pme} year={2026} />);
    const [y, m, d] = sy.start.split('-');
    const [ey, em, ed] = sy.end.split('-');
    const text = screen.getByText(/Año escolar/).textContent ?? '';
    expect(text).toContain(`Año escolar ${d}-${m}-${y} a ${ed}-${em}-${ey}.`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
