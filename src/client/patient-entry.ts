/**
 * The home page's "patient in front of me": the two selects fill one card from the plain links the page already
 * has (so it works as links without JavaScript): what to do now, the screening tool, the state's reporting line
 * and its coverage for this patient. The choices are not stored anywhere.
 */
export function startPatientEntry(): void {
	const root = document.querySelector<HTMLElement>('[data-patient-entry]');
	const form = root?.querySelector<HTMLFormElement>('[data-patient-form]');
	const card = root?.querySelector<HTMLOListElement>('[data-patient-card]');
	const links = root?.querySelector<HTMLElement>('[data-patient-links]');
	if (!root || !form || !card || !links) return;
	const anchors = JSON.parse(root.dataset.anchors ?? '{}') as { reportAndCall: string; coverageMatrix: string };
	const item = (...nodes: (Node | string)[]) => {
		const li = document.createElement('li');
		li.append(...nodes);
		return li;
	};
	const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });

	const show = () => {
		const setting = (form.elements.namedItem('setting') as HTMLSelectElement).value;
		const code = (form.elements.namedItem('state') as HTMLSelectElement).value;
		const row = links.querySelector<HTMLElement>(`[data-setting="${setting}"]`);
		const state = code ? links.querySelector<HTMLAnchorElement>(`[data-state="${code}"]`) : null;
		if (!row) return;
		const whatToDo = row.querySelector<HTMLAnchorElement>('[data-what-to-do]')!;
		const items = [
			item(
				link(whatToDo.getAttribute('href') ?? '', whatToDo.textContent ?? ''),
				` (${row.querySelector('[data-protocol]')?.textContent ?? ''})`,
			),
			item(...[...row.querySelector('[data-tools]')!.childNodes].map((n) => n.cloneNode(true))),
		];
		const d = card.dataset;
		if (state) {
			const name = state.textContent?.trim() ?? '';
			items.push(
				item(link(`${state.pathname}#${anchors.reportAndCall}`, (d.report ?? '').replace('{state}', name))),
				item(link(`${state.pathname}#${anchors.coverageMatrix}`, (d.coverage ?? '').replace('{state}', name))),
			);
		} else items.push(item(d.noState ?? ''));
		card.replaceChildren(...items);
	};

	form.hidden = false;
	card.hidden = false;
	links.hidden = true;
	form.addEventListener('change', show);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		show();
		card.querySelector('a')?.focus();
	});
	show();
}
