// Locale for the language service: the machinery lives in src/core/l10n; this path stays for its users.
export { bilingual, currentLang, langOf, setLocale, t, withLang, type Lang } from '../l10n/lang';
