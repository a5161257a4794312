/** Every place a page cites the bibliography, and from that its reference list. */

import type { DocsFrontmatter } from '../schemas/docs.ts';

export interface Citation {
	key: string;
	/** Where in the frontmatter the key is written (empty for text generated from data). */
	path: (string | number)[];
}

export function citationsOf(data: DocsFrontmatter): Citation[] {
	const out: Citation[] = data.sources.map((key, i) => ({ key, path: ['sources', i] }));
	if (data.type === 'protocol')
		for (const [i, rec] of data.recommendations.entries())
			for (const [j, key] of rec.sources.entries()) out.push({ key, path: ['recommendations', i, 'sources', j] });
	if (data.type === 'state-guide') {
		for (const [name, fact] of Object.entries(data.facts)) {
			if (!fact) continue;
			if (fact.source) out.push({ key: fact.source, path: ['facts', name, 'source'] });
			for (const [i, key] of fact.moreSources.entries()) out.push({ key, path: ['facts', name, 'moreSources', i] });
			// Lists of programs cite a source per program.
			if (Array.isArray(fact.value))
				for (const [i, item] of fact.value.entries())
					if ('source' in item) out.push({ key: item.source, path: ['facts', name, 'value', i, 'source'] });
		}
		for (const [i, p] of data.traffickingPrograms.entries()) out.push({ key: p.source, path: ['traffickingPrograms', i, 'source'] });
	}
	if (data.type === 'screening-tool')
		for (const [i, s] of data.studies.entries()) out.push({ key: s.source, path: ['studies', i, 'source'] });
	if (data.type === 'coverage') for (const [i, t] of data.timeline.entries()) out.push({ key: t.source, path: ['timeline', i, 'source'] });
	return out;
}

/** The page's reference list: each cited key once, in order of first citation. */
export function citedSourceKeys(data: DocsFrontmatter): string[] {
	return [...new Set(citationsOf(data).map((c) => c.key))];
}
