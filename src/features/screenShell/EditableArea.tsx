// The part of a school screen that edits one document. When this session may only read that kind
// (the workspace's fact, docs/spec/access.md ), it says so once and every control inside is
// disabled, except those in a nested area of a document the session may write (a sostenedor's
// comments and acta signature live in the review document); the workspace refuses any write anyway.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { DocKind } from '../../domain/wire/documentNames.ts';
import { useCanEdit } from '../session/index.ts';
import { lockControls } from './lockControls.ts';

const READ_ONLY_NOTICE =
  'Solo lectura: puede revisar este documento y exportarlo; los cambios los hace el equipo del ' +
  'establecimiento y su asesor(a).';

interface Props {
  kind: DocKind;
  children: ReactNode;
}

/** The controls inside write this document: locked when the session only reads it, with no notice. */
export function DocArea({ kind, children }: Props) {
  const editable = useCanEdit(kind);
  const area = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (editable || !area.current ? undefined : lockControls(area.current)), [editable]);
  return (
    <div
      ref={area}
      className="editable-area"
      data-doc-kind={kind}
      data-read-only={editable ? 'false' : 'true'}
      data-testid={`editable-${kind}`}
    >
      {children}
    </div>
  );
}

/** Says once, where a screen's editing part starts, that the session only reads this document. */
export function ReadOnlyNotice({ kind }: { kind: DocKind }) {
  const editable = useCanEdit(kind);
  if (editable) return null;
  return (
    <p className="banner info" data-testid="read-only-notice">
      {READ_ONLY_NOTICE}
    </p>
  );
}

/** A screen's editing part: a DocArea that says once, at its top, that the session only reads it. */
export function EditableArea({ kind, children }: Props) {
  return (
    <DocArea kind={kind}>
      <ReadOnlyNotice kind={kind} />
      {children}
    </DocArea>
  );
}
