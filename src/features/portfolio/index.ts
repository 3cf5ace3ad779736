export { usePortfolio } from './usePortfolio.ts';
export { PortfolioFigures } from './PortfolioFigures.tsx';
