/** GitHub-flavored Markdown renders with the default processor: tables, footnotes and task lists. */
import { describe, expect, it } from 'vitest';
import { page, text } from '../support/html.ts';

describe('GitHub-flavored Markdown', () => {
	const html = page('/contribute/writing/');
	it('renders tables with header cells', () => {
		const table = html.querySelector('.sl-markdown-content table');
		expect(table?.querySelectorAll('thead th').map((th) => text(th))).toEqual(['Element', 'Markdown', 'Use it for']);
		expect(table?.querySelectorAll('tbody tr').length).toBeGreaterThan(2);
	});
	it('renders footnotes with a back-reference', () => {
		const ref = html.querySelector('sup a[href^="#user-content-fn-"], sup a[href^="#fn"]');
		expect(ref).not.toBeNull();
		const target = ref!.getAttribute('href')!.slice(1);
		expect(text(html.getElementById(target))).toMatch(/Use footnotes sparingly/);
	});
	it('renders task lists as named checkboxes', () => {
		const boxes = html.querySelectorAll('li.task-list-item input[type="checkbox"]');
		expect(boxes).toHaveLength(4);
		expect(boxes[0]!.hasAttribute('checked')).toBe(true);
		expect(boxes[1]!.getAttribute('aria-label')).toBe('Every fact has a source in sources');
	});
});
