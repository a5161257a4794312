/**
 * Starlight keeps the sidebar's open groups and scroll position in session storage, tagged with a hash of the
 * sidebar, which here reveals the section last read. This site promises to keep nothing but the theme, so the
 * entry is removed as soon as Starlight writes it (it writes when the page is hidden or left).
 */
const KEY = 'sl-sidebar-state';
const forget = () => {
	try {
		sessionStorage.removeItem(KEY);
	} catch {
		// Storage may be unavailable (private modes); then there is nothing to forget.
	}
};
forget();
addEventListener('visibilitychange', forget);
addEventListener('pagehide', forget);
