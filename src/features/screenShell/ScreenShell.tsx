// The frame every school screen with a year and tabs shares (PME, monitoring, evaluation): the
// conflicts of its documents, the way back to the school and the title; the screen fills the rest.
import type { ReactNode } from 'react';
import type { DocKind, SchoolId } from '../../domain/wire/documentNames.ts';
import { ConflictPanel } from '../conflicts/index.ts';

interface Props {
  schoolId: SchoolId;
  kind: DocKind;
  className: string;
  title: string;
  children: ReactNode;
}

export function ScreenShell({ schoolId, kind, className, title, children }: Props) {
  return (
    <section className={`card ${className}`}>
      <ConflictPanel schoolId={schoolId} kinds={[kind]} />
      <a href={`#/escuelas/${schoolId}`}>← Establecimiento</a>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
