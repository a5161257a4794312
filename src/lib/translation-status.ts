/**
 * Translation status: for every English page, whether each locale has a translation, and whether that
 * translation still matches its source (the source's hash is recorded in the translation's frontmatter).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { splitLocale } from './locales.ts';

/** Hash of a source file's text, normalised for line endings: what a translation records as `sourceHash`. */
export function sourceHash(text: string): string {
	return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

export function fileHash(path: string): string {
	return sourceHash(readFileSync(path, 'utf8'));
}

export type TranslationState = 'current' | 'outdated' | 'missing';

export interface TranslationRow {
	/** English page id. */
	id: string;
	title: string;
	state: TranslationState;
	/** Current hash of the English source: what a new or updated translation records. */
	hash: string;
	/** For translated pages: the day it was translated. */
	translatedOn?: string;
}

export interface PageForStatus {
	id: string;
	title: string;
	/** Current hash of the English source file. */
	hash: string;
}

export interface TranslationForStatus {
	source: string;
	sourceHash: string;
	translatedOn: string;
}

/** Status of every English page in one locale. */
export function translationRows(sources: readonly PageForStatus[], translations: readonly TranslationForStatus[]): TranslationRow[] {
	const bySource = new Map(translations.map((t) => [t.source, t]));
	return sources
		.map((page): TranslationRow => {
			const tr = bySource.get(page.id);
			if (!tr) return { id: page.id, title: page.title, state: 'missing', hash: page.hash };
			return {
				id: page.id,
				title: page.title,
				state: tr.sourceHash === page.hash ? 'current' : 'outdated',
				hash: page.hash,
				translatedOn: tr.translatedOn,
			};
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** A page as the Spanish status needs it: id, title, source file and, for a translation, what it was made from. */
export interface StatusPage {
	id: string;
	title: string;
	file: string;
	translation?: TranslationForStatus | undefined;
}

/** Spanish status of every English page, from all the pages of the site (English and Spanish). */
export function spanishStatus(pages: readonly StatusPage[]): TranslationRow[] {
	const english = pages.filter((p) => !splitLocale(p.id)[0]).map((p) => ({ id: p.id, title: p.title, hash: fileHash(p.file) }));
	const spanish = pages.filter((p) => splitLocale(p.id)[0] === 'es' && p.translation).map((p) => p.translation!);
	return translationRows(english, spanish);
}
