// The diagnosis screens print numbers through the shared formatters, as the Informe does.
export { formatMean } from '../../domain/shared/numbers.ts';
