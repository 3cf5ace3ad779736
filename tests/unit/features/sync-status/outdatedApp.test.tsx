// @vitest-environment jsdom
// PV-1 in the header: once the relay has refused the sync socket for its protocol version, the sync
// indicator asks, in Spanish, to update the app.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncIndicator } from '../../../../src/features/sync-status/index.ts';
import { syncStore } from '../../../../src/sync/syncStore.ts';

afterEach(() => {
  cleanup();
  syncStore.setState({ outdated: false, connection: 'offline', docs: {} });
});

describe('PV-1 the sync indicator of an outdated app', () => {
  it('says nothing about versions while the relay accepts this one', () => {
    syncStore.setState({ outdated: false, connection: 'online' });
    render(<SyncIndicator />);
    expect(screen.queryByTestId('sync-outdated')).toBeNull();
  });

  it('asks to update the app once the relay refused the socket for its version', () => {
    syncStore.setState({ outdated: true, connection: 'offline' });
    render(<SyncIndicator />);
    expect(screen.getByTestId('sync-outdated').textContent).toContain('actualiza la aplicación');
  });
});
