// The directory the relay uses until Mineduc's is loaded: it lists no school, so a sostenedor
// reads only the schools granted to them explicitly.
import type { SchoolDirectory } from './directoryLookup.ts';

export const NO_DIRECTORY: SchoolDirectory = {
  find: () => undefined,
  rbdsOfSostenedor: () => [],
};
