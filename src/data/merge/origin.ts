/**
 * Transaction origin of the writes the merge makes after a remote change (S-19..S-21). They are
 * this device's changes like any edit: sent to the relay and counted as pending until stored.
 */
export const MERGE_EDIT = Symbol('merge-edit');
