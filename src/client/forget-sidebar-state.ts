/**
 * Starlight keeps the sidebar's open groups and scroll position in session storage, tagged with a hash of the
 * sidebar, which here reveals the section last read. This site keeps nothing it does not need, so the entry is
 * removed after each time Starlight writes it: when the page is hidden (switching tabs, leaving the page) and when a
 * sidebar group is opened or closed. Starlight writes from its own listeners, so ours must run after theirs.
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
// Starlight listens for `visibilitychange` on window. The event goes down to the document and back up to window;
// a listener added at window on the way down is called on the way back up after every listener already there.
addEventListener('visibilitychange', () => addEventListener('visibilitychange', forget, { once: true }), { capture: true });
// A group opened or closed: Starlight's listener is on the sidebar, so window hears the click after it.
addEventListener('click', forget);
