/**
 * i18next for the interface: Chinese first, English beside it, switched at run time by the `lang` of the view.
 * Every visible string goes through `t`; every name from the data goes through `useName` (or `localName` outside
 * React), so one rule decides which name a person sees.
 */
import i18next from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { zh, type Messages } from './zh';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

void i18next.use(initReactI18next).init({
  lng: 'zh',
  fallbackLng: 'zh',
  resources: { zh: { translation: zh }, en: { translation: en } },
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export const i18n = i18next;

export function setLanguage(lang: Lang): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** The name to show in a language: the English one in English where the data has it, else the Chinese one. */
export function localName(lang: Lang, nameZh: string, nameEn?: string | null): string {
  return lang === 'en' && nameEn ? nameEn : nameZh;
}

export interface Named {
  nameZh: string;
  nameEn?: string | null;
}

/** The current language and a function naming entities in it. */
export function useName(): { lang: Lang; name: (x: Named) => string } {
  const { i18n: current } = useTranslation();
  const lang: Lang = current.language === 'en' ? 'en' : 'zh';
  const name = useCallback((x: Named) => localName(lang, x.nameZh, x.nameEn), [lang]);
  return { lang, name };
}
