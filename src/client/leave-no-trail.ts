/**
 * "Leave no trail": while it is on, following a link replaces the current page in the tab's history instead of adding
 * one, so this site holds a single place in Back, and Exit leaves nothing of it there. The switch lives in session
 * storage, which the browser forgets when the tab closes; Exit forgets it too. Nothing is kept on the device.
 */
const KEY = 'kb-leave-no-trail';

export function leavingNoTrail(): boolean {
	try {
		return sessionStorage.getItem(KEY) === 'on';
	} catch {
		return false;
	}
}

export function setLeavingNoTrail(on: boolean): void {
	try {
		if (on) sessionStorage.setItem(KEY, 'on');
		else sessionStorage.removeItem(KEY);
	} catch {
		// Without session storage the switch cannot stay on from one page to the next.
	}
	document.documentElement.toggleAttribute('data-no-trail', leavingNoTrail());
}

document.documentElement.toggleAttribute('data-no-trail', leavingNoTrail());
document.addEventListener('click', (event) => {
	if (!leavingNoTrail() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
		return;
	const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
	if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download') || !/^https?:$/.test(link.protocol)) return;
	event.preventDefault();
	location.replace(link.href);
});
// Starlight's language picker navigates by setting the address, which adds a page to Back; while leaving no trail,
// go there by replacing instead (heard on the way down, before the picker's own listener).
document.addEventListener(
	'change',
	(event) => {
		const select = (event.target as Element | null)?.closest?.('starlight-lang-select select') as HTMLSelectElement | null;
		if (!select || !leavingNoTrail()) return;
		event.stopPropagation();
		location.replace(select.value);
	},
	{ capture: true },
);
