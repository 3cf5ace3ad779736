// The final dossier of a school's asesoría (issue 8): one ZIP a sostenedor can archive, with every
// deliverable as PDF (named by the domain's dossierManifest: `01-informe-diagnostico-7423.pdf`, …,
// the actas de sesión, the hours report), the data as CSV/XLSX, the signed Acta de Verificación's
// canonical JSON and SHA-256, and a LEEME.txt at the root that lists what is there and what is
// missing and why. Everything sits under one folder `dossier-pme-<rbd>-<year>-<school slug>/`.
// Made on the device from the school's documents as they are now; the same input gives the same bytes.
import { fileSlug } from '../../../domain/shared/text.ts';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AttachmentRef } from '../../../domain/wire/attachments.ts';
import { dossierFolderName, dossierManifest, type DossierFile } from '../../../domain/evaluation/dossier.ts';
import type { ActaImages } from '../report/renderActaVerificacion.ts';
import {
  actaVerificacionPdf,
  cortesOf,
  diagnosisPdf,
  evaluationPdf,
  heldSessions,
  hoursPdf,
  imageRefs,
  instrumentsPdf,
  monitoringPdf,
  pmeVersionPdf,
  sessionActaPdf,
  type Made,
} from './documents.ts';
import { dataFile, extraDataFiles } from './dataFiles.ts';
import { leeme, type Listed } from './leeme.ts';
import { readSchoolState, type DossierDocs, type SchoolState } from './state.ts';

export interface DossierInput {
  schoolId: string;
  docs: DossierDocs;
  /** The advisor's name, printed on the documents. */
  advisor: string;
  /** ISO date (the advisor's day). */
  today: string;
  /** The bytes of a signature or photo by its hash, or null when this device does not have it. */
  images: (hash: string) => Promise<{ bytes: Uint8Array; type: AttachmentRef['type'] } | null>;
}

export interface Dossier {
  zip: Uint8Array;
  /** Paths inside the ZIP (root folder included), in the ZIP's order. */
  files: string[];
  /** Parts that could not be included, with the reason (also in LEEME.txt). */
  missing: { path: string; title: string; reason: string }[];
}

const slug = (s: string) => fileSlug(s).slice(0, 60);

/** The deliverable `f` names, made from the state; null for a data file. */
function deliverable(s: SchoolState, f: DossierFile, images: ActaImages): Made | null {
  const cortes = cortesOf(s);
  const noCorte = { ok: false, reason: `No hay cortes de monitoreo del plan anual ${s.year}.` } as const;
  switch (f.deliverable) {
    case 'informe-diagnostico':
      return diagnosisPdf(s);
    case 'borrador-pme':
      return pmeVersionPdf(s, 'borrador');
    case 'herramientas-monitoreo':
      return instrumentsPdf(s);
    case 'pme-version-final':
      return pmeVersionPdf(s, 'final');
    case 'informe-monitoreo-1':
      return cortes[0] ? monitoringPdf(s, cortes[0], false) : noCorte;
    case 'informes-monitoreo-finales': {
      const last = cortes.at(-1);
      return last ? monitoringPdf(s, last, true) : noCorte;
    }
    case 'informe-evaluacion':
      return evaluationPdf(s);
    case 'acta-verificacion':
      return actaVerificacionPdf(s, images);
    case null:
      return f.path.includes('-informe-horas-') ? hoursPdf(s) : null;
  }
}

/** Reports of the cortes between the first and the last (those two are deliverables 05 and 06). */
function middleCortes(s: SchoolState): Listed[] {
  return cortesOf(s)
    .slice(1, -1)
    .map((c) => ({
      path: `informes-monitoreo/informe-monitoreo-${slug(c.name)}-${s.school.rbd}.pdf`,
      title: `Informe de Monitoreo · ${c.name}`,
      made: monitoringPdf(s, c, false),
    }));
}

async function collectImages(s: SchoolState, fetch: DossierInput['images']): Promise<ActaImages> {
  const found = await Promise.all(imageRefs(s).map(async (r) => [r.hash, await fetch(r.hash)] as const));
  return new Map(found.filter((e): e is [string, { bytes: Uint8Array; type: AttachmentRef['type'] }] => e[1] !== null));
}

/** Every file of the dossier, made or missing, in the manifest's order plus the extras. */
function listParts(s: SchoolState, images: ActaImages): Listed[] {
  const sessions = heldSessions(s);
  const actionYears = [...new Set([s.year, ...s.pme.plan.actions.map((a) => a.year)])];
  const manifest = dossierManifest({
    rbd: s.school.rbd,
    year: s.year,
    actionYears,
    sessionDates: sessions.map((x) => x.date),
  });
  const actaFiles = manifest.filter((f) => f.path.startsWith('actas-sesiones/'));
  const parts: Listed[] = [];
  for (const f of manifest) {
    if (f.path.startsWith('actas-sesiones/')) {
      const session = sessions[actaFiles.indexOf(f)];
      if (session)
        parts.push({ path: f.path, title: f.title, made: { ok: true, bytes: sessionActaPdf(s, session.id, images) } });
      continue;
    }
    const made = deliverable(s, f, images) ?? dataFile(s, f);
    parts.push({ path: f.path, title: f.title, made });
    if (f.deliverable === 'informe-monitoreo-1') parts.push(...middleCortes(s));
  }
  return [...parts, ...extraDataFiles(s, actionYears)];
}

export async function buildDossier(input: DossierInput): Promise<Dossier> {
  const s = readSchoolState(input.schoolId, input.docs, input.advisor, input.today);
  const images = await collectImages(s, input.images);
  const parts = listParts(s, images);
  const root = `${dossierFolderName(s.school.rbd, s.year)}${s.school.name ? `-${slug(s.school.name)}` : ''}`;
  const [y, m, d] = input.today.split('-').map(Number);
  const mtime = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
  const entries: Zippable = {};
  const add = (path: string, bytes: Uint8Array) => {
    entries[`${root}/${path}`] = [bytes, { mtime, level: path.endsWith('.xlsx') ? 0 : 6 }];
  };
  add('LEEME.txt', strToU8(leeme(s, parts)));
  for (const p of parts) if (p.made.ok) add(p.path, p.made.bytes);
  const missing = parts.flatMap((p) => (p.made.ok ? [] : [{ path: p.path, title: p.title, reason: p.made.reason }]));
  return { zip: zipSync(entries), files: Object.keys(entries), missing };
}
