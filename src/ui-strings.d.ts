/**
 * Our interface strings, typed: every key of content/i18n/en.json becomes a known key of Starlight's `t()`
 * (Starlight's documented `StarlightApp.I18n` augmentation), so a misspelt or missing key fails the type check.
 */
type UIStrings = typeof import('../content/i18n/en.json');

declare namespace StarlightApp {
	interface I18n extends UIStrings {}
}
