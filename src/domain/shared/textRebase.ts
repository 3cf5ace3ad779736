// Three-way merge of one text field (YS-3): a person typed `local` over `base` while `current` arrived
// from elsewhere. Each side's change is the smallest single splice of `base`; the local splice is
// moved past the other one, or, where both touched the same span, the local text wins that span.
// Nothing outside the spans the local side touched is changed, so other people's edits survive.

interface Splice {
  start: number;
  /** End of the replaced span in `base`. */
  end: number;
  insert: string;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The smallest splice turning `from` into `to`; never splits a surrogate pair. */
export function spliceBetween(from: string, to: string): Splice | null {
  if (from === to) return null;
  let start = 0;
  const maxStart = Math.min(from.length, to.length);
  while (start < maxStart && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  if (endFrom < from.length && isLowSurrogate(from.charCodeAt(endFrom))) {
    endFrom++;
    endTo++;
  }
  return { start, end: endFrom, insert: to.slice(start, endTo) };
}

const growth = (s: Splice) => s.insert.length - (s.end - s.start);

/** `local`'s change over `base`, applied to `current` (which holds other changes over the same `base`). */
export function rebaseText(base: string, local: string, current: string): string {
  const mine = spliceBetween(base, local);
  const theirs = spliceBetween(base, current);
  if (!mine) return current;
  if (!theirs) return local;
  if (mine.end <= theirs.start) return current.slice(0, mine.start) + mine.insert + current.slice(mine.end);
  if (mine.start >= theirs.end) {
    const shift = growth(theirs);
    return current.slice(0, mine.start + shift) + mine.insert + current.slice(mine.end + shift);
  }
  // Overlapping spans: the union of both, as typed locally, between what surrounds it in `current`.
  const from = Math.min(mine.start, theirs.start);
  const to = Math.max(mine.end, theirs.end);
  return current.slice(0, from) + local.slice(from, to + growth(mine)) + current.slice(to + growth(theirs));
}
