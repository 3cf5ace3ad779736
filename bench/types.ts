export interface BenchResult {
  id: string;
  value: number;
  unit: string;
}
