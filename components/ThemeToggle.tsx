import { i18n } from '#i18n';
import { useEffect, useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const KEY = 'persona-map-theme';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };
const label = (theme: Theme) => (theme === 'light' ? i18n.t('theme.light') : theme === 'dark' ? i18n.t('theme.dark') : i18n.t('theme.system'));
const ICON: Record<Theme, string> = { system: '◐', light: '☀', dark: '☾' };

function readTheme(): Theme {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** The seller's theme choice, remembered for this extension only. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(readTheme);
  useEffect(() => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(KEY);
      else globalThis.localStorage?.setItem(KEY, theme);
    } catch {
      // Storage may be unavailable (private contexts); the choice then lasts for this page only.
    }
  }, [theme]);
  return [theme, setTheme];
}

export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  return (
    <button
      type="button"
      className="pm-button pm-button--icon"
      onClick={() => onChange(NEXT[theme])}
      aria-label={i18n.t('theme.label', { theme: label(theme), next: label(NEXT[theme]) })}
      title={i18n.t('theme.title', { theme: label(theme) })}
    >
      {ICON[theme]}
    </button>
  );
}
