// Disables the controls of a read-only document area. A control is locked when the nearest
// document area around it (`data-doc-kind`) is read-only, so a nested area of a document the session
// may write (the review document's comments and acta signature) keeps working — which a disabled
// fieldset around the whole area could not allow. A control marked `data-writes-nothing` (making a
// file, opening a view) is never locked. Controls rendered later are locked as they appear.

const CONTROLS = 'input, textarea, select, button';
const OWNER = '[data-doc-kind], [data-writes-nothing]';
/** Marks what this module disabled, so that unlocking never enables a control the screen disabled. */
const LOCKED = 'data-read-only-locked';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement;

const inReadOnlyArea = (control: Element): boolean => control.closest(OWNER)?.getAttribute('data-read-only') === 'true';

function unlock(control: Control): void {
  control.disabled = false;
  control.removeAttribute(LOCKED);
}

function apply(area: HTMLElement): void {
  for (const control of area.querySelectorAll<Control>(CONTROLS)) {
    const locked = control.hasAttribute(LOCKED);
    if (inReadOnlyArea(control)) {
      if (!control.disabled) {
        control.disabled = true;
        control.setAttribute(LOCKED, '');
      }
    } else if (locked) unlock(control);
  }
}

/** Keeps every control of `area` outside writable nested areas disabled until the returned function runs. */
export function lockControls(area: HTMLElement): () => void {
  apply(area);
  const observer = new MutationObserver(() => apply(area));
  observer.observe(area, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled', 'data-read-only'],
  });
  return () => {
    observer.disconnect();
    for (const control of area.querySelectorAll<Control>(`[${LOCKED}]`)) unlock(control);
  };
}
