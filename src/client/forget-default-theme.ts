/**
 * Starlight's theme picker writes `starlight-theme` to local storage on every page load, "" when the reader has
 * chosen nothing. This site keeps only a theme the reader chose, and none while "leave no trail" is on.
 */
import { leavingNoTrail } from './leave-no-trail.ts';

const KEY = 'starlight-theme';
const forget = () => {
	try {
		if (localStorage.getItem(KEY) === '' || (leavingNoTrail() && localStorage.getItem(KEY) !== null)) localStorage.removeItem(KEY);
	} catch {
		// Storage may be unavailable; then nothing was written.
	}
};
// The picker stores when it starts (on definition) and when it changes (its listener on the select, before ours
// on window), and when the system's colors change.
customElements.whenDefined('starlight-theme-select').then(forget);
addEventListener('change', forget);
matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => setTimeout(forget));
