// One button per tab of a screen; the chosen one is pressed (aria-selected) and primary.

export interface TabDef<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: readonly TabDef<T>[];
  current: T;
  onSelect: (tab: T) => void;
  /** Prefix of each button's test id: `${testIdPrefix}${tab.id}`. */
  testIdPrefix: string;
  /** Text after a tab's label (a count), or '' for none. */
  suffixOf?: (tab: T) => string;
}

export function TabButtons<T extends string>({ tabs, current, onSelect, testIdPrefix, suffixOf }: Props<T>) {
  return tabs.map((t) => (
    <button
      key={t.id}
      type="button"
      role="tab"
      aria-selected={current === t.id}
      className={current === t.id ? 'primary' : ''}
      data-testid={`${testIdPrefix}${t.id}`}
      onClick={() => onSelect(t.id)}
    >
      {t.label}
      {suffixOf?.(t.id) ?? ''}
    </button>
  ));
}
