/** Browser side of the tool chooser: read the form, run the pure chooser, list suggestions with reasons. */
import { type ChooserTool, chooseTools, type Reason } from '../lib/tool-chooser.ts';
import { type AgeKey, ageRange } from '../lib/tool-ranges.ts';

interface ChooserData {
	tools: ChooserTool[];
	hrefs: Record<string, string>;
	strings: {
		fit: Record<string, string>;
		none: string;
		count: string;
		agesNotStated: string;
		ages: Record<AgeKey, string>;
		reasons: Record<string, string>;
	};
}

const fill = (template: string, values: Record<string, string | number | null>) =>
	template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function reasonText(reason: Reason, s: ChooserData['strings']): string {
	if (reason.key === 'kb.chooser.reason.ages') {
		const { key, values } = ageRange(reason.min, reason.max);
		const ages = fill(s.ages[key], values);
		return fill(s.reasons[reason.key] ?? '', { ages } as never).replace('{ages}', ages);
	}
	return fill(s.reasons[reason.key] ?? reason.key, reason as never);
}

export function renderChooser(): void {
	const form = document.querySelector<HTMLFormElement>('[data-chooser]');
	const results = document.querySelector<HTMLElement>('[data-chooser-results]');
	const json = document.getElementById('kb-chooser-data')?.textContent;
	if (!form || !results || !json) return;
	const data = JSON.parse(json) as ChooserData;
	form.hidden = false;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const values = new FormData(form);
		const age = Number(values.get('age'));
		const minutesValue = String(values.get('minutes') ?? '');
		const { suggestions, agesNotStated } = chooseTools(data.tools, {
			age,
			setting: String(values.get('setting')),
			minutes: minutesValue ? Number(minutesValue) : null,
		});
		results.replaceChildren();
		const summary = document.createElement('p');
		summary.textContent = suggestions.length ? fill(data.strings.count, { count: suggestions.length }) : data.strings.none;
		results.append(summary);
		const list = document.createElement('ol');
		list.className = 'kb-chooser__list';
		for (const s of suggestions) {
			const item = document.createElement('li');
			item.dataset.suggestion = s.id;
			item.dataset.fit = s.fit;
			const heading = document.createElement('p');
			const link = document.createElement('a');
			link.href = data.hrefs[s.id] ?? '#';
			link.textContent = s.abbreviation;
			const badge = document.createElement('span');
			badge.className = `kb-badge kb-badge--${s.fit === 'suggested' ? 'offer' : s.fit === 'possible' ? 'consider' : 'analysis'}`;
			badge.textContent = data.strings.fit[s.fit] ?? s.fit;
			heading.append(link, ' ', badge);
			const reasons = document.createElement('ul');
			for (const r of s.reasons) {
				const li = document.createElement('li');
				li.textContent = reasonText(r, data.strings);
				reasons.append(li);
			}
			item.append(heading, reasons);
			list.append(item);
		}
		results.append(list);
		if (agesNotStated.length) {
			const note = document.createElement('p');
			note.className = 'kb-muted';
			note.dataset.agesNotStated = agesNotStated.map((t) => t.id).join(' ');
			note.textContent = fill(data.strings.agesNotStated, { tools: agesNotStated.map((t) => t.abbreviation).join(', ') });
			results.append(note);
		}
	});
}
