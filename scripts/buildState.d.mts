// Types of buildState.mjs for the TypeScript tests that import it.
export const ROOT: string;
export const STAMP_DIR: string;
export interface Part {
  name: 'pwa' | 'server';
  inputs: string[];
  output: string;
  viteArgs: string[];
}
export const PARTS: Record<'pwa' | 'server', Part>;
export function inputsHash(inputs: string[], root?: string): string;
export function buildStatus(part: Part): 'fresh' | 'stale' | 'missing';
export function hasBuildTools(): boolean;
export function build(part: Part): Promise<void>;
export function ensureBuilt(parts: Part[], log?: (line: string) => void): Promise<boolean>;
