// `npm run bench`: runs every benchmark, prints a table and, when BENCH_JSON names a file, writes
// the same figures there as a JSON array of { id, value, unit }. Ids are stable across releases.
import { writeFile } from 'node:fs/promises';
import { benchSyncCatchup } from './syncCatchup.ts';
import { benchSyncCatchupLarge } from './syncCatchupLarge.ts';
import { benchAckLatency } from './ackLatency.ts';
import { benchRelayBacklog } from './relayBacklog.ts';
import { benchRelayThroughput } from './relayThroughput.ts';
import { benchRelayCompaction } from './relayCompaction.ts';
import { benchDiagnosisAggregate } from './diagnosisAggregate.ts';
import { benchDiagnosisReport } from './diagnosisReport.ts';
import { benchPmePdf } from './pmePdf.ts';
import { benchPmeOpen } from './pmeOpen.ts';
import { benchPortfolio } from './portfolio.ts';
import { benchSostenedorDashboard } from './sostenedorDashboard.ts';
import { benchAttachmentsUpload } from './attachmentsUpload.ts';
import { benchPhotoBytes } from './photoBytes.ts';
import { benchMonitoringDashboard } from './monitoringDashboard.tsx';
import { benchMonitoringReport } from './monitoringReport.ts';
import { benchEvaluationDossier } from './evaluationDossier.ts';
import { benchAppSize } from './appSize.ts';
import { benchColdStart } from './coldStart.ts';
import { benchDirectorySearch } from './directorySearch.ts';
import { benchDocsYearSize } from './docsYearSize.ts';
import { benchDocsNewDevice } from './docsNewDevice.ts';
import type { BenchResult } from './types.ts';

const benches: [string, () => Promise<BenchResult[]>][] = [
  ['sync catch-up (30 schools × 5 documents)', benchSyncCatchup],
  ['sync catch-up after a week offline (150 documents, 3 MB, 300 ms RTT)', benchSyncCatchupLarge],
  ['acknowledged-write latency', benchAckLatency],
  ['relay backlog: sustained writes with checkpoints within 2 s', benchRelayBacklog],
  ['relay throughput vs stock Hocuspocus (200 writers), 1,000 live clients', benchRelayThroughput],
  ['relay compaction of 5,000 rows: event-loop block', benchRelayCompaction],
  ['diagnosis aggregate (1,000 responses × 60 items)', benchDiagnosisAggregate],
  ['Informe Diagnóstico PDF (same data)', benchDiagnosisReport],
  ['PME PDF (12 objectives, 20 metas, 40 actions)', benchPmePdf],
  ['PME open from IndexedDB (same plan)', benchPmeOpen],
  ['portfolio with 60 schools, Chromium', benchPortfolio],
  ['multi-school dashboard with 100 schools × a full year, Chromium', benchSostenedorDashboard],
  ['photo upload vs raw HTTP on loopback', benchAttachmentsUpload],
  ['camera photos made for a rural link (6 × 12 MP), Chromium', benchPhotoBytes],
  ['monitoring dashboard (40 actions, 20 indicators, 4 closed cortes)', benchMonitoringDashboard],
  ['Informe de Monitoreo PDF (same data)', benchMonitoringReport],
  ['final dossier ZIP (full school data)', benchEvaluationDossier],
  ['a school year of typing, one transaction per burst: compacted size ÷ JSON', benchDocsYearSize],
  ['that school year on a new device: bytes received from the relay ÷ compacted state', benchDocsNewDevice],
  ['offline cold start with 60 schools, 4× CPU throttle (Chromium)', benchColdStart],
  ['first visit: precache and sign-in JS, compressed as received (Chromium)', benchAppSize],
  ['official directory search as typed (12,898 schools, 1,000 queries, Chromium)', benchDirectorySearch],
];

const results: BenchResult[] = [];
// One bench that fails does not hide the others' figures; the run still ends with a failure.
const failed: string[] = [];
for (const [title, run] of benches) {
  process.stderr.write(`running: ${title}\n`);
  try {
    results.push(...(await run()));
  } catch (err) {
    failed.push(title);
    process.stderr.write(
      `bench failed: ${title}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
}

const width = Math.max(...results.map((r) => r.id.length));
console.log(`${'id'.padEnd(width)}  ${'value'.padStart(10)}  unit`);
for (const r of results) console.log(`${r.id.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit}`);

if (process.env.BENCH_JSON) {
  await writeFile(process.env.BENCH_JSON, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${process.env.BENCH_JSON}`);
}

// The benches start relays, worker threads and browsers in this process; the compaction worker's
// message port stays referenced after its relay's storage closes, so end the run once the figures are out.
if (failed.length > 0) process.stderr.write(`\n${failed.length} bench(es) failed: ${failed.join('; ')}\n`);
process.exit(failed.length > 0 ? 1 : 0);
