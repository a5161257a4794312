/**
 * What a review is bound to: the page's text and facts, not its formatting. A page is cut into parts (each
 * frontmatter field, each state fact, the text before the first `##` heading, and each `##` section), each with
 * a short hash; the fingerprint of a review is the hash of the parts it covered. Re-wrapping lines, changing
 * emphasis or table padding changes no hash; changing a word, a fact or a source does.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { loadYaml } from './yaml.ts';

/** Frontmatter that is not content a reviewer vouches for: review bookkeeping, layout and search settings. */
const NOT_CONTENT = new Set([
	'review',
	'translation',
	'keywords',
	'sidebar',
	'pagefind',
	'template',
	'tableOfContents',
	'head',
	'lastUpdated',
	'prev',
	'next',
	'banner',
	'draft',
	'editUrl',
]);

export interface Part {
	/** `field:title`, `fact:medicaidAgency`, `section:intro`, `section:what-to-do-now`. */
	name: string;
	/** The field or fact name, or the section's heading as written. */
	label: string;
	hash: string;
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

/** JSON with sorted keys, so the order fields are written in does not matter. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** Text without formatting: no imports or comments, emphasis markers or table padding, and single spaces. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/^import\s.+$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(\*\*|__|\*|_)(?=\S)|(?<=\S)(\*\*|__|\*|_)/g, '')
		.replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '') // table delimiter rows
		.replace(/\s+/g, ' ')
		.trim();
}

/** The parts of a page's source (frontmatter and body, as in the file). */
export function pageParts(source: string): Part[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	const data = (match ? loadYaml(match[1]!) : {}) as Record<string, unknown>;
	const body = match ? source.slice(match[0].length) : source;
	const parts: Part[] = [];
	for (const [key, value] of Object.entries(data ?? {})) {
		if (NOT_CONTENT.has(key)) continue;
		if (key === 'facts' && value && typeof value === 'object')
			for (const [fact, v] of Object.entries(value)) parts.push({ name: `fact:${fact}`, label: fact, hash: hash(canonical(v), 8) });
		else parts.push({ name: `field:${key}`, label: key, hash: hash(canonical(value), 8) });
	}
	const slugger = new GithubSlugger();
	let current = { name: 'section:intro', label: '', lines: [] as string[] };
	const flush = () => {
		const text = plainText(current.lines.join('\n'));
		if (text) parts.push({ name: current.name, label: current.label, hash: hash(text, 8) });
	};
	for (const line of body.split(/\r?\n/)) {
		const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) {
			flush();
			const label = plainText(heading[1]!);
			current = { name: `section:${slugger.slug(label)}`, label, lines: [label] };
		} else current.lines.push(line);
	}
	flush();
	return parts.sort((a, b) => a.name.localeCompare(b.name));
}

/** The parts a review covers: every part, or only the named sections. */
export function partsInScope(parts: readonly Part[], sections: readonly string[]): Part[] {
	return sections.length === 0 ? [...parts] : parts.filter((p) => sections.includes(p.name.replace(/^section:/, '')));
}

/** The fingerprint of a set of parts. */
export function fingerprint(parts: readonly Pick<Part, 'name' | 'hash'>[]): string {
	return hash(
		[...parts]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((p) => `${p.name}=${p.hash}`)
			.join('\n'),
		16,
	);
}
