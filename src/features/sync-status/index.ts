export { SyncIndicator, SchoolSyncBadge } from './SyncIndicator.tsx';
export { OUTDATED_APP } from './messages.ts';
